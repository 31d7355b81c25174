import * as vscode from 'vscode';
import { renderDashboardHtml } from '../core/render/dashboardHtml';
import { parseDashboardMessage } from '../core/render/dashboardMessage';
import type { JournalService } from '../journal/journalService';
import { Disposable } from '../util/disposable';

const VIEW_TYPE = 'promotionJournal.dashboard';
const TITLE = 'Evidence Dashboard';

/**
 * The Evidence Dashboard: one webview panel at most, showing the report of
 * the current journal and settings, rendered again whenever they change.
 */
export class DashboardPanel extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** A change arrived while the panel was hidden: render when it shows again. */
  private stale = false;

  constructor(
    private readonly service: JournalService,
    private readonly extensionUri: vscode.Uri,
  ) {
    super();
    this._register(service.onDidChange(() => this.update()));
    this._register({ dispose: () => this.panel?.dispose() });
  }

  /** The open panel, if any: for the integration tests. */
  get webviewPanel(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  /** Opens the dashboard, or brings the open one to the front. */
  show(): void {
    if (this.panel) {
      this.panel.reveal();
      return;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, TITLE, vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [this.mediaUri()],
    });
    panel.iconPath = vscode.Uri.joinPath(this.mediaUri(), 'journal.svg');
    this.panel = panel;
    const listeners = [
      panel.webview.onDidReceiveMessage((message) => void this.handleMessage(message)),
      panel.onDidChangeViewState(() => {
        if (panel.visible && this.stale) {
          this.render();
        }
      }),
    ];
    panel.onDidDispose(() => {
      listeners.forEach((listener) => listener.dispose());
      this.panel = undefined;
    });
    this.render();
  }

  /**
   * Acts on a message from the webview, which shows text from the user's
   * files: only an entry or element that exists is acted on. Resolves to
   * whether the message was acted on.
   */
  async handleMessage(value: unknown): Promise<boolean> {
    const message = parseDashboardMessage(value);
    if (message?.type === 'openEntry') {
      const journal = this.service.allJournals()[message.journalIndex];
      const known = journal && [...journal.entries()].some((entry) => entry.path === message.path);
      if (!known) {
        return false;
      }
      // Beside the dashboard, so that it stays in view.
      await vscode.window.showTextDocument(journal.files.uriOf(message.path), { viewColumn: vscode.ViewColumn.Beside, preview: true });
      return true;
    }
    if (message?.type === 'logWin') {
      if (!this.service.elements.some((element) => element.id === message.elementId)) {
        return false;
      }
      // The new entry opens beside the dashboard, which stays in view.
      await vscode.commands.executeCommand('promotionJournal.logWin', { elementId: message.elementId }, { viewColumn: vscode.ViewColumn.Beside });
      return true;
    }
    return false;
  }

  private update(): void {
    if (!this.panel) {
      return;
    }
    if (this.panel.visible) {
      this.render();
    } else {
      this.stale = true;
    }
  }

  private render(): void {
    const panel = this.panel;
    if (!panel) {
      return;
    }
    this.stale = false;
    const journals = this.service.allJournals();
    panel.webview.html = renderDashboardHtml(this.service.report(), {
      cspSource: panel.webview.cspSource,
      nonce: newNonce(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(this.mediaUri(), 'dashboard.css')).toString(),
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(this.mediaUri(), 'dashboard.js')).toString(),
      journalOf: (entry) => Math.max(0, journals.indexOf(this.service.locate(entry).journal)),
    }, this.service.review);
  }

  private mediaUri(): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'media');
  }
}

/** 128 random bits, new for every render; Web Crypto works in Node and in the web worker alike. */
function newNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
