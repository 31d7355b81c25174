import * as assert from 'assert';
import * as vscode from 'vscode';
import { reviewCountdownText } from '../../src/core/review/reviewDate';
import { activateExtension, elementNode, entryTitlesUnder, label, plain, rootLabels, type ExtensionUnderTest } from './helpers';

suite('Sidebar tree', () => {
  let api: ExtensionUnderTest;

  suiteSetup(async () => {
    api = await activateExtension();
  });

  test('the root lists the six elements, then the untagged and problem groups', () => {
    const labels = rootLabels(api);
    assert.deepStrictEqual(labels.slice(0, 6), [
      'Understand the business context',
      'Set clear goals and objectives',
      'Anticipate future trends and challenges',
      'Iterate and adapt',
      'Align stakeholders',
      'Measure and evaluate success',
    ]);
    assert.deepStrictEqual(labels.slice(6), ['Untagged', 'Problems']);
  });

  test('an element lists its entries of every date, newest first, and says how many when they are more than the period\'s', () => {
    const node = elementNode(api, 'iterate-adapt');
    const titles = entryTitlesUnder(api, node);
    assert.ok(titles.indexOf('Paused the reporting revamp after usage data') < titles.indexOf('Ran a checkout experiment instead of a redesign'));
    assert.ok(titles.indexOf('Ran a checkout experiment instead of a redesign') < titles.indexOf('Re-scoped Q3 pricing launch after churn data'));
    const { count } = node.evidence;
    const description = String(api.tree.getTreeItem(node).description);
    assert.strictEqual(description.endsWith(` · ${titles.length} in all`), titles.length !== count, description);
  });

  test('an entry tagged with two elements appears under both', () => {
    const title = 'Re-scoped Q3 pricing launch after churn data';
    assert.ok(entryTitlesUnder(api, elementNode(api, 'iterate-adapt')).includes(title));
    assert.ok(entryTitlesUnder(api, elementNode(api, 'measure-success')).includes(title));
  });

  test('an entry has its date, a tooltip with impact and metrics, and opens its file on click', () => {
    const entry = api.tree.getChildren(elementNode(api, 'measure-success')).find((node) => label(api, node) === 'Re-scoped Q3 pricing launch after churn data');
    assert.ok(entry);
    const item = api.tree.getTreeItem(entry);
    assert.strictEqual(item.description, '14 Jul');
    const tooltip = plain(item.tooltip as vscode.MarkdownString);
    assert.ok(tooltip.includes('Impact:** Cut projected churn from 4.1% to 2.9% for the SMB tier'), tooltip);
    assert.ok(tooltip.includes('- SMB churn 4.1% -> 2.9% (projected)'), tooltip);
    assert.strictEqual(item.command?.command, 'vscode.open');
    assert.match((item.command?.arguments?.[0] as vscode.Uri).path, /2026-07-14-repriced-q3-launch\.md$/);
  });

  test('flagged elements show a warning icon, the gap, and what to log', () => {
    const flagged = api.service.evidence().filter((evidence) => evidence.status !== 'ok');
    assert.ok(flagged.length > 0, 'the fixture journal has gaps');
    for (const evidence of flagged) {
      const item = api.tree.getTreeItem(elementNode(api, evidence.element.id));
      assert.strictEqual((item.iconPath as vscode.ThemeIcon).id, 'warning');
      assert.ok(String(item.description).includes(evidence.gap), `${evidence.element.id}: "${item.description}" says "${evidence.gap}"`);
      const tooltip = plain(item.tooltip as vscode.MarkdownString);
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

  test('Group by Period lists quarters newest first, and Group by Element switches back', async () => {
    await vscode.commands.executeCommand('promotionJournal.groupByPeriod');
    assert.strictEqual(api.tree.grouping, 'period');
    const periods = api.tree.getChildren().filter((node) => node.kind === 'period').map((node) => label(api, node));
    assert.deepStrictEqual(periods, ['Q4 2026', 'Q3 2026', 'Q2 2026', 'Q1 2026']);
    await vscode.workspace.getConfiguration('promotionJournal').update('tree.periodGrouping', 'month', vscode.ConfigurationTarget.Workspace);
    try {
      const months = api.tree.getChildren().filter((node) => node.kind === 'period').map((node) => label(api, node));
      assert.strictEqual(months[0], 'November 2026');
      assert.ok(months.includes('January 2026'));
    } finally {
      await vscode.workspace.getConfiguration('promotionJournal').update('tree.periodGrouping', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('promotionJournal.groupByElement');
    }
    assert.strictEqual(api.tree.grouping, 'element');
    assert.strictEqual(rootLabels(api)[0], 'Understand the business context');
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
