import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { commandLineList } from './commandLine';
import { activateExtension, nextStep, read, type ExtensionUnderTest } from './helpers';

/** Runs in a window opened on a multi-root workspace: the fixture journal, and a second folder whose journal is "wins". */
suite('Several workspace folders', () => {
  let api: ExtensionUnderTest;
  const folder = (index: number) => vscode.workspace.workspaceFolders![index];

  suiteSetup(async () => {
    api = await activateExtension();
  });

  test('each folder has its journal, from the setting in its own scope, and the tree shows both', () => {
    assert.strictEqual(vscode.workspace.workspaceFolders?.length, 2);
    assert.deepStrictEqual(
      api.service.allJournals().map((journal) => path.basename(journal.uri.fsPath)),
      ['journal', 'wins'],
    );
    const titles = [...api.service.tagged('future-trends')].map((entry) => entry.title);
    assert.ok(titles.includes('A win in the second folder'), titles.join(' | '));
    assert.ok(titles.includes('Flagged the EU AI Act risk for our scoring feature'), 'the first folder\'s entries are there too');
    const node = api.tree.getChildren().find((candidate) => candidate.kind === 'element' && candidate.evidence.element.id === 'future-trends')!;
    const entry = api.tree.getChildren(node).find((child) => child.kind === 'entry' && child.located.entry.title === 'A win in the second folder');
    assert.ok(entry && entry.kind === 'entry');
    assert.strictEqual(entry.located.uri.fsPath, path.join(folder(1).uri.fsPath, 'wins', '2026-10-20-second-folder-win.md'));
  });

  test('each folder\'s journal holds what the command line lists for that folder, once', async () => {
    for (const journal of api.service.allJournals()) {
      const paths = [...journal.entries()].map((entry) => entry.path).sort();
      assert.deepStrictEqual(paths, (await commandLineList(journal.uri.fsPath)).map((entry) => entry.path).sort(), journal.uri.fsPath);
    }
    const total = api.service.allJournals().reduce((sum, journal) => sum + [...journal.entries()].length, 0);
    assert.strictEqual([...api.service.entries()].length, total);
  });

  test('the argument form writes into the named folder\'s journal', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('promotionJournal.logWin', { title: 'Logged into the second folder', elements: ['smart-goals'], date: '2026-11-08', folder: folder(1).name });
    assert.strictEqual(uri.fsPath, path.join(folder(1).uri.fsPath, 'wins', '2026-11-08-logged-into-the-second-folder.md'));
    assert.match(await read(uri), /^---\ntitle: Logged into the second folder\n/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('asked interactively, the user picks the folder first; Escape there writes nothing', async () => {
    const list = async () => (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(folder(1).uri, 'wins'))).length;
    const before = await list();
    const shown = nextStep(api);
    const pending = vscode.commands.executeCommand('promotionJournal.logWin');
    const pick = await shown;
    assert.strictEqual(pick.input.placeholder, 'Which folder\'s journal gets this win?');
    assert.deepStrictEqual((pick.input as vscode.QuickPick<vscode.QuickPickItem>).items.map((item) => item.label), (vscode.workspace.workspaceFolders ?? []).map((candidate) => candidate.name));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await pending, undefined);
    assert.strictEqual(await list(), before);
  });
});
