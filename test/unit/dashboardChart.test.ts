import * as assert from 'assert';
import { evidenceChart, winsPerMonthChart } from '../../src/core/render/dashboardChart';
import { statusMark } from '../../src/core/render/dashboardStatus';
import type { EvidenceStatus } from '../../src/core/evidence/evidence';
import { DEFAULT_ELEMENTS, type StrategicElement } from '../../src/core/elements/elements';
import type { JournalEntry } from '../../src/core/entries/entry';
import type { Period } from '../../src/core/dates/periods';
import { buildReport, type JournalReport } from '../../src/core/evidence/report';
import { makeEntry } from './helpers';
import { assertWellFormed } from './wellFormed';

const H2: Period = { start: '2026-07-01', end: '2026-12-31', label: 'this half' };
const TODAY = '2026-11-26';

/** Three measured wins for iterate-adapt, one weak for smart-goals, nothing else. */
function journal(): JournalEntry[] {
  return [
    makeEntry({ date: '2026-07-14', elements: ['iterate-adapt'], impact: 'Churn 4.1% -> 2.9%' }),
    makeEntry({ date: '2026-08-27', elements: ['iterate-adapt'], metrics: ['Conversion +3pp'] }),
    makeEntry({ date: '2026-11-20', elements: ['iterate-adapt', 'smart-goals'], impact: 'Saved $120k' }),
    makeEntry({ date: '2026-10-06', elements: ['smart-goals'], impact: 'The team agreed' }),
  ];
}

function report(entries = journal(), elements: readonly StrategicElement[] = DEFAULT_ELEMENTS, period = H2): JournalReport {
  return buildReport(entries, elements, period, TODAY, { minEntries: 3, staleDays: 45 });
}

/** The attributes of every element of a kind, in order. */
function shapes(svg: string, selector: RegExp): Record<string, string>[] {
  return [...svg.matchAll(selector)].map((match) => Object.fromEntries([...match[0].matchAll(/([\w-]+)="([^"]*)"/g)].map(([, key, value]) => [key, value])));
}

function row(svg: string, id: string): string {
  const start = svg.indexOf(`<g class="row" data-element="${id}">`);
  assert.ok(start >= 0, `a row for ${id}`);
  return svg.slice(start, svg.indexOf('</g>', start));
}

suite('dashboard chart: evidence per element', () => {
  test('is well-formed SVG named for screen readers: role, title and description', () => {
    const svg = evidenceChart(report());
    assertWellFormed(svg);
    assert.match(svg, /^<svg class="chart" id="evidence-chart" viewBox="0 0 640 \d+"[^>]* role="img" aria-labelledby="evidence-chart-title evidence-chart-desc"/);
    assert.ok(svg.includes('<title id="evidence-chart-title">Wins per element this half against the minimum of 3</title>'));
    assert.ok(svg.includes('Iterate and adapt: 3 wins, 3 with a measured result, ok.'), 'the description states each figure');
    assert.ok(svg.includes('Set clear goals and objectives: 2 wins, 1 with a measured result, thin: 2 of 3 this half.'));
  });

  test('one row per element in the framework order, each with its label, status and figures as text', () => {
    const svg = evidenceChart(report());
    const order = [...svg.matchAll(/data-element="([^"]+)"/g)].map((match) => match[1]);
    assert.deepStrictEqual(order, DEFAULT_ELEMENTS.map((element) => element.id));
    const goals = row(svg, 'smart-goals');
    assert.ok(goals.includes('>Set clear goals and objectives<tspan class="status-text status-thin" dx="10">thin: 2 of 3 this half</tspan></text>'), 'the status follows the label');
    assert.ok(goals.includes('>2 wins, 1 measured</text>'));
    assert.ok(row(svg, 'future-trends').includes('>missing: none this half</tspan>'));
    assert.ok(row(svg, 'iterate-adapt').includes('>ok</tspan>'));
  });

  test('bars grow with the count, the measured bar never exceeds it, and the minimum line sits at the minimum', () => {
    const svg = evidenceChart(report());
    const width = (id: string, kind: 'count' | 'strong') => Number(shapes(row(svg, id), new RegExp(`<rect class="${kind}[^"]*"[^>]*>`, 'g'))[0]?.width ?? 0);
    assert.ok(width('iterate-adapt', 'count') > width('smart-goals', 'count'));
    assert.strictEqual(width('smart-goals', 'count'), (width('iterate-adapt', 'count') * 2) / 3);
    assert.ok(width('smart-goals', 'strong') < width('smart-goals', 'count'));
    assert.strictEqual(width('future-trends', 'strong'), 0, 'no measured bar without measured wins');
    assert.ok(width('future-trends', 'count') > 0, 'a missing element keeps a sliver of its colour');
    const marks = shapes(svg, /<line class="minimum"[^>]*>/g);
    assert.strictEqual(marks.length, DEFAULT_ELEMENTS.length, 'a mark across each row\'s bars');
    for (const mark of marks) {
      assert.strictEqual(Number(mark.x1), width('iterate-adapt', 'count'), 'three wins reach the minimum of three');
    }
    assert.ok(svg.includes('>minimum 3</text>'));
  });

  test('a status is told by more than colour: each row starts with its mark, and thin or stale bars are hatched', () => {
    const stale = [makeEntry({ date: '2026-07-02', elements: ['business-context'] }), makeEntry({ date: '2026-07-03', elements: ['business-context'] }), makeEntry({ date: '2026-07-04', elements: ['business-context'] })];
    const svg = evidenceChart(report([...journal(), ...stale]));
    assert.ok(svg.includes('<pattern id="evidence-chart-hatch"'), 'the chart defines its hatching');
    const expected: Record<string, string> = { 'iterate-adapt': 'ok', 'smart-goals': 'thin', 'business-context': 'stale', 'future-trends': 'missing' };
    for (const [id, status] of Object.entries(expected)) {
      const shown = row(svg, id);
      assert.match(shown, new RegExp(`^<g class="row" data-element="${id}"><title>[^<]*</title><svg class="status-mark status-${status}"[^>]* data-status="${status}">`), `${id} starts with the ${status} mark`);
      const hatched = shown.includes('<rect class="hatch"') && shown.includes('fill="url(#evidence-chart-hatch)"');
      assert.strictEqual(hatched, status === 'thin' || status === 'stale', `${id} (${status}) hatched: ${hatched}`);
    }
  });

  test('the marks differ in shape, not only in colour; thin and stale share one, as they share the legend', () => {
    const shapeOf = (status: EvidenceStatus) => /<svg class="status-mark[^>]*>(.*?)<\/svg>/.exec(statusMark(status))![1];
    const shapes = new Set((['ok', 'thin', 'missing'] as const).map(shapeOf));
    assert.strictEqual(shapes.size, 3);
    assert.strictEqual(shapeOf('stale'), shapeOf('thin'));
    for (const status of ['ok', 'thin', 'stale', 'missing'] as const) {
      assertWellFormed(statusMark(status));
      assert.match(statusMark(status), /aria-hidden="true"/, 'the status is also written as text, so the mark is hidden from screen readers');
    }
  });

  test('the status is a class on the bar, for the stylesheet to colour', () => {
    const svg = evidenceChart(report());
    assert.match(row(svg, 'iterate-adapt'), /<rect class="count status-ok"/);
    assert.match(row(svg, 'smart-goals'), /<rect class="count status-thin"/);
    assert.match(row(svg, 'future-trends'), /<rect class="count status-missing"/);
  });

  test('no colour is hard-coded: only currentColor, none, the chart\'s own hatching, and classes', () => {
    for (const svg of [evidenceChart(report()), winsPerMonthChart(report())]) {
      assert.doesNotMatch(svg, /#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i);
      for (const [, attribute, value] of svg.matchAll(/\b(fill|stroke|color)="([^"]*)"/g)) {
        assert.ok(value === 'currentColor' || value === 'none' || value === 'url(#evidence-chart-hatch)', `${attribute}="${value}"`);
      }
      assert.doesNotMatch(svg, /\sstyle=/, 'a style attribute would be blocked by the content security policy');
    }
  });

  test('labels from a custom framework are escaped, and long ones shortened with the full text in the tooltip', () => {
    const long = 'Lead the architecture of systems that span several teams and outlive the project';
    const elements: StrategicElement[] = [
      { id: 'tricky', label: '<script>alert("x")</script> & co', description: '', prompts: [], icon: 'rocket' },
      { id: 'long', label: long, description: '', prompts: [], icon: 'rocket' },
    ];
    const svg = evidenceChart(report([], elements));
    assertWellFormed(svg);
    assert.ok(!svg.includes('<script>'));
    assert.ok(svg.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co'));
    const longRow = row(svg, 'long');
    assert.ok(longRow.includes(`<title>${long}: 0 wins`), 'the tooltip has the whole label');
    const shown = /<text class="label"[^>]*>([^<]*)<tspan/.exec(longRow)![1];
    assert.ok(shown.endsWith('…') && shown.length <= 48, shown);
  });
});

suite('dashboard chart: wins per month', () => {
  test('one bar group per month of the period, named by month, the year under the first month and January', () => {
    const svg = winsPerMonthChart(report());
    assertWellFormed(svg);
    assert.deepStrictEqual(
      [...svg.matchAll(/data-month="([^"]+)"/g)].map((match) => match[1]),
      ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'],
    );
    assert.deepStrictEqual([...svg.matchAll(/<text class="label"[^>]*>([^<]*)</g)].map((match) => match[1]), ['Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    assert.deepStrictEqual([...svg.matchAll(/<text class="muted"[^>]*>([^<]*)</g)].map((match) => match[1]), ['2026']);
    assert.match(svg, /role="img" aria-labelledby="months-chart-title months-chart-desc"/);
    assert.ok(svg.includes('Wins per month, 1 Jul – 31 Dec 2026: 4 wins'));
    assert.ok(svg.includes('Nov 2026: 1 win, 1 with a measured result.'));
  });

  test('bar heights follow the wins; the measured part stands on the same foot and is never taller', () => {
    const svg = winsPerMonthChart(report());
    const month = (key: string) => svg.slice(svg.indexOf(`data-month="${key}"`), svg.indexOf('</g>', svg.indexOf(`data-month="${key}"`)));
    const [july] = shapes(month('2026-07'), /<rect class="wins"[^>]*>/g);
    const [julyStrong] = shapes(month('2026-07'), /<rect class="strong"[^>]*>/g);
    const [october] = shapes(month('2026-10'), /<rect class="wins"[^>]*>/g);
    assert.strictEqual(Number(july.height), Number(october.height), 'one win each');
    assert.strictEqual(Number(julyStrong.height), Number(july.height));
    assert.strictEqual(Number(julyStrong.y) + Number(julyStrong.height), Number(july.y) + Number(july.height));
    assert.strictEqual(shapes(month('2026-10'), /<rect class="strong"[^>]*>/g).length, 0, 'the October win states no number');
    assert.strictEqual(shapes(month('2026-12'), /<rect[^>]*>/g).length, 0, 'no bar for an empty month');
    assert.ok(month('2026-12').includes('>0</text>'), 'but its figure is written');
  });

  test('a long period names only some months, so that names never overlap', () => {
    const decade: Period = { start: '2016-12-01', end: '2026-11-26', label: 'in the last 3648 days' };
    const svg = winsPerMonthChart(report(journal(), DEFAULT_ELEMENTS, decade));
    assertWellFormed(svg);
    assert.strictEqual([...svg.matchAll(/data-month=/g)].length, 120);
    const named = [...svg.matchAll(/<text class="label"/g)].length;
    assert.ok(named >= 10 && named <= 12, `${named} month names`);
  });

  test('an empty journal still draws the months, each with a zero', () => {
    const svg = winsPerMonthChart(report([]));
    assertWellFormed(svg);
    assert.strictEqual([...svg.matchAll(/>0<\/text>/g)].length, 6);
    assert.ok(!svg.includes('NaN') && !svg.includes('Infinity'));
  });
});
