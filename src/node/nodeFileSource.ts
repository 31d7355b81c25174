import { promises as fs, type Stats } from 'fs';
import * as path from 'path';
import { isEntryPath, isSearchedFolder, type JournalFileSource, type OversizedFile, type RefusedFile } from '../core/journal/journalIndex';
import { nextTurn } from './eventLoopTurns';
import { synchronousCalls } from './fileCalls';
import { FolderReader } from './folderReader';


/**
 * The journal's files on the local disk, read with Node: for the command line,
 * the extension's worker, and the extension host when few files need reading.
 * Like the VS Code adapter it does not follow symbolic links to folders, so a
 * link loop cannot make the listing endless; links to files are listed, and
 * read only when they lead to a file inside the journal folder.
 */
export class NodeFileSource implements JournalFileSource {
  /** Files loaded: a file over the size limit is measured, not loaded. */
  reads = 0;

  private readonly reader: FolderReader;

  /**
   * @param inPieces  for a thread with other work (the extension host's): folders are listed one after the
   *   other and a large one a piece at a time, so that no block grows with a folder's size. Listing them all at
   *   once is faster where nothing else waits (10,000 files: 25 ms against 39), but their results then arrive
   *   together: at 100,000 files in six folders the extension host was blocked for 60 to 90 ms, in pieces 13 to 22.
   */
  constructor(
    readonly root: string,
    private readonly inPieces = false,
  ) {
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
      if (entries > maxEntries) {
        return;
      }
      let children: import('fs').Dirent[];
      try {
        children = await fs.readdir(path.join(this.root, relative), { withFileTypes: true });
      } catch {
        return;
      }
      // A loop, not a promise per child: 10,000 of those took about twice as long as the listing itself.
      const folders: string[] = [];
      for (let at = 0; at < children.length; at++) {
        if (entries > maxEntries) {
          return;
        }
        if (this.inPieces && at > 0 && at % CHILDREN_PER_TURN === 0) {
          await nextTurn();
        }
        const child = children[at];
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
      if (this.inPieces) {
        for (const folder of folders) {
          await visit(folder);
        }
      } else {
        await Promise.all(folders.map(visit));
      }
    };
    await visit('');
    return entries > maxEntries ? undefined : paths.sort();
  }

  /** Whether the next read of `relative` opens it as the listing saw it (see FolderReader.opensAsListed). */
  opensAsListed(relative: string): boolean {
    return this.reader.opensAsListed(relative);
  }

  /**
   * With Node's synchronous calls (see synchronousCalls); a link to a file outside the journal folder is refused unread.
   * `listedStats`: see FolderReader.read.
   */
  async read(relative: string, listedStats?: (stats: Stats) => void): Promise<Uint8Array | OversizedFile | RefusedFile> {
    const read = await this.reader.read(relative, listedStats);
    if (read instanceof Uint8Array) {
      this.reads++;
    }
    return read;
  }
}

/** Listed in pieces, the children of a folder between two turns of the event loop (17,000 took 26 to 41 ms). */
const CHILDREN_PER_TURN = 2000;

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false; // a dangling link, or a link loop
  }
}
