import { constants, type Stats } from 'fs';
import * as path from 'path';
import { errorCode } from '../core/journal/errorCode';
import { MAX_ENTRY_BYTES, type OversizedFile, type RefusedFile } from '../core/journal/journalIndex';
import { listedFile, type FileCalls, type OpenedFile } from './fileCalls';

/**
 * Opens without following a link in the last step, and without waiting: a FIFO
 * swapped in after the checks opens at once, and is then refused unread.
 * Windows has neither flag; its links are resolved by the checks all the same.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** Without O_NOFOLLOW (Windows) a link put in place of a listed file would be followed: every read resolves then. */
const CAN_TRUST_LISTING = constants.O_NOFOLLOW !== undefined;

/**
 * Reads the files of one journal folder on disk, and nothing outside it.
 * A read resolves the file's links (chains included, and links to folders on
 * the way) and reads only a regular file that lies inside the folder; the
 * folder itself may be a link.
 *
 * A file the listing has just seen as a regular file, in folders that are
 * not links, skips resolving on its next read (measured: resolving every file
 * doubled the time to read a journal). Its open still refuses a link put in
 * its place since (O_NOFOLLOW: it is then resolved like any other) and
 * anything but a regular file; only a folder on its way replaced by a link in
 * the moment between listing and reading would go unseen.
 */
export class FolderReader {
  private realFolder: string | undefined;
  private readonly listedRegular = new Set<string>();

  constructor(
    readonly folder: string,
    private readonly calls: FileCalls,
  ) {}

  /** Resolves the folder again at the next read (it may have been moved or re-linked), and forgets what was listed. */
  refresh(): void {
    this.realFolder = undefined;
    this.listedRegular.clear();
  }

  /** The listing saw `relative` as a regular file, reached through no link: its next read need not resolve it. */
  listedAsRegularFile(relative: string): void {
    if (CAN_TRUST_LISTING) {
      this.listedRegular.add(relative);
    }
  }

  /** Whether the next read of `relative` opens it as listed, so that `listedStats` hears of it unless a link took its place. */
  opensAsListed(relative: string): boolean {
    return this.listedRegular.has(relative);
  }

  /**
   * The file's bytes, or its size when it is too large, or a refusal for a
   * link to a file outside the folder. Rejects when it is not an entry: gone,
   * a link to nothing or a link loop, a folder, a FIFO or a device (never
   * opened), or a file that changed between the checks and the open.
   *
   * `listedStats` hears the stats of a listed file opened as it was listed:
   * what `lstat` of its path gives, since the open follows no link in the last
   * step. A load that saves stamps takes them from there, without a second
   * call per file (in a profiled worker's load, `lstat` was the largest single call).
   */
  async read(relative: string, listedStats?: (stats: Stats) => void): Promise<Uint8Array | OversizedFile | RefusedFile> {
    if (this.listedRegular.delete(relative)) {
      const opened = await this.openListed(listedFile(this.folder, relative));
      if (opened) {
        return readOpened(opened, relative, undefined, listedStats);
      }
    }
    this.realFolder ??= await this.calls.realpath(this.folder);
    const real = await this.calls.realpath(path.join(this.folder, ...relative.split('/')));
    const checked = await this.calls.stat(real); // its metadata only: nothing is opened before the checks pass
    if (!checked.isFile()) {
      throw new Error(`not a regular file: ${relative}`);
    }
    if (!isInside(this.realFolder, real)) {
      return { refused: 'link-outside' };
    }
    if (checked.size > MAX_ENTRY_BYTES) {
      return { oversized: checked.size };
    }
    return readOpened(await this.calls.open(real, OPEN_FLAGS), relative, checked);
  }

  /** Opens a listed file as it was listed, or undefined when a link has taken its place since. */
  private async openListed(file: string): Promise<OpenedFile | undefined> {
    try {
      return await this.calls.open(file, OPEN_FLAGS);
    } catch (error) {
      if (errorCode(error) === 'ELOOP' || errorCode(error) === 'EMLINK') {
        return undefined; // O_NOFOLLOW met a link (EMLINK on FreeBSD)
      }
      throw error;
    }
  }
}

/** Reads an open file, and closes it: only a regular file, and when `checked` is given, only that very file. */
async function readOpened(opened: OpenedFile, relative: string, checked?: Stats, onStats?: (stats: Stats) => void): Promise<Uint8Array | OversizedFile> {
  try {
    const stats = await opened.stat();
    // Another file than the one checked: something was swapped in between.
    if (!stats.isFile() || (checked && (stats.dev !== checked.dev || stats.ino !== checked.ino))) {
      throw new Error(`not the regular file checked: ${relative}`);
    }
    onStats?.(stats);
    if (stats.size > MAX_ENTRY_BYTES) {
      return { oversized: stats.size };
    }
    const bytes = new Uint8Array(stats.size);
    let filled = 0;
    while (filled < bytes.byteLength) {
      const bytesRead = await opened.read(bytes, filled);
      if (bytesRead === 0) {
        break; // the file shrank while it was read
      }
      filled += bytesRead;
    }
    return filled === bytes.byteLength ? bytes : bytes.subarray(0, filled);
  } finally {
    await opened.close();
  }
}

/** Whether `file`, a resolved path, lies under `folder`, another. */
export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative);
}
