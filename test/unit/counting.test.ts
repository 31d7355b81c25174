import * as assert from 'assert';
import { totalsSentence, winsText } from '../../src/core/evidence/countText';
import { renderDashboardHtml } from '../../src/core/render/dashboardHtml';
import { DEFAULT_ELEMENTS, ElementMatcher } from '../../src/core/elements/elements';
import type { JournalEntry } from '../../src/core/entries/entry';
import { buildPacket } from '../../src/core/packet/packet';
import { parseEntry } from '../../src/core/entries/parseEntry';
import { reviewPeriod } from '../../src/core/dates/periods';
import { buildReport } from '../../src/core/evidence/report';
import { reportJson } from '../../src/core/evidence/reportJson';
import { renderCheckSummary, renderReportText } from '../../src/core/render/reportText';
import { evidenceStatusBarText } from '../../src/core/render/statusBarText';
import { elementDescription } from '../../src/core/render/treeText';
import { lines } from './helpers';

/*
 * One journal, every surface: the numbers of docs/counting.md. The journal has
 * what makes surfaces disagree when each counts on its own: a win with two
 * elements, untagged and broken entries, an unknown element, confidential
 * entries, an undated entry, and entries before and after the period.
 */

const TODAY = '2026-06-20';
const PERIOD = reviewPeriod('half', TODAY);
const THRESHOLDS = { minEntries: 2, staleDays: 45 };

const FILES: Record<string, string> = {
  '2025/2025-11-03-old.md': lines('---', 'title: Sized the market', 'elements: [business-context]', '---'),
  '2026/2026-01-20-pricing.md': lines('---', 'title: Pricing thesis', 'elements: [business-context]', 'impact: 14 of 20 lost deals cited seat pricing', '---'),
  '2026/2026-02-10-okrs.md': lines('---', 'title: Onboarding OKRs', 'elements: [smart-goals, measure-success]', 'metrics: [Time-to-value 6.5 days -> 2 days]', '---'),
  '2026/2026-02-20-kpi.md': lines('---', 'title: KPI review', 'elements: [measure-success]', '---'),
  '2026/2026-03-05-exec.md': lines('---', 'title: Exec sign-off', 'elements: align-stakeholders', 'impact: Three VPs committed headcount', '---'),
  '2026/2026-03-10-broken.md': lines('---', 'title: Broken', 'elements: [iterate-adapt', '---'),
  '2026/2026-04-01-unknown.md': lines('---', 'title: Competitor move', 'elements: [vision-setting, future-trends]', '---'),
  '2026/2026-05-30-secret.md': lines('---', 'title: Secret reorg', 'elements: [align-stakeholders, business-context]', 'impact: Merged two teams of 12', 'confidential: true', '---'),
  '2026/2026-06-01-notes.md': lines('# Notes from the kickoff', 'No frontmatter: untagged.'),
  '2026/2026-06-15-secret-notes.md': lines('---', 'title: Secret notes', 'confidential: true', '---'),
  '2026/2026-07-02-next.md': lines('---', 'title: Next half', 'elements: [smart-goals]', '---'),
  'notes/undated.md': lines('---', 'title: Undated', 'elements: [iterate-adapt]', '---'),
};

function journal(): JournalEntry[] {
  const matcher = new ElementMatcher();
  return Object.entries(FILES).map(([path, text]) => parseEntry(path, text, matcher));
}

/** Per element: its wins this half, with a measured result, of any date, status; and the sidebar's description. */
const EXPECTED: Record<string, [number, number, number, string, string]> = {
  'business-context': [2, 2, 3, 'ok', '2 wins this half · 3 in all'],
  'smart-goals': [1, 1, 2, 'thin', '1 of 2 this half · 2 in all'],
  'future-trends': [1, 0, 1, 'thin', '1 of 2 this half'],
  'iterate-adapt': [0, 0, 1, 'missing', 'none this half · 1 in all'],
  'align-stakeholders': [2, 1, 2, 'ok', '2 wins this half'],
  'measure-success': [2, 1, 2, 'stale', '2 wins this half, none since 20 Feb'],
};

suite('counting: one journal, the same numbers on every surface', () => {
  const report = buildReport(journal(), DEFAULT_ELEMENTS, PERIOD, TODAY, THRESHOLDS);
  const json = reportJson(report);

  test('the totals: entries of the period, wins once each, untagged, strong wins', () => {
    // Dated in the half: 9 entries (the broken one by its file name, the notes without frontmatter, two confidential ones).
    assert.deepStrictEqual(report.totals, { entries: 9, wins: 6, strongWins: 3, untagged: 3 });
    assert.strictEqual(report.entryCount, report.totals.entries);
    assert.deepStrictEqual([json.entries, json.wins, json.period], [9, 6, { start: '2026-01-01', end: '2026-06-30', label: 'this half' }]);
  });

  test('per element: the JSON, the evidence and the sidebar say the same', () => {
    for (const evidence of report.evidence) {
      const [count, strong, allTime, status, description] = EXPECTED[evidence.element.id];
      const item = json.elements.find((element) => element.id === evidence.element.id)!;
      assert.deepStrictEqual([item.count, item.strong, item.allTime, item.status], [count, strong, allTime, status], evidence.element.id);
      assert.deepStrictEqual([evidence.count, evidence.strong, evidence.allTime, evidence.status], [count, strong, allTime, status], evidence.element.id);
      assert.strictEqual(elementDescription(evidence, PERIOD), description);
    }
  });

  test('a win with two elements counts once in the total, once for each element', () => {
    const perElement = report.evidence.reduce((sum, evidence) => sum + evidence.count, 0);
    assert.strictEqual(perElement, 8);
    assert.strictEqual(report.totals.wins, 6);
  });

  test('the status bar counts the elements the report flags, for the same period', () => {
    const { text, tooltip } = evidenceStatusBarText(report.evidence, report.period);
    const flagged = json.elements.filter((element) => element.status !== 'ok');
    assert.strictEqual(text, `$(warning) ${flagged.length} need evidence this half`);
    assert.strictEqual(flagged.length, report.gaps.length);
    for (const element of json.elements) {
      assert.strictEqual(tooltip.value.includes(`**${element.label}**`), element.status !== 'ok', element.id);
    }
    assert.ok(tooltip.value.startsWith('4 of 6 strategic elements need evidence this half (1 Jan – 30 Jun 2026):'), tooltip.value);
  });

  test('the dashboard: the same totals, verdict and per-element wins; the months add up to the wins', () => {
    const html = renderDashboardHtml(report, { cspSource: 'https://example', nonce: 'n0nce', styleUri: 'https://example/style.css', scriptUri: 'https://example/dashboard.js' });
    assert.ok(html.includes(`<strong>This half</strong> (1 Jan – 30 Jun 2026): ${totalsSentence(report.totals)} 4 of 6 elements need evidence.`), html);
    assert.ok(html.includes('6 wins, 3 with a measured result. 3 more entries have no element.'));
    for (const element of json.elements) {
      assert.ok(html.includes(`${element.label}: ${winsText(element.count)}, ${element.strong} with a measured result,`), element.id);
    }
    assert.strictEqual(report.winsPerMonth.reduce((sum, month) => sum + month.wins, 0), json.wins);
    assert.ok(html.includes('Wins per month, 1 Jan – 30 Jun 2026: 6 wins'), 'the months chart totals the wins');
  });

  test('the command line: the same totals, table and verdict', () => {
    const text = renderReportText(report);
    assert.ok(text.startsWith('Evidence this half (1 Jan – 30 Jun 2026), as of 20 Jun 2026: 6 wins, 3 with a measured result. 3 more entries have no element.\n'), text);
    for (const element of json.elements) {
      assert.match(text, new RegExp(`^${element.label} +${element.status} +${element.count} +${element.strong} `, 'm'));
    }
    assert.strictEqual(renderCheckSummary(report), '2 of 6 elements have enough evidence this half (1 Jan – 30 Jun 2026).\n');
  });

  test('the packet: the same counts for what it shares; with the confidential entries left out, the entries add up', () => {
    const packet = buildPacket(journal(), DEFAULT_ELEMENTS, PERIOD, TODAY, THRESHOLDS);
    const shared = buildReport(journal().filter((entry) => !entry.confidential), DEFAULT_ELEMENTS, PERIOD, TODAY, THRESHOLDS);
    assert.deepStrictEqual(packet.report.totals, shared.totals);
    assert.strictEqual(packet.confidentialLeftOut, 2);
    assert.strictEqual(packet.report.totals.wins + packet.report.totals.untagged + packet.confidentialLeftOut, report.totals.entries);
    assert.ok(packet.markdown.includes('5 wins logged from 1 Jan – 30 Jun 2026, as of 20 Jun 2026. 2 confidential entries are left out. 2 more entries have no strategic element and are not listed.'), packet.markdown);
    const rows = coverageRows(packet.markdown);
    for (const evidence of shared.evidence) {
      assert.deepStrictEqual(rows.get(evidence.element.label), [String(evidence.count), String(evidence.strong)], evidence.element.id);
    }
    // The secret reorg is the one difference: one win less for each of its two elements.
    assert.deepStrictEqual(rows.get('Align stakeholders'), ['1', '0']);
    assert.deepStrictEqual(rows.get('Understand the business context'), ['1', '1']);
  });

  test('without confidential entries the packet counts exactly what the report counts', () => {
    const open = journal().filter((entry) => !entry.confidential);
    const rows = coverageRows(buildPacket(open, DEFAULT_ELEMENTS, PERIOD, TODAY, THRESHOLDS).markdown);
    for (const element of reportJson(buildReport(open, DEFAULT_ELEMENTS, PERIOD, TODAY, THRESHOLDS)).elements) {
      assert.deepStrictEqual(rows.get(element.label), [String(element.count), String(element.strong)], element.id);
    }
  });
});

/** The packet's coverage table: label -> [wins, with a measured result]. */
function coverageRows(markdown: string): Map<string, string[]> {
  const table = markdown.split('## Coverage')[1].split('\n## ')[0];
  const rows = table.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Strategic element') && !line.startsWith('| ---'));
  return new Map(rows.map((row) => row.slice(2, -2).split(' | ')).map(([label, wins, strong]) => [label, [wins, strong]]));
}
