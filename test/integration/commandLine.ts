// The command line, run from the extension host as a user's shell runs it: the bundled bin in a process of its own.
import * as assert from 'assert';
import { execFile } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ReportJson } from '../../src/core/evidence/reportJson';
import type { EntryJson } from '../../src/core/search/entryListing';
import { EXTENSION_ID, type ExtensionUnderTest } from './helpers';

/** Asynchronous: the extension host goes on serving the workbench while the command runs. */
export function runCommandLine(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const bin = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'cli.js');
  // Desktop VS Code's extension host is Electron: this makes it a plain Node for the child. Node ignores it.
  // No saved index left in the user's cache folder by a test's temporary journal.
  const env = { ...process.env, ELECTRON_RUN_AS_NODE: '1', PROMOTION_JOURNAL_DIR: '', PROMOTION_JOURNAL_CACHE: 'off' };
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [bin, ...args], { encoding: 'utf8', env, timeout: 30000 }, (error, stdout, stderr) => {
      const code = error ? (error as { code?: unknown }).code : 0;
      if (typeof code !== 'number') {
        reject(error);
      } else {
        resolve({ code, stdout, stderr });
      }
    });
  });
}

/** `report FOLDER --json` as of `today`, with the defaults the extension's settings have in these tests. */
export async function commandLineReport(folder: string, today: string): Promise<ReportJson> {
  const result = await runCommandLine(['report', folder, '--json', '--today', today]);
  if (result.code !== 0) {
    throw new Error(`report exited ${result.code}: ${result.stderr}`);
  }
  return JSON.parse(result.stdout) as ReportJson;
}

/** `list FOLDER --json` with filters. */
export async function commandLineList(folder: string, ...filters: string[]): Promise<EntryJson[]> {
  const result = await runCommandLine(['list', folder, '--json', ...filters]);
  if (result.code !== 0) {
    throw new Error(`list exited ${result.code}: ${result.stderr}`);
  }
  return JSON.parse(result.stdout) as EntryJson[];
}

/**
 * One reading, one number: the extension shows the journal at `folder` as
 * the command line reads it. The report (what the status bar, flags,
 * dashboard and packet count) is the command line's, every entry is there
 * once, and each element in the tree has the entries `list --element` finds.
 */
export async function assertSameAsCommandLine(api: ExtensionUnderTest, folder: string): Promise<void> {
  const report = api.report();
  const paths = [...api.service.entries()].map((located) => located.entry.path).sort();
  const elementNodes = api.tree.getChildren().filter((node) => node.kind === 'element');
  const treeCounts = elementNodes.map((node) => api.tree.getChildren(node).length);
  assert.deepStrictEqual(report, await commandLineReport(folder, api.service.today));
  assert.deepStrictEqual(paths, (await commandLineList(folder)).map((entry) => entry.path).sort(), 'each entry once');
  const listed = await Promise.all(elementNodes.map((node) => commandLineList(folder, '--element', node.kind === 'element' ? node.evidence.element.id : '')));
  assert.deepStrictEqual(treeCounts, listed.map((entries) => entries.length), 'each element\'s entries in the tree and in list --element');
}
