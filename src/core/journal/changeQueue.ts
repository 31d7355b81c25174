import { isEntryPath } from './journalIndex';

/** Timers come in from outside: the core has no clock. Shaped like the global functions, so those can be passed. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What a watcher saw in one burst, gathered into one update of the index. */
export interface QueuedChanges {
  /** Entry files created or changed, relative to the journal folder. */
  readonly changed: readonly string[];
  readonly deleted: readonly string[];
  /** Folders that appeared (moved in, checked out): their entries are listed. */
  readonly createdFolders: readonly string[];
  /** Prefixes (`folder/`) of deleted folders: their entries go with them. */
  readonly deletedFolders: readonly string[];
  /** The journal folder itself came or went: the whole journal is read again. */
  readonly journalFolder: boolean;
}

/**
 * Gathers the changes a file watcher reports into one update, flushed once
 * no change has come for `delayMs`: a `git checkout` of many files is one
 * update, and a file changed twice is read once, in its last state.
 */
export class JournalChangeQueue {
  private readonly changed = new Set<string>();
  private readonly deleted = new Set<string>();
  private createdFolders: string[] = [];
  private deletedFolders: string[] = [];
  private journalFolder = false;
  private timer: unknown;
  private pending = false;

  constructor(
    private readonly timers: Timers,
    private readonly delayMs: number,
    private readonly onFlush: (changes: QueuedChanges) => void,
  ) {}

  /** A file or folder inside the journal folder was created, changed or deleted (a path without `.md` is a folder). */
  pathChanged(path: string, deleted: boolean): void {
    if (deleted) {
      this.changed.delete(path);
      this.deleted.add(path);
      if (!isEntryPath(path)) {
        this.deletedFolders.push(`${path}/`);
      }
    } else if (isEntryPath(path)) {
      this.deleted.delete(path);
      this.changed.add(path);
    } else {
      this.createdFolders.push(path);
    }
    this.restartTimer();
  }

  /** The journal folder itself was created or deleted. */
  journalFolderChanged(): void {
    this.journalFolder = true;
    this.restartTimer();
  }

  /** Flushes what is queued now instead of waiting for the quiet moment; false when nothing was queued. */
  flushNow(): boolean {
    if (!this.pending) {
      return false;
    }
    this.timers.clearTimeout(this.timer);
    this.flush();
    return true;
  }

  /** Drops what is queued: nobody will read it. */
  dispose(): void {
    this.timers.clearTimeout(this.timer);
    this.pending = false;
  }

  private restartTimer(): void {
    if (this.pending) {
      this.timers.clearTimeout(this.timer);
    }
    this.pending = true;
    this.timer = this.timers.setTimeout(() => this.flush(), this.delayMs);
  }

  private flush(): void {
    const changes: QueuedChanges = {
      changed: [...this.changed],
      deleted: [...this.deleted],
      createdFolders: this.createdFolders,
      deletedFolders: this.deletedFolders,
      journalFolder: this.journalFolder,
    };
    this.changed.clear();
    this.deleted.clear();
    this.createdFolders = [];
    this.deletedFolders = [];
    this.journalFolder = false;
    this.pending = false;
    this.timer = undefined;
    this.onFlush(changes);
  }
}
