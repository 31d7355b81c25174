import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { journalUriFor } from '../../src/journal/journalLocations';
import { assertSameAsCommandLine } from './commandLine';
import { activateExtension, waitFor, type ExtensionUnderTest } from './helpers';

/** Runs in a multi-root workspace of two project folders whose workspace settings name one personal journal, outside both. */
suite('Two workspace folders sharing one personal journal', () => {
  const journalFolder = process.env.PJ_PERSONAL_JOURNAL!;
  let api: ExtensionUnderTest;
  const entryCount = () => [...api.service.entries()].length;

  suiteSetup(async () => {
    api = await activateExtension();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('both folders name the journal; it is loaded once', () => {
    assert.strictEqual(vscode.workspace.workspaceFolders?.length, 2);
    for (const folder of vscode.workspace.workspaceFolders!) {
      assert.strictEqual(journalUriFor(folder)?.fsPath, journalFolder, folder.name);
    }
    assert.deepStrictEqual(api.service.allJournals().map((journal) => journal.uri.fsPath), [journalFolder]);
  });

  test('each entry once: the report, the entries and the tree are the command line\'s', async () => {
    await assertSameAsCommandLine(api, journalFolder);
    const paths = [...api.service.entries()].map((located) => located.entry.path);
    assert.strictEqual(new Set(paths).size, paths.length);
  });

  test('Log Strategic Win asks for no folder and writes into the shared journal, counted once', async () => {
    const before = entryCount();
    const uri = await vscode.commands.executeCommand<vscode.Uri>('promotionJournal.logWin', { title: 'Logged into the shared journal', elements: ['align-stakeholders'], date: '2026-11-09' });
    assert.strictEqual(uri.fsPath, path.join(journalFolder, '2026', '2026-11-09-logged-into-the-shared-journal.md'), 'in the folder of its year, as the journal\'s other entries');
    const named = await vscode.commands.executeCommand<vscode.Uri>('promotionJournal.logWin', { title: 'Named the second folder', elements: ['smart-goals'], date: '2026-11-09', folder: 'second' });
    assert.strictEqual(path.dirname(named.fsPath), path.join(journalFolder, '2026'), 'the second folder\'s journal is the same one');
    await waitFor(entryCount, (count) => count === before + 2);
    assert.strictEqual(entryCount(), before + 2);
    await assertSameAsCommandLine(api, journalFolder);
  });
});
