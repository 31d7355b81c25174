import { promises as fs } from 'fs';
import type { ElementMatcher, StrategicElement } from '../core/elements/elements';
import type { JournalEntry } from '../core/entries/entry';
import type { OversizedFile, RefusedFile } from '../core/journal/journalIndex';
import type { DiskFolderReader, WholeLoad } from '../journal/workspaceFileSource';
import { nextTurn } from './eventLoopTurns';
import type { FilesState } from './diskJournal';
import { promiseCalls } from './fileCalls';
import { FolderReader } from './folderReader';
import { IndexSaves } from './indexSaves';
import { persistedIndexFile } from './persistedIndexFile';
import { readSavedOutputFile, writeSavedOutputFile } from './savedOutputFile';
import { savedReportFile, savedReportRun, stampedListing, type StampedListing } from './savedReports';
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
  /** Listed and stamped by savedReport, for the whole load that follows it: that load neither lists nor stamps again. */
  private listedForLoad: StampedListing | undefined;
  /** The files as the last whole load read them, when it knew (every one stamped before it was read): what a report of that load is made of. */
  private loadedState: () => Promise<FilesState | undefined> = async () => undefined;

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

  /**
   * The report the last start saved for this scope, when every entry file is
   * as it was then (each stamp unchanged, see JournalListing.state); undefined
   * when not, or there is none. The listing is kept for the load that follows.
   * Without a saved report of this very scope (a first start, a new day)
   * nothing is listed here: the load lists and stamps the files itself.
   */
  async savedReport(elements: readonly StrategicElement[], scope: string): Promise<unknown> {
    this.listedForLoad = undefined;
    const run = this.storageFolder === undefined ? undefined : savedReportRun({ folder: this.folder, elements, codeFile: WORKER_FILE, scope });
    if (this.storageFolder === undefined || run === undefined) {
      return undefined;
    }
    // Its shape is the service's to check (savedReportOf): any value that is whole and of this run is handed on.
    const saved = readSavedOutputFile(savedReportFile(this.storageFolder, this.folder), run, (value) => value);
    if (!saved) {
      return undefined;
    }
    const listed = await stampedListing(this.folder);
    this.listedForLoad = listed;
    return saved.files === listed.state?.files ? saved.output : undefined;
  }

  /**
   * Saves the report of the last whole load for the next start, when the
   * files are still as that load stamped them before reading (savedReport's
   * listing, its own stamps on this thread, or the worker's), every one
   * settled: a file written meanwhile (by the editor, another program) makes
   * the report of no state, and nothing is saved. Resolves whether it was.
   */
  async saveReport(elements: readonly StrategicElement[], scope: string, report: unknown): Promise<boolean> {
    const before = await this.loadedState();
    if (this.storageFolder === undefined || !before?.settled) {
      return false;
    }
    const run = savedReportRun({ folder: this.folder, elements, codeFile: WORKER_FILE, scope });
    if (run === undefined || (await stampedListing(this.folder)).state?.files !== before.files) {
      return false;
    }
    try {
      writeSavedOutputFile(savedReportFile(this.storageFolder, this.folder), { run, files: before.files }, report);
      return true;
    } catch {
      return false; // storage that cannot be written only makes the next start wait for its entries
    }
  }

  async readAll(matcher: ElementMatcher, onSlice: (entries: readonly JournalEntry[]) => void): Promise<boolean> {
    this.reader.refresh();
    const listed = this.listedForLoad;
    this.listedForLoad = undefined;
    this.loadedState = async () => undefined;
    const indexFile = this.storageFolder === undefined ? undefined : persistedIndexFile(this.storageFolder, this.folder);
    const request = { folder: this.folder, elements: matcher.elements, indexFile };
    const here = await loadOnThisThread({ folder: this.folder, matcher, indexFile, codeFile: WORKER_FILE, listing: listed?.listing }, onSlice);
    if (here !== undefined) {
      this.loadedState = () => here.state();
      const saving = indexFile !== undefined && here.indexOutdated ? backgroundSaves.saveSoon(indexFile, { ...request, indexFile }) : Promise.resolve();
      this.lastLoad = { indexFile, byWorker: false, counts: Promise.resolve({ reused: here.reused, read: here.read }), finished: saving };
      return true;
    }
    const load = loadInWorker(request, onSlice);
    this.lastLoad = { ...load, byWorker: true };
    // Listed and stamped before the worker read any file, or else by the worker as it read them; none when the worker
    // could not load the journal and the index reads it another way.
    const state = listed ? Promise.resolve(listed.state) : load.state;
    this.loadedState = () => load.loaded.then((loaded) => (loaded ? state : undefined)).catch(() => undefined);
    return load.loaded;
  }
}
