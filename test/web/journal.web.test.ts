import * as assert from './check';
import * as vscode from 'vscode';
import type { ExtensionParts, PromotionJournalApi } from '../../src/extension';

const EXTENSION_ID = 'promotion-journal.promotion-journal';

/** The same extension, as a web extension in a web worker, on a virtual file system. */
suite('Web extension', () => {
  let api: ExtensionParts & PromotionJournalApi;

  suiteSetup(async () => {
    const extension = vscode.extensions.getExtension<PromotionJournalApi>(EXTENSION_ID);
    assert.ok(extension, 'the extension is loaded in the web extension host');
    const publicApi = await extension.activate();
    assert.ok(publicApi.testParts, 'the extension hands its parts to tests');
    api = { ...publicApi.testParts, ...publicApi };
    await api.service.ready();
  });

  test('it runs in a web worker, on a virtual workspace', () => {
    assert.strictEqual(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'a web worker');
    assert.strictEqual(vscode.workspace.workspaceFolders?.[0].uri.scheme, 'vscode-test-web');
  });

  test('the tree reads the journal through vscode.workspace.fs', () => {
    const labels = api.tree.getChildren().map((node) => api.tree.getTreeItem(node).label);
    assert.deepStrictEqual(labels.slice(0, 6), api.service.elements.map((element) => element.shortLabel ?? element.label));
    assert.ok(labels.includes('Problems'));
    assert.ok([...api.service.entries()].length >= 10);
  });

  test('report() works the same as on the desktop', () => {
    const report = api.report();
    assert.strictEqual(report.elements.length, 6);
    assert.ok(report.problems.some((problem) => problem.file === 'broken-yaml.md'));
  });

  test('Log Strategic Win writes an entry on the virtual file system', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('promotionJournal.logWin', { title: 'Logged from the browser', elements: ['iterate-adapt'], date: '2026-11-07' });
    assert.strictEqual(uri.scheme, 'vscode-test-web');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.match(text, /^---\ntitle: Logged from the browser\ndate: 2026-11-07\nelements: \[iterate-adapt\]\n---\n/);
    await api.service.reload();
    assert.ok([...api.service.entries()].some(({ entry }) => entry.title === 'Logged from the browser'));
  });

  test('five Log Strategic Win calls at once with one title give five entries on the virtual file system', async () => {
    const uris = await Promise.all(
      [1, 2, 3, 4, 5].map((run) =>
        vscode.commands.executeCommand<vscode.Uri>('promotionJournal.logWin', { title: 'Five at once', elements: ['iterate-adapt'], impact: `Run ${run}`, date: '2026-11-08' }),
      ),
    );
    assert.strictEqual(new Set(uris.map(String)).size, 5, uris.map(String).join(', '));
    for (const [index, uri] of uris.entries()) {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      assert.match(text, new RegExp(`\\nimpact: Run ${index + 1}\\n`));
    }
  });

  test('Tag Entry writes an entry no editor shows through vscode.workspace.fs, every other byte kept', async () => {
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'journal', 'tagged-in-the-browser.md');
    const encode = (text: string) => new TextEncoder().encode(text);
    await vscode.workspace.fs.writeFile(uri, encode('---\r\ntitle: Tagged in the browser # kept\r\ndate: 2026-11-08\r\nelements: [iterate-adapt]\r\n---\r\n'));
    const outcome = await vscode.commands.executeCommand('promotionJournal.tagEntry', { uri, elements: ['smart-goals'] });
    assert.deepStrictEqual(outcome, { changed: true });
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.strictEqual(text, '---\r\ntitle: Tagged in the browser # kept\r\ndate: 2026-11-08\r\nelements: [smart-goals]\r\n---\r\n');
    await vscode.workspace.fs.delete(uri);
  });

  test('two Tag Entry calls at once on one entry: both are applied in turn, neither is refused, and the last one’s elements stay', async () => {
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'journal', 'tagged-twice-at-once.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\ntitle: Tagged twice\ndate: 2026-11-09\nelements: [iterate-adapt]\n---\n'));
    const tag = (elements: string[]) => vscode.commands.executeCommand('promotionJournal.tagEntry', { uri, elements });
    const outcomes = await Promise.all([tag(['smart-goals']), tag(['smart-goals', 'measure-success'])]);
    assert.deepStrictEqual(outcomes, [{ changed: true }, { changed: true }]);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    assert.strictEqual(text, '---\ntitle: Tagged twice\ndate: 2026-11-09\nelements: [smart-goals, measure-success]\n---\n');
    await vscode.workspace.fs.delete(uri);
  });

  test('Export Promotion Packet saves the packet and its web page on the virtual file system', async () => {
    const packet = await vscode.commands.executeCommand<{ uri: vscode.Uri; html?: vscode.Uri }>('promotionJournal.exportPacket', { period: '2026-01-01..2026-12-31', destination: 'file' });
    assert.strictEqual(packet.uri.scheme, 'vscode-test-web');
    assert.ok(packet.html, 'a web page beside it');
    const page = new TextDecoder().decode(await vscode.workspace.fs.readFile(packet.html));
    assert.ok(page.startsWith('<!DOCTYPE html>') && page.includes('<h2>Coverage</h2>'), page.slice(0, 200));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('Draft Self-Review builds the draft from the entries in the browser', async () => {
    const draft = await vscode.commands.executeCommand<{ uri: vscode.Uri; writtenBy: string }>('promotionJournal.draftSelfReview', { period: '2026-01-01..2026-12-31' });
    assert.strictEqual(draft.writtenBy, 'entries');
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === draft.uri.toString());
    assert.ok(document?.getText().startsWith('# Self-review draft: 1 Jan – 31 Dec 2026'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Export Promotion Packet opens an unsaved packet', async () => {
    const packet = await vscode.commands.executeCommand<{ uri: vscode.Uri }>('promotionJournal.exportPacket', { period: 'year', destination: 'untitled' });
    assert.strictEqual(packet.uri.scheme, 'untitled');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
