import * as fs from 'fs';
import * as path from 'path';
import * as assert from 'assert';
import { renderDashboardHtml, type DashboardPage } from '../../src/core/render/dashboardHtml';
import { parseDashboardMessage } from '../../src/core/render/dashboardMessage';
import { DEFAULT_ELEMENTS } from '../../src/core/elements/elements';
import type { JournalEntry } from '../../src/core/entries/entry';
import { escapeMarkup } from '../../src/core/text/markup';
import type { Period } from '../../src/core/dates/periods';
import { buildReport } from '../../src/core/evidence/report';
import { makeEntry } from './helpers';
import { assertWellFormed } from './wellFormed';

const H2: Period = { start: '2026-07-01', end: '2026-12-31', label: 'this half' };
const TODAY = '2026-11-26';
const PAGE: DashboardPage = { cspSource: 'https://file+.vscode-resource.example', nonce: 'n0nce123', styleUri: 'https://file+.vscode-resource.example/media/dashboard.css', scriptUri: 'https://file+.vscode-resource.example/media/dashboard.js' };

const hostile = makeEntry({
  path: '2026/evil "quoted" <path>.md',
  title: '<script>alert("pwned")</script> & <img src=x onerror=alert(1)>',
  date: '2026-11-02',
  elements: ['measure-success', 'iterate-adapt'],
  impact: 'Churn <b>4.1%</b> -> 2.9%',
  metrics: ['a', 'b', 'c'],
});
const pricing = makeEntry({
  path: '2026/2026-07-14-repriced-q3-launch.md',
  title: 'Re-scoped Q3 pricing launch after churn data',
  date: '2026-07-14',
  elements: ['iterate-adapt', 'measure-success'],
  impact: 'Cut projected churn from 4.1% to 2.9% for the SMB tier',
});
const weak = makeEntry({ path: 'weak.md', title: 'Hallway notes', date: '2026-11-18', elements: ['align-stakeholders'], impact: 'People liked it' });

function render(entries: JournalEntry[] = [hostile, pricing, weak], page: DashboardPage = PAGE): string {
  return renderDashboardHtml(buildReport(entries, DEFAULT_ELEMENTS, H2, TODAY, { minEntries: 2, staleDays: 45 }), page);
}

suite('dashboard page', () => {
  test('is a well-formed page', () => {
    assertWellFormed(render());
    assertWellFormed(render([]));
  });

  test('a strict content security policy: nothing by default, the stylesheet from the webview, only the script with the nonce', () => {
    const html = render();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(policy, 'the page declares a policy');
    const directives = new Map(policy.split(';').map((part) => part.trim()).filter(Boolean).map((part) => [part.split(' ')[0], part.split(' ').slice(1).join(' ')]));
    assert.strictEqual(directives.get('default-src'), "'none'");
    assert.strictEqual(directives.get('script-src'), "'nonce-n0nce123'");
    assert.strictEqual(directives.get('style-src'), PAGE.cspSource);
    assert.strictEqual(directives.get('img-src'), `${PAGE.cspSource} data:`);
    assert.ok(!policy.includes('unsafe'), 'no unsafe-inline or unsafe-eval');
    assert.deepStrictEqual([...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]), [`<script nonce="n0nce123" src="${PAGE.scriptUri}">`], 'one script, with the nonce');
    assert.ok(html.includes(`<link rel="stylesheet" href="${PAGE.styleUri}">`));
  });

  test('nothing remote, no inline styles or event handlers', () => {
    const html = render();
    const withoutOwnOrigin = html.split(PAGE.cspSource).join('');
    assert.doesNotMatch(withoutOwnOrigin, /https?:\/\//, 'no URL but the webview\'s own resources');
    assert.doesNotMatch(html, /\sstyle=/);
    assert.doesNotMatch(html, /<[^>]+\son[a-z]+=/i, 'no inline event handler');
  });

  test('user text is escaped everywhere: titles, impacts, paths in attributes', () => {
    const html = render();
    assert.ok(!html.includes('<script>alert'), 'the title cannot open a script');
    assert.ok(!html.includes('<img'), 'nor an image');
    assert.ok(!html.includes('<b>4.1%</b>'));
    assert.ok(html.includes('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(html.includes('Churn &lt;b&gt;4.1%&lt;/b&gt; -&gt; 2.9%'));
    assert.ok(html.includes(`data-path="${escapeMarkup(hostile.path)}"`), 'the path stays inside its attribute');
    assert.ok(html.includes('data-path="2026/evil &quot;quoted&quot; &lt;path&gt;.md"'));
  });

  test('every element appears, in the chart and by name', () => {
    const html = render();
    for (const element of DEFAULT_ELEMENTS) {
      assert.ok(html.includes(`data-element="${element.id}"`), element.id);
      assert.ok(html.includes(element.label), element.label);
    }
  });

  test('each gap shows its status, description, prompts and a button that logs a win for it; elements that are ok do not', () => {
    const html = render();
    const gaps = DEFAULT_ELEMENTS.filter((element) => !['iterate-adapt', 'measure-success'].includes(element.id));
    for (const element of gaps) {
      assert.ok(html.includes(`<h3 id="gap-${element.id}">${element.label}</h3>`), element.id);
      for (const prompt of element.prompts) {
        assert.ok(html.includes(`<li>${escapeMarkup(prompt)}</li>`), prompt);
      }
      assert.ok(html.includes(`<button type="button" data-action="logWin" data-element="${element.id}"`), element.id);
    }
    assert.ok(html.includes('thin: 1 of 2 this half'), 'align-stakeholders has one win of two');
    assert.ok(html.includes('missing: none this half'));
    for (const id of ['iterate-adapt', 'measure-success']) {
      assert.ok(!html.includes(`data-action="logWin" data-element="${id}"`), `${id} is ok: no gap card`);
    }
    assert.strictEqual([...html.matchAll(/>Log a win for this</g)].length, gaps.length);
  });

  test('every status shows with its mark as well as its colour: in the legend and on each gap card', () => {
    const html = render();
    const legend = html.slice(html.indexOf('<ul class="legend">'), html.indexOf('</ul>'));
    for (const [status, words] of [['ok', 'ok'], ['thin', 'thin or stale'], ['missing', 'missing']]) {
      assert.match(legend, new RegExp(`<li><svg class="swatch"[^]*?<svg class="status-mark status-${status}"[^]*?</svg>${words}</li>`), status);
    }
    assert.ok(legend.includes('fill="url(#evidence-chart-hatch)"'), 'the legend shows the hatching of thin bars');
    assert.ok(html.includes('<pattern id="evidence-chart-hatch"'), 'which the chart defines');
    const card = (id: string) => html.slice(html.indexOf(`<h3 id="gap-${id}">`), html.indexOf('</article>', html.indexOf(`<h3 id="gap-${id}">`)));
    assert.match(card('align-stakeholders'), /<span class="badge"><svg class="status-mark status-thin"[^>]*>.*<\/svg>thin: 1 of 2 this half<\/span>/);
    assert.match(card('future-trends'), /<span class="badge"><svg class="status-mark status-missing"[^>]*>.*<\/svg>missing: none this half<\/span>/);
  });

  test('the strongest entries: best first, with date, impact and elements, each opening its file', () => {
    const html = render([hostile, pricing, weak], { ...PAGE, journalOf: (entry) => (entry === pricing ? 1 : 0) });
    const strongest = html.slice(html.indexOf('<ol class="strongest">'), html.indexOf('</ol>'));
    const paths = [...strongest.matchAll(/data-path="([^"]*)" data-journal="(\d+)"/g)].map((match) => [match[1], match[2]]);
    assert.deepStrictEqual(paths, [
      [escapeMarkup(hostile.path), '0'],
      [pricing.path, '1'],
    ], 'three metrics first; the weak entry is not strong');
    assert.ok(strongest.includes('>Re-scoped Q3 pricing launch after churn data</span>'));
    assert.ok(strongest.includes('<span class="entry-date">14 Jul</span>'));
    assert.ok(strongest.includes('<p class="impact">Cut projected churn from 4.1% to 2.9% for the SMB tier</p>'));
    assert.ok(strongest.includes('Iterate and adapt · Measure and evaluate success'));
    assert.ok(!strongest.includes('Hallway notes'));
  });

  test('the summary states the period and the totals; an empty journal says what to do', () => {
    const html = render();
    assert.ok(html.includes('<strong>This half</strong> (1 Jul – 31 Dec 2026): 3 wins, 2 with a measured result. 4 of 6 elements need evidence.'));
    const empty = render([]);
    assert.ok(empty.includes('0 wins, 0 with a measured result. 6 of 6 elements need evidence.'));
    assert.ok(empty.includes('No win in this period states a measured result yet.'));
    assert.strictEqual([...empty.matchAll(/data-action="logWin"/g)].length, 6);
  });

  test('entries with problems are pointed out', () => {
    const broken = makeEntry({ path: 'broken.md', title: 'Broken', problems: [{ code: 'frontmatter-invalid', message: 'Invalid YAML' }] });
    assert.ok(render([pricing, broken]).includes('1 entry has a problem'));
    assert.ok(!render([pricing]).includes('has a problem'));
  });

  test('the page loads its one script from the extension, with the nonce', () => {
    assert.ok(render().includes(`<script nonce="n0nce123" src="${PAGE.scriptUri}"></script>`));
  });

  test('the built script turns button clicks into exactly the messages the extension accepts', () => {
    const posted = clicksThroughDashboardScript([
      { action: 'openEntry', path: '2026/a.md', journal: '1' },
      { action: 'logWin', element: 'smart-goals' },
      { action: 'logWin' },
      { action: 'somethingElse', path: 'x.md' },
    ]);
    assert.deepStrictEqual(posted, [
      { type: 'openEntry', path: '2026/a.md', journalIndex: 1 },
      { type: 'logWin', elementId: 'smart-goals' },
    ]);
    for (const message of posted) {
      assert.deepStrictEqual(parseDashboardMessage(message), message);
    }
  });
});

/** Runs media/dashboard.js (built by scripts/build.js) against a minimal page and clicks a button per dataset; returns what it posted. */
function clicksThroughDashboardScript(buttons: readonly Record<string, string>[]): unknown[] {
  const code = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'media', 'dashboard.js'), 'utf8');
  const posted: unknown[] = [];
  const listeners = new Map<string, (event: unknown) => void>();
  class FakeElement {
    constructor(readonly dataset: Record<string, string>) {}
    closest(): FakeElement {
      return this;
    }
  }
  const vscodeApi = { postMessage: (message: unknown) => posted.push(message), getState: () => undefined, setState: () => undefined };
  const page = { addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener), scrollTo: () => undefined, scrollY: 0 };
  new Function('acquireVsCodeApi', 'window', 'document', 'Element', code)(() => vscodeApi, page, page, FakeElement);
  for (const dataset of buttons) {
    listeners.get('click')!({ target: new FakeElement(dataset) });
  }
  return posted;
}

suite('dashboard messages', () => {
  test('well-formed messages are read', () => {
    assert.deepStrictEqual(parseDashboardMessage({ type: 'openEntry', path: 'a/b.md', journalIndex: 1 }), { type: 'openEntry', path: 'a/b.md', journalIndex: 1 });
    assert.deepStrictEqual(parseDashboardMessage({ type: 'openEntry', path: 'a.md' }), { type: 'openEntry', path: 'a.md', journalIndex: 0 });
    assert.deepStrictEqual(parseDashboardMessage({ type: 'logWin', elementId: 'smart-goals' }), { type: 'logWin', elementId: 'smart-goals' });
  });

  test('anything else is refused', () => {
    for (const message of [
      undefined,
      null,
      'openEntry',
      {},
      { type: 'openEntry' },
      { type: 'openEntry', path: '' },
      { type: 'openEntry', path: 42 },
      { type: 'openEntry', path: 'a.md', journalIndex: -1 },
      { type: 'openEntry', path: 'a.md', journalIndex: 0.5 },
      { type: 'openEntry', path: 'a.md', journalIndex: '0' },
      { type: 'openEntry', path: 'a.md', journalIndex: Number.NaN },
      { type: 'logWin' },
      { type: 'logWin', elementId: ['smart-goals'] },
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
    ]) {
      assert.strictEqual(parseDashboardMessage(message), undefined, JSON.stringify(message));
    }
  });
});
