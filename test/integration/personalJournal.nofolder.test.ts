import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ExportedPacket } from '../../src/commands/exportPacketCommand';
import { assertSameAsCommandLine, commandLineReport } from './commandLine';
import { activateExtension, EXTENSION_ID, read, rootLabels, waitFor, type ExtensionUnderTest } from './helpers';

/** Runs in a window with no folder open; the user settings name the fixture journal, copied to an absolute path. */
suite('A personal journal in a window with no folder', () => {
  const journalFolder = process.env.PJ_PERSONAL_JOURNAL!;
  const journalSetting = () => vscode.workspace.getConfiguration('promotionJournal').inspect<string>('journalFolder');
  let api: ExtensionUnderTest;
  let startedBySelf = false;

  suiteSetup(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    // No folder, so workspaceContains never fires: onStartupFinished must start the extension.
    startedBySelf = await waitFor(() => extension.isActive, (active) => active, 30000);
    api = await activateExtension();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the extension starts by itself in a window with no folder', () => {
    assert.strictEqual(vscode.workspace.workspaceFolders, undefined);
    assert.ok(journalFolder && path.isAbsolute(journalFolder), 'the suite names the journal');
    assert.strictEqual(journalSetting()?.globalValue, journalFolder);
    assert.ok(startedBySelf, 'active before the tests activated it');
  });

  test('the journal of the user settings is read, once', () => {
    assert.deepStrictEqual(api.service.allJournals().map((journal) => journal.uri.fsPath), [journalFolder]);
    assert.ok(api.service.hasJournal);
    assert.deepStrictEqual(rootLabels(api).slice(0, 6), api.service.elements.map((element) => element.shortLabel ?? element.label));
  });

  test('the report, the entries and the tree are the command line\'s for that folder', async () => {
    await assertSameAsCommandLine(api, journalFolder);
    assert.ok(api.report().entries > 0, 'the period has entries');
  });

  test('the status bar counts the flagged elements of that report', () => {
    assert.ok(api.statusBar.visible);
    const flagged = api.report().elements.filter((element) => element.status !== 'ok').length;
    assert.ok(api.statusBar.item.text.includes(flagged === 0 ? 'ok' : String(flagged)), api.statusBar.item.text);
  });

  test('its files get diagnostics', async () => {
    const uri = vscode.Uri.file(path.join(journalFolder, 'broken-yaml.md'));
    await vscode.window.showTextDocument(uri);
    const found = await waitFor(() => vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'Promotion Journal'), (diagnostics) => diagnostics.length > 0);
    assert.ok(found.some((diagnostic) => diagnostic.message.startsWith('Invalid YAML')), found.map((diagnostic) => diagnostic.message).join(' | '));
  });

  test('the dashboard and the packet show it', async () => {
    await vscode.commands.executeCommand('promotionJournal.showDashboard');
    const html = api.dashboard.webviewPanel?.webview.html ?? '';
    for (const element of api.service.elements) {
      assert.ok(html.includes(element.label), element.label);
    }
    api.dashboard.webviewPanel?.dispose();
    const packet = await vscode.commands.executeCommand<ExportedPacket>('promotionJournal.exportPacket', { period: '2026-01-01..2026-12-31', destination: 'untitled' });
    assert.strictEqual(packet.confidentialLeftOut, 1);
    const markdown = vscode.window.activeTextEditor!.document.getText();
    assert.match(markdown, /^# Promotion packet: 1 Jan – 31 Dec 2026\n/);
    assert.ok(markdown.includes('Re-scoped Q3 pricing launch after churn data'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Log Strategic Win writes into the personal journal, without asking for a folder', async () => {
    const before = [...api.service.entries()].length;
    const uri = await vscode.commands.executeCommand<vscode.Uri>('promotionJournal.logWin', { title: 'Logged with no folder open', elements: ['smart-goals'], date: api.service.today });
    assert.strictEqual(uri.fsPath, path.join(journalFolder, api.service.today.slice(0, 4), `${api.service.today}-logged-with-no-folder-open.md`), 'in the folder of its year, as the journal\'s other entries');
    assert.match(await read(uri), /^---\ntitle: Logged with no folder open\n/);
    await waitFor(() => [...api.service.entries()].length, (count) => count === before + 1);
    assert.strictEqual([...api.service.entries()].length, before + 1);
    await assertSameAsCommandLine(api, journalFolder);
  });

  test('a file another program writes into the journal shows up, and its deletion too', async () => {
    const file = path.join(journalFolder, '2026', '2026-11-30-written-by-another-program.md');
    const titles = () => [...api.service.entries()].map((located) => located.entry.title);
    fs.writeFileSync(file, '---\ntitle: Written by another program\ndate: 2026-11-30\nelements: [future-trends]\n---\n');
    assert.ok((await waitFor(titles, (found) => found.includes('Written by another program'), 10000)).includes('Written by another program'));
    fs.rmSync(file);
    assert.ok(!(await waitFor(titles, (found) => !found.includes('Written by another program'), 10000)).includes('Written by another program'));
  });

  test('a personal journal folder that does not exist yet: the first win creates it, and later changes are seen', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'pj-new-'));
    const folder = path.join(parent, 'journal');
    const titles = () => [...api.service.entries()].map((located) => located.entry.title);
    try {
      await vscode.workspace.getConfiguration('promotionJournal').update('journalFolder', folder, vscode.ConfigurationTarget.Global);
      await waitFor(() => api.service.allJournals()[0]?.uri.fsPath, (uri) => uri === folder);
      await api.service.ready();
      assert.strictEqual(api.service.hasJournal, false);
      const uri = await vscode.commands.executeCommand<vscode.Uri>('promotionJournal.logWin', { title: 'The very first win', elements: ['smart-goals'] });
      assert.strictEqual(path.dirname(uri.fsPath), folder);
      assert.ok((await waitFor(titles, (found) => found.includes('The very first win'), 5000)).includes('The very first win'));
      assert.ok(api.service.hasJournal);
      fs.writeFileSync(path.join(folder, '2026-11-30-second.md'), '---\ntitle: Second, from another program\ndate: 2026-11-30\nelements: [smart-goals]\n---\n');
      assert.ok((await waitFor(titles, (found) => found.includes('Second, from another program'), 10000)).includes('Second, from another program'));
    } finally {
      await vscode.workspace.getConfiguration('promotionJournal').update('journalFolder', journalFolder, vscode.ConfigurationTarget.Global);
      await waitFor(() => api.service.allJournals()[0]?.uri.fsPath, (uri) => uri === journalFolder);
      await api.service.ready();
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });

  test('a relative journal folder names no journal here: nothing is read, and logging writes nothing', async () => {
    try {
      await vscode.workspace.getConfiguration('promotionJournal').update('journalFolder', 'journal', vscode.ConfigurationTarget.Global);
      await waitFor(() => api.service.allJournals().length, (count) => count === 0);
      await api.service.ready();
      assert.deepStrictEqual(api.service.allJournals(), []);
      assert.strictEqual(api.service.hasJournal, false);
      assert.strictEqual(api.statusBar.visible, false);
      const uri = await vscode.commands.executeCommand('promotionJournal.logWin', { title: 'Nowhere to go', elements: ['smart-goals'] });
      assert.strictEqual(uri, undefined);
    } finally {
      await vscode.workspace.getConfiguration('promotionJournal').update('journalFolder', journalFolder, vscode.ConfigurationTarget.Global);
      await waitFor(() => api.service.allJournals().length, (count) => count === 1);
      await api.service.ready();
    }
    assert.ok(api.service.hasJournal);
  });

  test('Choose Personal Journal Folder… writes the folder\'s absolute path to the user settings', async () => {
    const chosen = fs.mkdtempSync(path.join(os.tmpdir(), 'pj-chosen-'));
    try {
      const result = await vscode.commands.executeCommand<vscode.Uri>('promotionJournal.choosePersonalJournalFolder', vscode.Uri.file(chosen));
      assert.strictEqual(result.fsPath, chosen);
      assert.strictEqual(journalSetting()?.globalValue, chosen);
      await waitFor(() => api.service.allJournals()[0]?.uri.fsPath, (folder) => folder === chosen);
      await api.service.ready();
      assert.strictEqual(api.report().entries, 0);
      assert.deepStrictEqual(api.report(), await commandLineReport(chosen, api.service.today));
    } finally {
      await vscode.workspace.getConfiguration('promotionJournal').update('journalFolder', journalFolder, vscode.ConfigurationTarget.Global);
      await waitFor(() => api.service.allJournals()[0]?.uri.fsPath, (folder) => folder === journalFolder);
      await api.service.ready();
      fs.rmSync(chosen, { recursive: true, force: true });
    }
  });
});
