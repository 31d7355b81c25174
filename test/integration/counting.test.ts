import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ReportJson } from '../../src/core/evidence/reportJson';
import { inDays } from '../../src/core/review/reviewDate';
import { activateExtension, EXTENSION_ID, journalUri, plain, waitFor, type ExtensionUnderTest } from './helpers';

/**
 * `promotion-journal report --json` on the workspace's journal, for the
 * extension's day and settings: the command line a user would run.
 */
function cliReport(api: ExtensionUnderTest): ReportJson {
  const cli = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'cli.js');
  const { reviewPeriod, fiscalYearStartMonth, thresholds } = api.service.settings;
  const args = [
    cli,
    'report',
    journalUri().fsPath,
    '--json',
    '--today',
    api.service.today,
    '--period',
    String(reviewPeriod),
    '--fiscal-start',
    String(fiscalYearStartMonth),
    '--min',
    String(thresholds.minEntries),
    '--stale-days',
    String(thresholds.staleDays),
  ];
  // The extension host's own runtime; in desktop VS Code it runs as Node only when told. No saved index is left in the user's cache folder.
  const output = execFileSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', PROMOTION_JOURNAL_CACHE: 'off' }, timeout: 30000 });
  return JSON.parse(output) as ReportJson;
}

suite('Counting: the sidebar, the status bar, the dashboard and report() agree with the command line', () => {
  let api: ExtensionUnderTest;
  let cli: ReportJson;

  suiteSetup(async () => {
    api = await activateExtension();
    // Earlier suites may still be tidying up the journal: wait until the extension has seen the files the CLI reads.
    cli = await waitFor(
      () => cliReport(api),
      (json) => JSON.stringify(json) === JSON.stringify(api.report()),
      10000,
    );
  });

  test('report() is the JSON of `report --json` for the same day and settings', () => {
    assert.deepStrictEqual(api.report(), cli);
    // The fixture has wins in both halves of 2026: whatever today is, some lie outside the period.
    assert.ok(cli.elements.some((element) => element.allTime !== element.count), 'some wins lie outside the period');
  });

  test('each element of the tree shows the period\'s count, and says the all-time count of the CLI, and lists that many entries', () => {
    const label = cli.period.label;
    const nodes = api.tree.getChildren().filter((node) => node.kind === 'element');
    assert.deepStrictEqual(nodes.map((node) => node.evidence.element.id), cli.elements.map((element) => element.id));
    for (const [index, node] of nodes.entries()) {
      const expected = cli.elements[index];
      const item = api.tree.getTreeItem(node);
      // The row: the period's wins ("4 wins"), or of the minimum when flagged ("1/3 · 6 wk ago").
      const row = String(item.description);
      assert.ok(row === `${expected.count} ${expected.count === 1 ? 'win' : 'wins'}` || row.startsWith(`${expected.count}/${api.service.settings.thresholds.minEntries} · `), `${expected.id}: "${row}"`);
      // What a screen reader hears says it in full.
      const description = (item.accessibilityInformation?.label ?? '').replace(/^[^:]*: /, '').replace(/, needs evidence$/, '');
      // The period's number, named by the period: the thin and never-logged gaps state it themselves.
      const periodPart =
        expected.status === 'thin'
          ? `${expected.count} of ${api.service.settings.thresholds.minEntries} ${label}`
          : expected.status === 'missing' && expected.latest === null
            ? `none ${label}`
            : `${expected.count} ${expected.count === 1 ? 'win' : 'wins'} ${label}`;
      assert.ok(description.startsWith(periodPart), `${expected.id}: "${description}" starts with "${periodPart}"`);
      assert.strictEqual(description.endsWith(` · ${expected.allTime} in all`), expected.allTime !== expected.count, `${expected.id}: "${description}"`);
      assert.strictEqual(api.tree.getChildren(node).length, expected.allTime, `${expected.id}: the entries listed are the all-time count`);
      const tooltip = plain(item.tooltip as vscode.MarkdownString);
      assert.ok(tooltip.includes(`${expected.count} ${expected.count === 1 ? 'win' : 'wins'} ${label} (`), tooltip);
      assert.ok(tooltip.includes(`${expected.strong} with a measured result; ${expected.allTime} in all, of any date.`), tooltip);
    }
  });

  test('the status bar counts the elements the CLI flags, for the same period, and names each', () => {
    const flagged = cli.elements.filter((element) => element.status !== 'ok');
    const item = api.statusBar.item;
    // The CLI's review object is the same countdown the status bar starts with.
    const ahead = cli.review.daysLeft !== null && cli.review.daysLeft >= 0 ? `Review ${inDays(cli.review.daysLeft)} · ` : '';
    assert.strictEqual(item.text, flagged.length > 0 ? `$(warning) ${ahead}${flagged.length} need evidence ${cli.period.label}` : `$(pass) ${ahead}Evidence ok ${cli.period.label}`);
    const tooltip = plain(item.tooltip as vscode.MarkdownString);
    for (const element of cli.elements) {
      assert.strictEqual(tooltip.includes(`**${element.label}**`), element.status !== 'ok', `${element.id} in "${tooltip}"`);
    }
  });

  test('the dashboard\'s headline gives the CLI\'s wins, and its verdict the CLI\'s flags', async () => {
    await vscode.commands.executeCommand('promotionJournal.showDashboard');
    try {
      const html = api.dashboard.webviewPanel!.webview.html;
      const flagged = cli.elements.filter((element) => element.status !== 'ok').length;
      assert.ok(html.includes(`: ${cli.wins} ${cli.wins === 1 ? 'win' : 'wins'}, `), 'the headline counts the wins');
      assert.ok(flagged === 0 || html.includes(`${flagged} of ${cli.elements.length} elements need evidence.`), 'the verdict counts the flags');
    } finally {
      api.dashboard.webviewPanel?.dispose();
    }
  });
});
