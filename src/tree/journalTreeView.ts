import * as vscode from 'vscode';
import { KeyedQueue } from '../core/journal/keyedQueue';
import { journalUriFor } from '../journal/journalLocations';
import type { JournalService } from '../journal/journalService';
import { Disposable } from '../util/disposable';
import { VIEW_ID, type JournalTreeProvider } from './journalTreeProvider';
import type { EntryNode, JournalTreeNode } from './treeNodes';

/**
 * The waits before each try again of a reveal VS Code dropped: its view may
 * take several round trips to reload its rows.
 */
const REVEAL_RETRY_MS = [0, 50, 200, 500];

/**
 * The sidebar's view: it follows the editor as the Explorer does (the entry
 * in the active editor is revealed and selected while the view is visible),
 * and with no journal yet its title says which folder it looked in.
 */
export class JournalTreeView extends Disposable {
  readonly view: vscode.TreeView<JournalTreeNode>;
  private readonly reveals = new KeyedQueue();

  constructor(
    private readonly tree: JournalTreeProvider,
    private readonly service: JournalService,
  ) {
    super();
    this.view = this._register(vscode.window.createTreeView(VIEW_ID, { treeDataProvider: tree, showCollapseAll: true }));
    this._register(vscode.window.onDidChangeActiveTextEditor(() => void this.revealActiveEntry()));
    this._register(this.view.onDidChangeVisibility(() => void this.revealActiveEntry()));
    // A new entry opens before the journal has read it: reveal it once it is in the tree.
    this._register(tree.onDidChangeTreeData(() => void this.revealActiveEntry()));
    this._register(service.onDidChange(() => this.describeEmptyState()));
    this.describeEmptyState();
  }

  /**
   * Reveals and selects the active editor's entry, without taking the focus;
   * nothing when the view is hidden or the file is no entry. One reveal runs
   * at a time (two in flight can land out of order and leave an older
   * editor's entry selected), and asks while one waits join it: it reads the
   * active editor when it begins.
   */
  revealActiveEntry(): Promise<EntryNode | undefined> {
    return this.reveals.runJoining('active editor', () => this.revealNow());
  }

  private async revealNow(): Promise<EntryNode | undefined> {
    for (const waitMs of REVEAL_RETRY_MS) {
      if (waitMs > 0) {
        await new Promise((resolve) => setTimeout(resolve, waitMs));
        if (this.disposed) {
          return undefined;
        }
      }
      // Read again at each try: the editor or the rows may have changed.
      const node = this.activeEntry();
      if (!node) {
        return undefined;
      }
      if (this.isSelected(node) || (await this.revealed(node))) {
        return node;
      }
    }
    return undefined; // the next change of the rows or of the editor tries again
  }

  /**
   * A reveal that arrives while the view reloads its rows, or names a row the
   * journal just rebuilt, is dropped, with or without an error.
   */
  private async revealed(node: EntryNode): Promise<boolean> {
    try {
      await this.view.reveal(node, { select: true, focus: false, expand: false });
      return this.isSelected(node);
    } catch {
      return false;
    }
  }

  private activeEntry(): EntryNode | undefined {
    const uri = vscode.window.activeTextEditor?.document.uri;
    return this.view.visible && uri ? this.tree.entryNodeFor(uri) : undefined;
  }

  /** The selection is sent before the reveal's answer, so it is current once the reveal resolves. */
  private isSelected(node: EntryNode): boolean {
    const selected = this.view.selection[0];
    return selected?.kind === 'entry' && selected.located.uri.toString() === node.located.uri.toString();
  }

  /**
   * The welcome view's text names the default folder only, and a message
   * would hide its buttons: the view's description names the folder it
   * looked in, where the view has a title of its own (moved out of its
   * container, or beside other views).
   */
  private describeEmptyState(): void {
    const looked = this.service.hasJournal ? [] : this.lookedIn();
    this.view.description = looked.length > 0 ? `no journal in ${looked.join(', ')}` : undefined;
  }

  private lookedIn(): string[] {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const uris = (folders.length > 0 ? folders : [undefined]).map((folder) => journalUriFor(folder));
    const names = uris.filter((uri): uri is vscode.Uri => uri !== undefined).map((uri) => vscode.workspace.asRelativePath(uri, folders.length > 1));
    return [...new Set(names)];
  }
}
