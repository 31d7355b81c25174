import { promises as fs } from 'fs';
import * as path from 'path';
import { isEntryPath, isSearchedFolder, type JournalFileSource, type OversizedFile, type RefusedFile } from '../core/journal/journalIndex';
import { synchronousCalls } from './fileCalls';
import { FolderReader } from './folderReader';


/**
 * The journal's files on the local disk, for the command line and benchmarks.
 * Like the VS Code adapter it does not follow symbolic links to folders, so a
 * link loop cannot make the listing endless; links to files are listed, and
 * read only when they lead to a file inside the journal folder.
 */
export class NodeFileSource implements JournalFileSource {
  /** Files loaded: a file over the size limit is measured, not loaded. */
  reads = 0;

  private readonly reader: FolderReader;

  constructor(readonly root: string) {
    this.reader = new FolderReader(root, synchronousCalls);
  }

  async list(): Promise<string[]> {
    return (await this.listUpTo(Infinity))!;
  }

  /**
   * Every file, as `list`, when at most `maxEntries` of them are entries;
   * undefined as soon as more are found, without listing the rest.
   */
  async listUpTo(maxEntries: number): Promise<string[] | undefined> {
    this.reader.refresh();
    const paths: string[] = [];
    let entries = 0;
    const visit = async (relative: string): Promise<void> => {
      let children: import('fs').Dirent[];
      try {
        children = await fs.readdir(path.join(this.root, relative), { withFileTypes: true });
      } catch {
        return;
      }
      // A loop, not a promise per child: 10,000 of those took about twice as long as the listing itself.
      const folders: string[] = [];
      for (const child of children) {
        if (entries > maxEntries) {
          return;
        }
        const childPath = relative ? `${relative}/${child.name}` : child.name;
        if (child.isDirectory()) {
          if (isSearchedFolder(child.name)) {
            folders.push(childPath);
          }
        } else if (child.isFile()) {
          paths.push(childPath);
          if (isEntryPath(childPath)) {
            entries++;
            this.reader.listedAsRegularFile(childPath);
          }
        } else if (child.isSymbolicLink() && (await isFile(path.join(this.root, childPath)))) {
          paths.push(childPath); // read only if it leads inside the journal folder
          entries += isEntryPath(childPath) ? 1 : 0;
        }
      }
      await Promise.all(folders.map(visit));
    };
    await visit('');
    return entries > maxEntries ? undefined : paths.sort();
  }

  /** With Node's synchronous calls (see synchronousCalls); a link to a file outside the journal folder is refused unread. */
  async read(relative: string): Promise<Uint8Array | OversizedFile | RefusedFile> {
    const read = await this.reader.read(relative);
    if (read instanceof Uint8Array) {
      this.reads++;
    }
    return read;
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false; // a dangling link, or a link loop
  }
}
