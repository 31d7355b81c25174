import * as vscode from 'vscode';
import type { ElementMatcher, StrategicElement } from '../core/elements/elements';
import type { JournalEntry } from '../core/entries/entry';
import { isEntryPath, isSearchedFolder, MAX_ENTRY_BYTES, type JournalFileSource, type OversizedFile, type RefusedFile } from '../core/journal/journalIndex';

/** Reads one journal folder on a disk that Node sees, refusing links that lead out of it. */
export interface DiskFolderReader {
  /** Whether the folder is there (links followed). */
  isFolder(): Promise<boolean>;
  /** The folder may have been moved or re-linked: resolve it again, and forget what was listed. */
  refresh(): void;
  /** The listing saw `relative` as a regular file, reached through no link: its next read need not resolve it. */
  listedAsRegularFile(relative: string): void;
  read(relative: string): Promise<Uint8Array | OversizedFile | RefusedFile>;
  /** Loads the whole folder elsewhere (see JournalFileSource.readAll). */
  readAll?(matcher: ElementMatcher, onSlice: (entries: readonly JournalEntry[]) => void): Promise<boolean>;
  /** The last whole load: how many saved entries it reused and files it read, and when it saved its index for the next one. */
  readonly lastLoad?: WholeLoad;
  /** The report saved by the last start for this scope, when the files are all as they were then; lists the folder for the next readAll. */
  savedReport?(elements: readonly StrategicElement[], scope: string): Promise<unknown>;
  /** Saves the report of the last readAll for the next start, when the files are still as they were then; resolves whether it did. */
  saveReport?(elements: readonly StrategicElement[], scope: string, report: unknown): Promise<boolean>;
}

export interface WholeLoad {
  /** False when the journal loaded on the extension host's thread (few files to read), without waiting on a worker. */
  readonly byWorker: boolean;
  /** Where the index is saved for the next load; none when the extension has no storage on this disk. */
  readonly indexFile?: string;
  readonly counts: Promise<{ readonly reused: number; readonly read: number } | undefined>;
  readonly finished: Promise<void>;
}

/** Makes the reader of a `file:` journal folder from its path; only the desktop (and remote) extension host has one. */
export type DiskFolderReaders = (folder: string) => DiskFolderReader;


/**
 * The journal's files, listed through `vscode.workspace.fs` so that remote and
 * virtual workspaces work. Symbolic links to folders are not followed: a link
 * loop would otherwise list the same entries forever. A link to a file is read
 * only when it leads to a file inside the journal folder: on a disk (`file:`,
 * where a DiskFolderReader is given) the reader resolves it; elsewhere nothing
 * can tell where it leads, and it is not read at all.
 */
export class WorkspaceFileSource implements JournalFileSource {
  /** Files loaded: a file over the size limit is measured, not loaded. */
  reads = 0;
  /** Each call crosses VS Code's file-system layer: many in flight hide its latency (measured: 128 reads 10,000 files twice as fast as 32). */
  readonly parallelReads = 128;
  private readonly disk: DiskFolderReader | undefined;

  constructor(
    readonly root: vscode.Uri,
    diskReaders?: DiskFolderReaders,
  ) {
    this.disk = root.scheme === 'file' ? diskReaders?.(root.fsPath) : undefined;
  }

  /** Whether the journal folder is there: asked of the disk directly where Node can see it. */
  async isFolder(): Promise<boolean> {
    if (this.disk) {
      return this.disk.isFolder();
    }
    try {
      return ((await vscode.workspace.fs.stat(this.root)).type & vscode.FileType.Directory) !== 0;
    } catch {
      return false;
    }
  }

  /** Every file under the journal folder, or under one of its sub-folders. */
  async list(under = ''): Promise<string[]> {
    if (under === '') {
      this.disk?.refresh();
    } else if (await this.reachedThroughLink(under)) {
      return [];
    }
    const paths: string[] = [];
    const visit = async (relative: string): Promise<void> => {
      let children: [string, vscode.FileType][];
      try {
        children = await vscode.workspace.fs.readDirectory(relative ? vscode.Uri.joinPath(this.root, relative) : this.root);
      } catch {
        return; // gone, or not a folder: nothing to list
      }
      await Promise.all(
        children.map(async ([name, type]) => {
          const path = relative ? `${relative}/${name}` : name;
          if (type & vscode.FileType.SymbolicLink && type & vscode.FileType.Directory) {
            return;
          }
          if (type & vscode.FileType.Directory) {
            if (isSearchedFolder(name)) {
              await visit(path);
            }
          } else if (type & vscode.FileType.File) {
            paths.push(path);
            if (!(type & vscode.FileType.SymbolicLink) && isEntryPath(path)) {
              this.disk?.listedAsRegularFile(path);
            }
          }
        }),
      );
    };
    await visit(under);
    return paths.sort();
  }

  /** A journal on disk loads in one go where its reader can (a worker thread); elsewhere the index lists and reads it. */
  async readAll(matcher: ElementMatcher, onSlice: (entries: readonly JournalEntry[]) => void): Promise<boolean> {
    return (await this.disk?.readAll?.(matcher, onSlice)) ?? false;
  }

  /** The report the last start saved for this scope, when the journal's files are all as they were then (on a disk only). */
  async savedReport(elements: readonly StrategicElement[], scope: string): Promise<unknown> {
    return this.disk?.savedReport?.(elements, scope);
  }

  /** Saves the report of the last whole load for the next start (on a disk only); resolves whether it did. */
  async saveReport(elements: readonly StrategicElement[], scope: string, report: unknown): Promise<boolean> {
    return (await this.disk?.saveReport?.(elements, scope, report)) ?? false;
  }

  /** The last whole load in one go, if the journal was loaded so (for tests). */
  get lastWholeLoad(): WholeLoad | undefined {
    return this.disk?.lastLoad;
  }

  async read(path: string): Promise<Uint8Array | OversizedFile | RefusedFile> {
    const read = this.disk ? await this.disk.read(path) : await this.readWithoutResolving(path);
    if (!('oversized' in read) && !('refused' in read)) {
      this.reads++;
    }
    return read;
  }

  /** Where links cannot be resolved, a link to a file is not followed. The stat also spares loading a file over the size limit. */
  private async readWithoutResolving(path: string): Promise<Uint8Array | OversizedFile | RefusedFile> {
    const uri = this.uriOf(path);
    const { type, size } = await vscode.workspace.fs.stat(uri);
    if (!(type & vscode.FileType.File)) {
      throw new Error(`not a file: ${path}`);
    }
    if (type & vscode.FileType.SymbolicLink) {
      return { refused: 'link-unchecked' };
    }
    if (size > MAX_ENTRY_BYTES) {
      return { oversized: size };
    }
    return vscode.workspace.fs.readFile(uri);
  }

  /** A folder that appears later (moved in, checked out) is listed only when no link leads to it, as in a whole listing. */
  private async reachedThroughLink(under: string): Promise<boolean> {
    const segments = under.split('/');
    for (let depth = 1; depth <= segments.length; depth++) {
      try {
        const { type } = await vscode.workspace.fs.stat(vscode.Uri.joinPath(this.root, ...segments.slice(0, depth)));
        if (type & vscode.FileType.SymbolicLink) {
          return true;
        }
      } catch {
        return true; // gone already: nothing to list
      }
    }
    return false;
  }

  uriOf(path: string): vscode.Uri {
    return vscode.Uri.joinPath(this.root, ...path.split('/'));
  }

  /** The path of a URI relative to the journal folder, or undefined when it lies outside. */
  relativePath(uri: vscode.Uri): string | undefined {
    const root = this.root.path.endsWith('/') ? this.root.path : `${this.root.path}/`;
    if (uri.scheme !== this.root.scheme || uri.authority !== this.root.authority || !uri.path.startsWith(root)) {
      return undefined;
    }
    return uri.path.slice(root.length);
  }
}
