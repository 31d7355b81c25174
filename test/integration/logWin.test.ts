import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ElementPickItem } from '../../src/commands/elementPick';
import { dayBefore } from '../../src/core/newEntries/logWinArguments';
import { activateExtension, elementNode, entryTitlesUnder, errorMessagesDuring, exists, journalUri, nextElementPick, nextStep, read, waitFor, workspaceUri, write, type ExtensionUnderTest } from './helpers';

/** Every file of the journal, with its folder: the test journal keeps a folder per year. */
async function journalFileNames(): Promise<string[]> {
  const names: string[] = [];
  const visit = async (folder: vscode.Uri, prefix: string) => {
    for (const [name, type] of await vscode.workspace.fs.readDirectory(folder)) {
      if (type === vscode.FileType.Directory) {
        await visit(vscode.Uri.joinPath(folder, name), `${prefix}${name}/`);
      } else {
        names.push(`${prefix}${name}`);
      }
    }
  };
  await visit(journalUri(), '');
  return names.sort();
}

const accept = () => vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
const back = () => vscode.commands.executeCommand('workbench.action.quickInputBack');

/** Moves down the list as the arrow key does, until the item `isWanted` is active. */
async function moveTo<T extends vscode.QuickPickItem>(pick: vscode.QuickPick<T>, isWanted: (item: T) => boolean): Promise<void> {
  for (let moves = 0; !(pick.activeItems[0] && isWanted(pick.activeItems[0])) && moves < pick.items.length; moves++) {
    const before = pick.activeItems[0];
    await vscode.commands.executeCommand('quickInput.next');
    await waitFor(() => pick.activeItems[0], (active) => active !== before);
  }
  assert.ok(pick.activeItems[0] && isWanted(pick.activeItems[0]), 'the item is reached');
}

/** Checks an element as a person does: down to it, then Space. */
async function check(pick: vscode.QuickPick<ElementPickItem>, id: string): Promise<void> {
  await moveTo(pick, (item) => item.element.id === id);
  await vscode.commands.executeCommand('workbench.action.quickPickManyToggle');
  await waitFor(() => pick.selectedItems.map((item) => item.element.id), (ids) => ids.includes(id));
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
    assert.match(uri.path, /\/journal\/2026\/2026-11-02-aligned-sales-and-finance-on-usage-pricing\.md$/, 'in the folder of its year, as the journal\'s other entries');
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
    const taken = journalUri('2026', '2026-11-03-weekly-pricing-sync.md');
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

  test('the argument form refuses a missing title, a bad date or an unknown element with one message each, writing nothing', async () => {
    const before = await journalFileNames();
    const messages = await errorMessagesDuring(async () => {
      for (const argument of [
        { title: '  ', elements: ['smart-goals'] },
        { title: 'Bad date', elements: ['smart-goals'], date: '2026-02-30' },
        { title: 'Unknown element', elements: ['vision-setting'] },
      ]) {
        assert.strictEqual(await vscode.commands.executeCommand('promotionJournal.logWin', argument), undefined);
      }
    });
    assert.strictEqual(messages.length, 3, messages.join('\n'));
    assert.strictEqual(messages[0], 'Cannot log the win: a title is required.');
    assert.strictEqual(messages[1], 'Cannot log the win: "2026-02-30" is not a date: February 2026 has 28 days.');
    assert.match(messages[2], /^Cannot log the win: unknown element "vision-setting": use one of business-context, /);
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

  test('run from an element in the tree, that element is pre-selected; Escape at the next step writes nothing', async () => {
    const before = await journalFileNames();
    const opened = nextElementPick(api);
    const pending = vscode.commands.executeCommand('promotionJournal.logWin', elementNode(api, 'future-trends'));
    const pick = await opened;
    assert.deepStrictEqual(pick.items.filter((item) => item.picked).map((item) => item.element.id), ['future-trends'], 'only the tree\'s element is pre-selected');
    // Accepting the pick as it opened keeps exactly the pre-selected element, and moves on to the day.
    const day = nextStep(api);
    await accept();
    const shown = await day;
    assert.strictEqual(shown.title, 'Log Strategic Win: Anticipate future trends and challenges · today', 'the next step names the element picked');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await pending, undefined);
    assert.deepStrictEqual(await journalFileNames(), before);
  });

  test('the pick marks the elements that need evidence, with the gap the sidebar gives', async () => {
    const opened = nextElementPick(api);
    const pending = vscode.commands.executeCommand('promotionJournal.logWin');
    const pick = await opened;
    const flagged = api.service.evidence().filter((evidence) => evidence.status !== 'ok');
    assert.ok(flagged.length > 0, 'the test journal has an element that needs evidence');
    for (const item of pick.items) {
      const gap = flagged.find((evidence) => evidence.element.id === item.element.id)?.gap;
      assert.strictEqual(item.label, gap ? `$(warning) ${item.element.label}` : item.element.label);
      assert.strictEqual(item.description, gap ? `needs evidence: ${gap} · ${item.element.id}` : item.element.id);
    }
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await pending, undefined);
  });

  test('Enter with nothing picked says why in the pick, which stays open', async () => {
    const opened = nextElementPick(api);
    const pending = vscode.commands.executeCommand('promotionJournal.logWin');
    const pick = await opened;
    assert.ok(pick.quickPick);
    await accept();
    const placeholder = await waitFor(() => pick.quickPick!.placeholder, (text) => text?.startsWith('Pick at least one element') ?? false);
    assert.strictEqual(placeholder, 'Pick at least one element: check it with Space or a click, then press Enter.');
    assert.strictEqual(pick.quickPick.title, 'Log Strategic Win: pick at least one element');
    let settled = false;
    void Promise.resolve(pending).finally(() => (settled = true));
    assert.strictEqual(settled, false, 'the command still waits for an answer');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await pending, undefined);
  });

  test('asked step by step: the elements, yesterday, a title and an impact; Back keeps what was given', async () => {
    const today = api.service.today;
    const yesterday = dayBefore(today);
    const elements = nextElementPick(api);
    const pending = vscode.commands.executeCommand<vscode.Uri>('promotionJournal.logWin');
    const pick = (await elements).quickPick!;
    assert.deepStrictEqual([pick.step, pick.totalSteps], [1, 4]);
    await check(pick, 'smart-goals');
    await check(pick, 'align-stakeholders');
    let step = nextStep(api);
    await accept();
    const day = (await step).input as vscode.QuickPick<vscode.QuickPickItem>;
    assert.strictEqual(day.title, 'Log Strategic Win: Set clear goals and objectives, Align stakeholders · today');
    assert.deepStrictEqual(day.items.map((item) => `${item.label} ${item.description}`), [`Today ${today}`, `Yesterday ${yesterday}`, 'Another day… YYYY-MM-DD']);
    assert.deepStrictEqual([day.step, day.totalSteps, day.buttons[0]], [2, 4, vscode.QuickInputButtons.Back]);
    await moveTo(day, (item) => item.label === 'Yesterday');
    step = nextStep(api);
    await accept();
    let title = (await step).input as vscode.InputBox;
    assert.strictEqual(title.title, 'Log Strategic Win: Set clear goals and objectives, Align stakeholders · yesterday', 'the title step says the day');
    title.value = 'Agreed the pilot\'s goals';
    // Back to the day, and on again: the title typed is still there.
    step = nextStep(api);
    await back();
    const dayAgain = (await step).input as vscode.QuickPick<vscode.QuickPickItem>;
    assert.strictEqual(dayAgain.activeItems[0]?.label, 'Yesterday', 'the day chosen is still chosen');
    step = nextStep(api);
    await accept();
    title = (await step).input as vscode.InputBox;
    assert.strictEqual(title.value, 'Agreed the pilot\'s goals');
    step = nextStep(api);
    await accept();
    const impact = (await step).input as vscode.InputBox;
    assert.deepStrictEqual([impact.step, impact.totalSteps], [4, 4]);
    impact.value = 'Finance signed off';
    await accept();
    const uri = await pending;
    assert.ok(uri);
    assert.strictEqual(uri.toString(), journalUri(yesterday.slice(0, 4), `${yesterday}-agreed-the-pilot-s-goals.md`).toString());
    assert.match(await read(uri), new RegExp(`^---\ntitle: Agreed the pilot's goals\ndate: ${yesterday}\nelements: \\[smart-goals, align-stakeholders\\]\nimpact: Finance signed off\n---\n`));
    await vscode.workspace.fs.delete(uri);
  });

  test('another day is typed as YYYY-MM-DD: a day that does not exist says why, and Enter waits', async () => {
    const elements = nextElementPick(api);
    const pending = vscode.commands.executeCommand<vscode.Uri>('promotionJournal.logWin', { elementId: 'iterate-adapt' });
    await elements;
    let step = nextStep(api);
    await accept();
    const day = (await step).input as vscode.QuickPick<vscode.QuickPickItem>;
    await moveTo(day, (item) => item.label === 'Another day…');
    step = nextStep(api);
    await accept();
    const typed = (await step).input as vscode.InputBox;
    assert.strictEqual(typed.step, 2, 'the day typed is still the day\'s step');
    typed.value = '2026-09-31';
    await accept();
    assert.strictEqual(await waitFor(() => typed.validationMessage, (message) => message !== undefined), '"2026-09-31" is not a date: September has 30 days.');
    typed.value = '2026-09-30';
    step = nextStep(api);
    await accept();
    const title = (await step).input as vscode.InputBox;
    assert.strictEqual(title.title, 'Log Strategic Win: Iterate and adapt · 2026-09-30');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await pending, undefined);
  });

  test('a day given in the argument form is the win\'s, and the day is not asked', async () => {
    const elements = nextElementPick(api);
    const pending = vscode.commands.executeCommand<vscode.Uri>('promotionJournal.logWin', { elementId: 'iterate-adapt', date: '2026-11-30' });
    const pick = (await elements).quickPick!;
    assert.deepStrictEqual([pick.step, pick.totalSteps], [1, 3]);
    let step = nextStep(api);
    await accept();
    const title = (await step).input as vscode.InputBox;
    assert.strictEqual(title.title, `Log Strategic Win: Iterate and adapt · ${api.service.today === '2026-11-30' ? 'today' : dayBefore(api.service.today) === '2026-11-30' ? 'yesterday' : '2026-11-30'}`);
    title.value = 'Dated by the caller';
    step = nextStep(api);
    await accept();
    await step;
    await accept();
    const uri = await pending;
    assert.strictEqual(uri?.toString(), journalUri('2026', '2026-11-30-dated-by-the-caller.md').toString());
    await vscode.workspace.fs.delete(uri);
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
