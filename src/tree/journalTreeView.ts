import * as vscode from 'vscode';
import { journalUriFor } from '../journal/journalLocations';
import type { JournalService } from '../journal/journalService';
import { Disposable } from '../util/disposable';
import { VIEW_ID, type JournalTreeProvider } from './journalTreeProvider';
import type { EntryNode, JournalTreeNode } from './treeNodes';

/**
 * The sidebar's view: it follows the editor as the Explorer does (the entry
 * in the active editor is revealed and selected while the view is visible),
 * and with no journal yet its title says which folder it looked in.
 */
export class JournalTreeView extends Disposable {
  readonly view: vscode.TreeView<JournalTreeNode>;
  private readonly revealedEmitter = this._register(new vscode.EventEmitter<EntryNode>());
  /** Fires after the entry of the active editor was revealed: tests wait on it. */
  readonly onDidReveal = this.revealedEmitter.event;

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

  /** Reveals and selects the active editor's entry, without taking the focus; nothing when the view is hidden or the file is no entry. */
  async revealActiveEntry(): Promise<EntryNode | undefined> {
    const uri = vscode.window.activeTextEditor?.document.uri;
    if (!this.view.visible || !uri) {
      return undefined;
    }
    const node = this.tree.entryNodeFor(uri);
    if (!node) {
      return undefined;
    }
    const selected = this.view.selection[0];
    if (selected?.kind === 'entry' && selected.located.uri.toString() === node.located.uri.toString()) {
      return node;
    }
    try {
      await this.view.reveal(node, { select: true, focus: false, expand: false });
    } catch {
      return undefined; // the tree changed under the reveal: the next change reveals it again
    }
    this.revealedEmitter.fire(node);
    return node;
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
