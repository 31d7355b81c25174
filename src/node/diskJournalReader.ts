import { promises as fs } from 'fs';
import type { ElementMatcher } from '../core/elements/elements';
import type { JournalEntry } from '../core/entries/entry';
import type { OversizedFile, RefusedFile } from '../core/journal/journalIndex';
import type { DiskFolderReader, WholeLoad } from '../journal/workspaceFileSource';
import { nextTurn } from './eventLoopTurns';
import { promiseCalls } from './fileCalls';
import { FolderReader } from './folderReader';
import { IndexSaves } from './indexSaves';
import { persistedIndexFile } from './persistedIndexFile';
import { loadOnThisThread } from './thisThreadLoad';
import { loadInWorker, WORKER_FILE, type JournalWorkerRequest } from './worker/journalWorkerClient';

/**
 * The worker's reading is what the index holds: it saves the index, handing
 * nothing over. Started in a later turn, so that the last slice just taken in
 * is shown first, without the thread's start in the same block.
 */
async function saveIndexInWorker(request: JournalWorkerRequest): Promise<void> {
  await nextTurn();
  await loadInWorker({ ...request, handOver: false }, () => undefined).finished;
}

/** Every reader's background saves, one at a time per index file. */
const backgroundSaves = new IndexSaves(saveIndexInWorker);

/**
 * A journal folder on the local disk, for the desktop extension host: the
 * whole journal is loaded in a worker thread (with the index saved in the
 * extension's storage, when it has one), single files on this thread. When
 * few files need reading (a small journal, or one unchanged or lightly
 * edited since its index was saved) it loads on this thread, with no worker
 * to wait for; when the saved index no longer matches the journal, a worker
 * then saves a new one in the background.
 */
export class DiskJournalReader implements DiskFolderReader {
  private readonly reader: FolderReader;
  /** The last whole load, for tests: whether the worker made it, how many saved entries it reused, and when its index was saved. */
  lastLoad: WholeLoad | undefined;

  constructor(
    readonly folder: string,
    private readonly storageFolder: string | undefined,
  ) {
    this.reader = new FolderReader(folder, promiseCalls);
  }

  /** Node's own stat: no round trip through VS Code's file system for a folder on this disk. */
  async isFolder(): Promise<boolean> {
    try {
      return (await fs.stat(this.folder)).isDirectory();
    } catch {
      return false;
    }
  }

  refresh(): void {
    this.reader.refresh();
  }

  listedAsRegularFile(relative: string): void {
    this.reader.listedAsRegularFile(relative);
  }

  read(relative: string): Promise<Uint8Array | OversizedFile | RefusedFile> {
    return this.reader.read(relative);
  }

  async readAll(matcher: ElementMatcher, onSlice: (entries: readonly JournalEntry[]) => void): Promise<boolean> {
    this.reader.refresh();
    const indexFile = this.storageFolder === undefined ? undefined : persistedIndexFile(this.storageFolder, this.folder);
    const request = { folder: this.folder, elements: matcher.elements, indexFile };
    const here = await loadOnThisThread({ folder: this.folder, matcher, indexFile, codeFile: WORKER_FILE }, onSlice);
    if (here !== undefined) {
      const saving = indexFile !== undefined && here.indexOutdated ? backgroundSaves.saveSoon(indexFile, { ...request, indexFile }) : Promise.resolve();
      this.lastLoad = { indexFile, byWorker: false, counts: Promise.resolve({ reused: here.reused, read: here.read }), finished: saving };
      return true;
    }
    const load = loadInWorker(request, onSlice);
    this.lastLoad = { ...load, byWorker: true };
    return load.loaded;
  }
}
