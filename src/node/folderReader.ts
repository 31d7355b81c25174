import { constants } from 'fs';
import * as path from 'path';
import { MAX_ENTRY_BYTES, type OversizedFile, type RefusedFile } from '../core/journalIndex';
import type { FileCalls } from './fileCalls';

/**
 * Opens without following a link in the last step, and without waiting: a FIFO
 * swapped in after the checks opens at once, and is then refused unread.
 * Windows has neither flag; its links are resolved by the checks all the same.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Reads the files of one journal folder on disk, and nothing outside it.
 * Every read resolves the file's links (chains included, and links to
 * folders on the way) and reads only a regular file that lies inside the
 * folder; the folder itself may be a link.
 */
export class FolderReader {
  private realFolder: string | undefined;

  constructor(
    readonly folder: string,
    private readonly calls: FileCalls,
  ) {}

  /** Resolves the folder again at the next read: it may have been moved or re-linked since. */
  refresh(): void {
    this.realFolder = undefined;
  }

  /**
   * The file's bytes, or its size when it is too large, or a refusal for a
   * link to a file outside the folder. Rejects when it is not an entry: gone,
   * a link to nothing or a link loop, a folder, a FIFO or a device (never
   * opened), or a file that changed between the checks and the open.
   */
  async read(relative: string): Promise<Uint8Array | OversizedFile | RefusedFile> {
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
    const opened = await this.calls.open(real, OPEN_FLAGS);
    try {
      const stats = await opened.stat();
      // Another file than the one checked: something was swapped in between.
      if (!stats.isFile() || stats.dev !== checked.dev || stats.ino !== checked.ino) {
        throw new Error(`changed while it was read: ${relative}`);
      }
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
}

/** Whether `file`, a resolved path, lies under `folder`, another. */
export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative);
}
