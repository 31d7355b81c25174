import * as vscode from 'vscode';
import { extensionLog } from '../util/log';
import type { ElementMatcher } from '../core/elements/elements';
import type { JournalEntry } from '../core/entries/entry';
import { JournalChangeQueue, type QueuedChanges, type Timers } from '../core/journal/changeQueue';
import { isEntryPath, JournalIndex } from '../core/journal/journalIndex';
import { Disposable } from '../util/disposable';
import { WorkspaceFileSource, type DiskFolderReaders } from './workspaceFileSource';

/** Long enough to gather a `git checkout` of many files into one update, short enough to feel live. */
const UPDATE_DELAY_MS = 150;

/**
 * One journal folder: its index, kept current by a file watcher that sees
 * changes from the editor and from other programs. Each update re-reads only
 * the files that changed.
 */
export class Journal extends Disposable {
  readonly index: JournalIndex;
  readonly files: WorkspaceFileSource;
  private readonly changes: JournalChangeQueue;
  private updating: Promise<void> = Promise.resolve();
  private exists = false;
  private readonly changeSeenEmitter = this._register(new vscode.EventEmitter<void>());
  /** A change to the journal was seen (the watcher, or the extension's own write): it reaches the index once any load in progress is over. */
  readonly onDidSeeChange = this.changeSeenEmitter.event;

  constructor(
    readonly workspaceFolder: vscode.WorkspaceFolder | undefined,
    readonly uri: vscode.Uri,
    matcher: ElementMatcher,
    diskReaders?: DiskFolderReaders,
    timers: Timers = globalThis,
  ) {
    super();
    this.changes = new JournalChangeQueue(timers, UPDATE_DELAY_MS, (changes) => this.flush(changes));
    this._register({ dispose: () => this.changes.dispose() });
    this.files = new WorkspaceFileSource(uri, diskReaders);
    this.index = this._register(new JournalIndex(this.files, matcher));
    // Watching from the workspace folder also sees the journal folder being created.
    const inside = workspaceFolder && new WorkspaceFileSource(workspaceFolder.uri).relativePath(uri);
    const pattern = inside ? new vscode.RelativePattern(workspaceFolder, `${inside}/**`) : new vscode.RelativePattern(uri, '**');
    const watcher = this._register(vscode.workspace.createFileSystemWatcher(pattern));
    this._register(watcher.onDidCreate((changed) => this.queue(changed, false)));
    this._register(watcher.onDidChange((changed) => this.queue(changed, false)));
    this._register(watcher.onDidDelete((deleted) => this.queue(deleted, true)));
  }

  /** Whether the journal folder existed at the last load or update. */
  get folderExists(): boolean {
    return this.exists;
  }

  entries(): IterableIterator<JournalEntry> {
    return this.index.all();
  }

  /**
   * Reads the whole journal; queued behind any update in progress, so two
   * loads never interleave. `beforeReading` runs once the folder is known to
   * be there (or not), before any file is read.
   */
  load(beforeReading?: () => Promise<void>): Promise<void> {
    const run = this.updating.then(() => this.loadNow(beforeReading));
    this.updating = run.catch(() => undefined); // a failed load must not stop later updates
    return run;
  }

  private async loadNow(beforeReading?: () => Promise<void>): Promise<void> {
    this.exists = await this.files.isFolder();
    await beforeReading?.();
    await this.index.loadAll();
  }

  /**
   * Tells the journal that the extension itself wrote a file: its own writes
   * must not depend on a file watcher that may not be running yet (a journal
   * folder that did not exist a moment ago).
   */
  noteWritten(uri: vscode.Uri): void {
    this.queue(uri, false);
  }

  /** Resolves once every change seen so far is in the index. */
  async settled(): Promise<void> {
    this.changes.flushNow();
    await this.updating;
  }

  private queue(uri: vscode.Uri, deleted: boolean): void {
    const path = this.files.relativePath(uri);
    if (path !== undefined) {
      this.changes.pathChanged(path, deleted);
      this.changeSeenEmitter.fire();
    } else if (uri.toString() === this.uri.toString()) {
      this.changes.journalFolderChanged();
      this.changeSeenEmitter.fire();
    }
  }

  private flush(changes: QueuedChanges): void {
    this.updating = this.updating
      .then(async () => {
        if (this.disposed) {
          return;
        }
        if (!this.exists || changes.journalFolder) {
          await this.loadNow(); // the journal folder itself appeared or went
          return;
        }
        const changed = [...changes.changed];
        const deleted = [...changes.deleted];
        for (const folder of changes.createdFolders) {
          changed.push(...(await this.files.list(folder)).filter(isEntryPath));
        }
        for (const prefix of changes.deletedFolders) {
          for (const entry of this.index.all()) {
            if (entry.path.startsWith(prefix)) {
              deleted.push(entry.path);
            }
          }
        }
        await this.index.update({ changed, deleted });
      })
      .catch((error: unknown) => extensionLog().error('A journal update failed:', error));
  }
}
