import * as vscode from 'vscode';
import type { JournalFileSource } from '../core/journalIndex';

/** Folders that hold tools' data, never entries. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/**
 * The journal's files through `vscode.workspace.fs`, so remote and virtual
 * workspaces work. Symbolic links to folders are not followed: a link loop
 * would otherwise list the same entries forever. It offers no `size()`: a stat
 * per file would double the file-system calls of every load, while a file over
 * the size limit is rare, read once, and dropped.
 */
export class WorkspaceFileSource implements JournalFileSource {
  reads = 0;
  /** Each call crosses VS Code's file-system layer: many in flight hide its latency (measured: 128 reads 10,000 files twice as fast as 32). */
  readonly parallelReads = 128;

  constructor(readonly root: vscode.Uri) {}

  /** Every file under the journal folder, or under one of its sub-folders. */
  async list(under = ''): Promise<string[]> {
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
            if (!name.startsWith('.') && !SKIPPED_FOLDERS.has(name)) {
              await visit(path);
            }
          } else if (type & vscode.FileType.File) {
            paths.push(path);
          }
        }),
      );
    };
    await visit(under);
    return paths.sort();
  }

  read(path: string): Promise<Uint8Array> {
    this.reads++;
    return Promise.resolve(vscode.workspace.fs.readFile(this.uriOf(path)));
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
