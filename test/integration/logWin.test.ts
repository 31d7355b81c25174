import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, elementNode, entryTitlesUnder, exists, journalUri, read, waitFor, workspaceUri, write, type ExtensionUnderTest, nextElementPick } from './helpers';

async function journalFileNames(): Promise<string[]> {
  return (await vscode.workspace.fs.readDirectory(journalUri())).map(([name]) => name).sort();
}

suite('Log Strategic Win', () => {
  let api: ExtensionUnderTest;

  suiteSetup(async () => {
    api = await activateExtension();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the argument form writes the entry and opens it where the user starts writing', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('promotionJournal.logWin', {
      title: 'Aligned sales and finance on: "usage" pricing',
      elements: ['align-stakeholders', ' Measure and Evaluate Success '],
      impact: 'NPS 30 -> 42',
      date: '2026-11-02',
    });
    assert.ok(uri);
    assert.match(uri.path, /\/journal\/2026-11-02-aligned-sales-and-finance-on-usage-pricing\.md$/);
    const text = await read(uri);
    const lines = text.split('\n');
    assert.deepStrictEqual(lines.slice(0, 7), [
      '---',
      'title: \'Aligned sales and finance on: "usage" pricing\'',
      'date: 2026-11-02',
      'elements: [align-stakeholders, measure-success]',
      'impact: NPS 30 -> 42',
      '---',
      '',
    ]);
    assert.ok(text.includes('## Align stakeholders'));
    assert.ok(text.includes('<!-- Who had to agree?'));
    assert.ok(text.includes('## Measure and evaluate success'));
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document.uri.toString(), uri.toString());
    assert.strictEqual(editor.document.lineAt(7).text, '## Align stakeholders');
    assert.match(editor.document.lineAt(9).text, /^<!-- Who had to agree\?/);
    assert.strictEqual(editor.selection.active.line, 10, 'the cursor waits below the first prompts');

    const titles = await waitFor(
      () => entryTitlesUnder(api, elementNode(api, 'measure-success')),
      (found) => found.includes('Aligned sales and finance on: "usage" pricing'),
    );
    assert.ok(titles.includes('Aligned sales and finance on: "usage" pricing'), 'the tree shows the new win');
    assert.ok(entryTitlesUnder(api, elementNode(api, 'align-stakeholders')).includes('Aligned sales and finance on: "usage" pricing'));
  });

  test('an existing file is never overwritten: the new entry gets a suffix', async () => {
    const taken = journalUri('2026-11-03-weekly-pricing-sync.md');
    await write(taken, 'my own notes, not an entry written by the extension\n');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('promotionJournal.logWin', { title: 'Weekly pricing sync', elements: 'smart-goals', date: '2026-11-03' });
    assert.match(uri.path, /2026-11-03-weekly-pricing-sync-2\.md$/);
    assert.strictEqual(await read(taken), 'my own notes, not an entry written by the extension\n');
    const again = await vscode.commands.executeCommand<vscode.Uri>('promotionJournal.logWin', { title: 'Weekly pricing sync', elements: 'smart-goals', date: '2026-11-03' });
    assert.match(again.path, /2026-11-03-weekly-pricing-sync-3\.md$/);
  });

  test('text selected in the editor becomes the first paragraph', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Meeting notes\nThe CFO agreed to fund the pilot.\nOther notes' });
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(1, 0, 1, 33);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('promotionJournal.logWin', { title: 'Pilot funded', elements: ['align-stakeholders'], date: '2026-11-04' });
    const text = await read(uri);
    const body = text.split('---\n')[2];
    assert.ok(body.startsWith('\nThe CFO agreed to fund the pilot.\n'), JSON.stringify(body));
    assert.strictEqual(vscode.window.activeTextEditor?.selection.active.line, 6, 'the cursor ends the pasted paragraph');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the argument form refuses a missing title, a bad date or an unknown element, writing nothing', async () => {
    const before = await journalFileNames();
    for (const argument of [
      { title: '  ', elements: ['smart-goals'] },
      { title: 'Bad date', elements: ['smart-goals'], date: '2026-02-30' },
      { title: 'Unknown element', elements: ['vision-setting'] },
    ]) {
      assert.strictEqual(await vscode.commands.executeCommand('promotionJournal.logWin', argument), undefined);
    }
    assert.deepStrictEqual(await journalFileNames(), before);
  });

  test('Escape in the element pick writes nothing', async () => {
    const before = await journalFileNames();
    const opened = nextElementPick(api);
    const pending = vscode.commands.executeCommand('promotionJournal.logWin');
    await opened;
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await pending, undefined);
    assert.deepStrictEqual(await journalFileNames(), before);
  });

  test('run from an element in the tree, that element is pre-selected; Escape at the title writes nothing', async () => {
    const before = await journalFileNames();
    const opened = nextElementPick(api);
    const pending = vscode.commands.executeCommand('promotionJournal.logWin', elementNode(api, 'future-trends'));
    const pick = await opened;
    assert.deepStrictEqual(pick.items.filter((item) => item.picked).map((item) => item.element.id), ['future-trends'], 'only the tree\'s element is pre-selected');
    // Accepting the pick as it opened keeps exactly the pre-selected element, and moves on to the title.
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await new Promise((resolve) => setTimeout(resolve, 800));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await pending, undefined);
    assert.deepStrictEqual(await journalFileNames(), before);
  });

  test('the journal folder is created when it does not exist', async () => {
    const config = vscode.workspace.getConfiguration('promotionJournal');
    await config.update('journalFolder', 'career/wins', vscode.ConfigurationTarget.Workspace);
    try {
      const folder = vscode.Uri.joinPath(workspaceUri(), 'career', 'wins');
      assert.strictEqual(await exists(folder), false);
      const uri = await vscode.commands.executeCommand<vscode.Uri>('promotionJournal.logWin', { title: 'First win in a new folder', elements: ['business-context'], date: '2026-11-05' });
      assert.strictEqual(uri.toString(), vscode.Uri.joinPath(folder, '2026-11-05-first-win-in-a-new-folder.md').toString());
      assert.ok(await exists(uri));
      const titles = await waitFor(
        () => entryTitlesUnder(api, elementNode(api, 'business-context')),
        (found) => found.includes('First win in a new folder'),
      );
      assert.ok(titles.includes('First win in a new folder'));
    } finally {
      await config.update('journalFolder', undefined, vscode.ConfigurationTarget.Workspace);
      await api.service.ready();
    }
  });
});
