import { promises as fs } from 'fs';
import * as path from 'path';
import type { JournalFileSource } from '../core/journalIndex';

/** Folders that hold tools' data, never entries. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/**
 * The journal's files on the local disk, for the command line and benchmarks.
 * Like the VS Code adapter it does not follow symbolic links to folders, so a
 * link loop cannot make the listing endless.
 */
export class NodeFileSource implements JournalFileSource {
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

  async read(relative: string): Promise<Uint8Array> {
    this.reads++;
    return fs.readFile(path.join(this.root, ...relative.split('/')));
  }

  /** Lets the index skip a huge file without loading it into memory. */
  async size(relative: string): Promise<number> {
    return (await fs.stat(path.join(this.root, ...relative.split('/')))).size;
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false; // a dangling link, or a link loop
  }
}
