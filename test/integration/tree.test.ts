import * as assert from 'assert';
import * as vscode from 'vscode';
import { elementDescription, elementRowDescription } from '../../src/core/render/treeText';
import { reviewCountdownText } from '../../src/core/review/reviewDate';
import { activateExtension, elementNode, entryTitlesUnder, errorMessagesDuring, exists, EXTENSION_ID, journalUri, label, plain, read, rootLabels, waitFor, workspaceUri, write, type ExtensionUnderTest } from './helpers';
import type { JournalTreeNode } from '../../src/tree/treeNodes';

suite('Sidebar tree', () => {
  let api: ExtensionUnderTest;

  suiteSetup(async () => {
    api = await activateExtension();
  });

  test('the root lists the six elements by their short names, then the untagged and problem groups', () => {
    const labels = rootLabels(api);
    assert.deepStrictEqual(labels.slice(0, 6), ['Business context', 'Clear goals', 'Future trends', 'Iterate and adapt', 'Align stakeholders', 'Measure success']);
    assert.deepStrictEqual(labels.slice(6), ['Untagged', 'Problems']);
  });

  test('an element lists its entries of every date, newest first, and says how many when they are more than the period\'s', () => {
    const node = elementNode(api, 'iterate-adapt');
    const titles = entryTitlesUnder(api, node);
    assert.ok(titles.indexOf('Paused the reporting revamp after usage data') < titles.indexOf('Ran a checkout experiment instead of a redesign'));
    assert.ok(titles.indexOf('Ran a checkout experiment instead of a redesign') < titles.indexOf('Re-scoped Q3 pricing launch after churn data'));
    const { count } = node.evidence;
    const item = api.tree.getTreeItem(node);
    assert.strictEqual(item.description, elementRowDescription(node.evidence, api.service.settings.thresholds.minEntries, api.service.today));
    const tooltip = plain(item.tooltip as vscode.MarkdownString);
    assert.ok(tooltip.includes(`${count === 1 ? '1 win' : `${count} wins`} this half`), tooltip);
    assert.ok(tooltip.includes(`; ${titles.length} in all, of any date.`), tooltip);
  });

  test('an entry tagged with two elements appears under both', () => {
    const title = 'Re-scoped Q3 pricing launch after churn data';
    assert.ok(entryTitlesUnder(api, elementNode(api, 'iterate-adapt')).includes(title));
    assert.ok(entryTitlesUnder(api, elementNode(api, 'measure-success')).includes(title));
  });

  test('an entry has its date, a tooltip with its elements, impact, metrics, stakeholders and tags, and opens its file on click', () => {
    const entry = api.tree.getChildren(elementNode(api, 'measure-success')).find((node) => label(api, node) === 'Re-scoped Q3 pricing launch after churn data');
    assert.ok(entry);
    const item = api.tree.getTreeItem(entry);
    assert.strictEqual(item.description, '14 Jul');
    const tooltip = plain(item.tooltip as vscode.MarkdownString);
    assert.ok(tooltip.includes('Impact:** Cut projected churn from 4.1% to 2.9% for the SMB tier'), tooltip);
    assert.ok(tooltip.includes('- SMB churn 4.1% -> 2.9% (projected)'), tooltip);
    assert.ok(tooltip.includes('**Elements:** Iterate and adapt, Measure and evaluate success'), tooltip);
    assert.ok(tooltip.includes('**Stakeholders:** VP Sales, Finance'), tooltip);
    assert.ok(tooltip.includes('**Tags:** pricing'), tooltip);
    assert.strictEqual(item.command?.command, 'vscode.open');
    assert.match((item.command?.arguments?.[0] as vscode.Uri).path, /2026-07-14-repriced-q3-launch\.md$/);
  });

  test('flagged elements show a warning icon, the wins of the minimum and when the last was, and in the tooltip the gap and what to log', () => {
    const flagged = api.service.evidence().filter((evidence) => evidence.status !== 'ok');
    assert.ok(flagged.length > 0, 'the fixture journal has gaps');
    const { minEntries } = api.service.settings.thresholds;
    for (const evidence of flagged) {
      const item = api.tree.getTreeItem(elementNode(api, evidence.element.id));
      assert.strictEqual((item.iconPath as vscode.ThemeIcon).id, 'warning');
      assert.match(String(item.description), new RegExp(`^${evidence.count}/${minEntries} · (\\d+ (days|wk|mo|yr) ago|today|yesterday|never)$`));
      assert.strictEqual(item.accessibilityInformation?.label, `${evidence.element.label}: ${elementDescription(evidence, api.service.period)}, needs evidence`);
      const tooltip = plain(item.tooltip as vscode.MarkdownString);
      assert.ok(tooltip.includes(`**${evidence.element.label}**`), 'the tooltip names the element in full');
      assert.ok(tooltip.includes(`Needs evidence: ${evidence.gap}.`), tooltip);
      for (const prompt of evidence.element.prompts) {
        assert.ok(tooltip.includes(`- ${prompt}`), `the tooltip lists "${prompt}"`);
      }
      assert.match(String(item.contextValue), /^element/);
    }
  });

  test('the problem group explains each problem; the untagged group holds entries with no element', () => {
    const problems = api.tree.getChildren().find((node) => node.kind === 'problems')!;
    const items = api.tree.getChildren(problems).map((node) => api.tree.getTreeItem(node));
    const descriptions = items.map((item) => String(item.description));
    assert.ok(descriptions.some((text) => text.startsWith('Invalid YAML')), descriptions.join(' | '));
    assert.ok(descriptions.includes('Unknown element "vision-setting".'), descriptions.join(' | '));
    const untagged = api.tree.getChildren().find((node) => node.kind === 'untagged')!;
    assert.ok(entryTitlesUnder(api, untagged).includes('Notes from the sales kickoff'));
  });

  test('Group by Period lists the elements that need evidence, then quarters newest first; Group by Element switches back', async () => {
    await vscode.commands.executeCommand('promotionJournal.groupByPeriod');
    assert.strictEqual(api.tree.grouping, 'period');
    const periods = api.tree.getChildren().filter((node) => node.kind === 'period').map((node) => label(api, node));
    assert.deepStrictEqual(periods, ['Q4 2026', 'Q3 2026', 'Q2 2026', 'Q1 2026']);
    const flags = api.tree.getChildren()[0];
    assert.strictEqual(label(api, flags), 'Needs evidence', 'the flags stay in sight, first');
    const flagged = api.service.evidence().filter((evidence) => evidence.status !== 'ok');
    assert.deepStrictEqual(api.tree.getChildren(flags).map((node) => (node.kind === 'element' ? node.evidence.element.id : '')), flagged.map((evidence) => evidence.element.id));
    assert.strictEqual(api.tree.getTreeItem(flags).description, `${flagged.length} of 6 this half`);
    await vscode.workspace.getConfiguration('promotionJournal').update('tree.periodGrouping', 'month', vscode.ConfigurationTarget.Workspace);
    try {
      const months = api.tree.getChildren().filter((node) => node.kind === 'period').map((node) => label(api, node));
      // Newest first: the month of the newest entry (an earlier test may have logged one today).
      const newest = [...api.service.entries()].map(({ entry }) => entry.date ?? '').sort().pop()!;
      const monthName = new Date(`${newest.slice(0, 7)}-01T00:00:00Z`).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
      assert.strictEqual(months[0], `${monthName} ${newest.slice(0, 4)}`);
      assert.ok(months.includes('November 2026') && months.includes('January 2026'), months.join());
    } finally {
      await vscode.workspace.getConfiguration('promotionJournal').update('tree.periodGrouping', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('promotionJournal.groupByElement');
    }
    assert.strictEqual(api.tree.grouping, 'element');
    assert.strictEqual(rootLabels(api)[0], 'Business context');
  });

  test('the status bar counts the elements that need evidence and focuses the tree', () => {
    const flagged = api.service.evidence().filter((evidence) => evidence.status !== 'ok').length;
    const item = api.statusBar.item;
    const countdown = reviewCountdownText(api.service.review);
    const ahead = countdown ? `${countdown} · ` : '';
    const period = api.service.period.label;
    assert.strictEqual(item.text, flagged ? `$(warning) ${ahead}${flagged} need evidence ${period}` : `$(pass) ${ahead}Evidence ok ${period}`);
    assert.strictEqual(item.command, 'promotionJournal.wins.focus');
  });
});

suite('Sidebar tree: following the editor, and a file\'s context menu', () => {
  let api: ExtensionUnderTest;
  const folder = journalUri('2026', 'tree-files');

  suiteSetup(async () => {
    api = await activateExtension();
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  /** A new entry, once the tree lists it. */
  async function newEntry(name: string, title: string): Promise<vscode.Uri> {
    const uri = vscode.Uri.joinPath(folder, name);
    await write(uri, `---\ntitle: ${title}\ndate: 2026-11-02\nelements: [smart-goals]\n---\n\nBody.\n`);
    await waitFor(() => api.tree.entryNodeFor(uri), (node) => node !== undefined, 5000);
    return uri;
  }

  /** Answers the next warning prompts with these buttons, recording what they asked. */
  async function answeringWarnings<T>(answers: (string | undefined)[], action: () => Thenable<T>): Promise<{ result: T; asked: string[] }> {
    const asked: string[] = [];
    const original = vscode.window.showWarningMessage;
    vscode.window.showWarningMessage = ((message: string) => {
      asked.push(message);
      return Promise.resolve(answers.shift());
    }) as typeof vscode.window.showWarningMessage;
    try {
      return { result: await action(), asked };
    } finally {
      vscode.window.showWarningMessage = original;
    }
  }

  test('the entry in the active editor is revealed and selected in the visible view', async () => {
    await vscode.commands.executeCommand('promotionJournal.wins.focus');
    const uri = journalUri('2026', '2026-07-14-repriced-q3-launch.md');
    await vscode.window.showTextDocument(uri, { preview: false });
    const selected = await waitFor(() => api.treeView.view.selection[0], (node) => node?.kind === 'entry' && node.located.uri.toString() === uri.toString(), 8000);
    assert.ok(selected?.kind === 'entry' && selected.located.uri.toString() === uri.toString(), 'the entry row is selected');
    assert.strictEqual(selected.parentKey, 'element:iterate-adapt', 'under its first element');
    assert.strictEqual(api.tree.getParent(selected) && label(api, api.tree.getParent(selected)!), 'Iterate and adapt');
  });

  test('the entry is selected when the view comes back after the rows changed while it was hidden', async () => {
    const names = ['2026-08-27-checkout-experiment.md', '2026-10-06-kpi-tree.md', '2026-03-04-okrs-for-onboarding.md'];
    for (let round = 0; round < 4; round++) {
      await vscode.commands.executeCommand('workbench.view.explorer');
      assert.strictEqual(await waitFor(() => api.treeView.view.visible, (visible) => !visible), false, `round ${round + 1}: the view is hidden`);
      const uri = journalUri('2026', names[round % names.length]);
      await vscode.window.showTextDocument(uri, { preview: false });
      // The hidden view keeps this reload for when it shows again, when the reveal arrives too.
      await api.tree.setGrouping('element');
      await vscode.commands.executeCommand('promotionJournal.wins.focus');
      const selected = await waitFor(() => api.treeView.view.selection[0], (node) => node?.kind === 'entry' && node.located.uri.toString() === uri.toString(), 4000);
      assert.ok(selected?.kind === 'entry' && selected.located.uri.toString() === uri.toString(), `round ${round + 1}: the active editor's entry is selected`);
    }
  });

  test('switching editors quickly while the rows reload leaves the active editor\'s entry selected', async () => {
    await vscode.commands.executeCommand('promotionJournal.wins.focus');
    const names = ['2026-08-27-checkout-experiment.md', '2026-10-06-kpi-tree.md', '2026-03-04-okrs-for-onboarding.md'];
    const rowOf = (node: JournalTreeNode | undefined) => (node?.kind === 'entry' ? node.located.uri.toString() : String(node?.kind));
    for (let round = 0; round < 4; round++) {
      const groupings: Thenable<void>[] = [];
      for (const name of round % 2 === 0 ? names : [...names].reverse()) {
        await vscode.window.showTextDocument(journalUri('2026', name), { preview: false });
        // Reloads the view's rows while that editor's reveal is on its way.
        groupings.push(api.tree.setGrouping('element'));
      }
      const active = vscode.window.activeTextEditor!.document.uri.toString();
      const selected = await waitFor(() => api.treeView.view.selection[0], (node) => rowOf(node) === active, 8000);
      assert.strictEqual(rowOf(selected), active, `round ${round + 1}: the active editor's entry is selected`);
      const later: string[] = [];
      const listening = api.treeView.view.onDidChangeSelection((event) => later.push(rowOf(event.selection[0])));
      try {
        // Every reload has fired, and this reveal is queued behind every one still on its way.
        await Promise.all(groupings);
        await api.treeView.revealActiveEntry();
      } finally {
        listening.dispose();
      }
      assert.ok(later.every((uri) => uri === active), `round ${round + 1}: no reveal selected another row afterwards: ${later.join(', ')}`);
      assert.strictEqual(rowOf(api.treeView.view.selection[0]), active, `round ${round + 1}: it stays selected`);
    }
  });

  test('an entry row offers Open to the Side, Reveal in Explorer View, Copy Path, Rename and Delete, hidden from the command palette', async () => {
    const { menus } = (vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { menus: Record<string, { command: string; when: string; group?: string }[]> } }).contributes;
    const onEntries = menus['view/item/context'].filter((item) => item.when === 'view == promotionJournal.wins && viewItem == entry');
    const ids = ['openEntryToSide', 'revealEntryInExplorer', 'copyEntryPath', 'renameEntry', 'deleteEntry'].map((id) => `promotionJournal.${id}`);
    for (const id of ids) {
      assert.ok(onEntries.some((item) => item.command === id && item.group), `${id} is in the entry's context menu, in a group`);
      assert.ok(menus.commandPalette.some((item) => item.command === id && item.when === 'false'), `${id} is hidden from the palette`);
    }
    const registered = await vscode.commands.getCommands(true);
    assert.ok(ids.every((id) => registered.includes(id)));
    assert.ok(['revealInExplorer', 'copyFilePath'].every((id) => registered.includes(id)), 'the VS Code commands they hand over to exist');
  });

  test('Open to the Side opens the entry beside the active editor', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.window.showTextDocument(journalUri('2026', '2026-08-27-checkout-experiment.md'));
    const node = api.tree.entryNodeFor(journalUri('2026', '2026-10-06-kpi-tree.md'));
    await vscode.commands.executeCommand('promotionJournal.openEntryToSide', node);
    const editor = await waitFor(() => vscode.window.activeTextEditor, (active) => active?.document.uri.path.endsWith('2026-10-06-kpi-tree.md') === true);
    assert.strictEqual(editor?.viewColumn, vscode.ViewColumn.Two);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('Rename asks with the file name filled in, renames in place, and never replaces a file', async () => {
    const uri = await newEntry('2026-11-02-rename-me.md', 'Rename me');
    const other = await newEntry('2026-11-02-taken.md', 'Taken');
    const original = vscode.window.showInputBox;
    let offered: vscode.InputBoxOptions | undefined;
    vscode.window.showInputBox = ((options: vscode.InputBoxOptions) => {
      offered = options;
      return Promise.resolve('2026-11-02-renamed.md');
    }) as typeof vscode.window.showInputBox;
    let renamed: vscode.Uri | undefined;
    try {
      renamed = await vscode.commands.executeCommand<vscode.Uri | undefined>('promotionJournal.renameEntry', api.tree.entryNodeFor(uri));
    } finally {
      vscode.window.showInputBox = original;
    }
    assert.strictEqual(offered?.value, '2026-11-02-rename-me.md');
    assert.deepStrictEqual(offered?.valueSelection, [0, '2026-11-02-rename-me'.length]);
    assert.strictEqual(await offered?.validateInput?.('2026-11-02-taken.md'), '2026-11-02-taken.md already exists.');
    assert.strictEqual(renamed?.toString(), vscode.Uri.joinPath(folder, '2026-11-02-renamed.md').toString());
    assert.ok(!(await exists(uri)) && (await exists(renamed!)));
    await waitFor(() => api.tree.entryNodeFor(renamed!), (node) => node !== undefined, 5000);

    const before = await read(other);
    const errors = await errorMessagesDuring(async () => vscode.commands.executeCommand('promotionJournal.renameEntry', renamed, '2026-11-02-taken.md'));
    assert.deepStrictEqual(errors, ['2026-11-02-taken.md already exists: nothing was renamed.']);
    assert.strictEqual(await read(other), before, 'the other file is untouched');
    assert.ok(await exists(renamed!), 'the entry is still there');
  });

  test('Delete asks first; cancelled, nothing goes; confirmed, the file goes to the trash, or only when asked again, for good', async () => {
    const uri = await newEntry('2026-11-02-delete-me.md', 'Delete me');
    const cancelled = await answeringWarnings([undefined], () => vscode.commands.executeCommand<boolean>('promotionJournal.deleteEntry', api.tree.entryNodeFor(uri)));
    assert.deepStrictEqual(cancelled.asked, ['Delete 2026-11-02-delete-me.md?']);
    assert.strictEqual(cancelled.result, false);
    assert.ok(await exists(uri), 'kept when cancelled');

    const confirmed = await answeringWarnings(['Move to Trash', 'Delete Permanently'], () => vscode.commands.executeCommand<boolean>('promotionJournal.deleteEntry', api.tree.entryNodeFor(uri)));
    assert.strictEqual(confirmed.result, true);
    assert.strictEqual(confirmed.asked[0], 'Delete 2026-11-02-delete-me.md?');
    if (confirmed.asked.length > 1) {
      assert.strictEqual(confirmed.asked[1], '2026-11-02-delete-me.md cannot go to the trash here. Delete it permanently?');
    }
    assert.ok(!(await exists(uri)), 'deleted');
    await waitFor(() => api.tree.entryNodeFor(uri), (node) => node === undefined, 5000);
  });

  test('Choose Journal Folder writes the folder relative to the workspace folder', async () => {
    const setting = await vscode.commands.executeCommand<string>('promotionJournal.pickJournalFolder', vscode.Uri.joinPath(workspaceUri(), 'journal'));
    try {
      assert.strictEqual(setting, 'journal');
      const inspected = vscode.workspace.getConfiguration('promotionJournal', workspaceUri()).inspect<string>('journalFolder');
      assert.strictEqual(inspected?.workspaceFolderValue ?? inspected?.workspaceValue, 'journal');
    } finally {
      await vscode.workspace.getConfiguration('promotionJournal', workspaceUri()).update('journalFolder', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
  });
});
