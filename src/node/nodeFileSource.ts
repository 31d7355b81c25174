import { closeSync, fstatSync, openSync, promises as fs, readSync } from 'fs';
import * as path from 'path';
import { MAX_ENTRY_BYTES, type JournalFileSource, type OversizedFile } from '../core/journalIndex';

/** Folders that hold tools' data, never entries. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/**
 * The journal's files on the local disk, for the command line and benchmarks.
 * Like the VS Code adapter it does not follow symbolic links to folders, so a
 * link loop cannot make the listing endless.
 */
export class NodeFileSource implements JournalFileSource {
  /** Files loaded: a file over the size limit is measured, not loaded. */
  reads = 0;

  constructor(readonly root: string) {}

  async list(): Promise<string[]> {
    const paths: string[] = [];
    const visit = async (relative: string): Promise<void> => {
      let children: import('fs').Dirent[];
      try {
        children = await fs.readdir(path.join(this.root, relative), { withFileTypes: true });
      } catch {
        return;
      }
      await Promise.all(
        children.map(async (child) => {
          const childPath = relative ? `${relative}/${child.name}` : child.name;
          if (child.isDirectory()) {
            if (!child.name.startsWith('.') && !SKIPPED_FOLDERS.has(child.name)) {
              await visit(childPath);
            }
          } else if (child.isFile() || (child.isSymbolicLink() && (await isFile(path.join(this.root, childPath))))) {
            paths.push(childPath);
          }
        }),
      );
    };
    await visit('');
    return paths.sort();
  }

  /**
   * Reads synchronously: for the thousands of small files of a journal, Node's
   * synchronous calls are several times faster than its promise-based ones, and
   * the command line has no event loop to keep free. One open file per read: its
   * size decides before anything is loaded.
   */
  read(relative: string): Promise<Uint8Array | OversizedFile> {
    let descriptor: number;
    try {
      descriptor = openSync(path.join(this.root, ...relative.split('/')), 'r');
    } catch (error) {
      return Promise.reject(error);
    }
    try {
      const { size } = fstatSync(descriptor);
      if (size > MAX_ENTRY_BYTES) {
        return Promise.resolve({ oversized: size });
      }
      this.reads++;
      const bytes = new Uint8Array(size);
      let filled = 0;
      while (filled < size) {
        const bytesRead = readSync(descriptor, bytes, filled, size - filled, filled);
        if (bytesRead === 0) {
          break; // the file shrank while it was read
        }
        filled += bytesRead;
      }
      return Promise.resolve(filled === size ? bytes : bytes.subarray(0, filled));
    } catch (error) {
      return Promise.reject(error);
    } finally {
      closeSync(descriptor);
    }
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false; // a dangling link, or a link loop
  }
}
