import * as assert from 'assert';
import { DEFAULT_ELEMENTS } from '../../src/core/elements/elements';
import type { JournalEntry } from '../../src/core/entries/entry';
import { analyzeEvidence, EvidenceTallies } from '../../src/core/evidence/evidence';
import { buildReport, LiveReport } from '../../src/core/evidence/report';
import { reportJson } from '../../src/core/evidence/reportJson';
import { makeEntry, seededRandom } from './helpers';

const PERIOD = { start: '2026-07-01', end: '2026-12-31', label: 'this half' };
const TODAY = '2026-11-26';
const IDS = DEFAULT_ELEMENTS.map((element) => element.id);

function randomEntry(random: () => number, index: number): JournalEntry {
  const day = `2026-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const elements = IDS.filter(() => random() < 0.3);
  return makeEntry({
    path: `${index % 7}/entry-${index}.md`,
    title: `Entry ${index}`,
    date: random() < 0.05 ? undefined : random() < 0.1 ? '2027-01-15' : day,
    elements,
    impact: random() < 0.5 ? 'Cut churn by 4%' : 'Aligned the team',
    problems: random() < 0.1 ? [{ code: 'unknown-element', message: 'Unknown element "x".' }] : [],
  });
}

suite('liveReport: kept current entry by entry', () => {
  test('any sequence of adds and removes gives the report of the entries that remain', () => {
    const random = seededRandom(4242);
    const live = new LiveReport(DEFAULT_ELEMENTS, PERIOD, TODAY);
    const present: JournalEntry[] = [];
    for (let step = 0; step < 3000; step++) {
      if (present.length > 0 && random() < 0.4) {
        const [removed] = present.splice(Math.floor(random() * present.length), 1);
        live.remove(removed);
      } else {
        const entry = randomEntry(random, step);
        present.push(entry);
        live.add(entry);
      }
      if (step % 97 === 0) {
        const expected = buildReport(present, DEFAULT_ELEMENTS, PERIOD, TODAY);
        assert.deepStrictEqual(reportJson(live.report()), reportJson(expected), `after step ${step}`);
        assert.deepStrictEqual(live.evidence(), analyzeEvidence(present, DEFAULT_ELEMENTS, PERIOD, TODAY));
        assert.deepStrictEqual(live.report().totals, expected.totals);
        assert.deepStrictEqual(live.report().winsPerMonth, expected.winsPerMonth);
        assert.deepStrictEqual(live.report().strongest, expected.strongest);
      }
    }
  });

  test('removing the latest entry of an element falls back to the next latest', () => {
    const tallies = new EvidenceTallies(DEFAULT_ELEMENTS, PERIOD, TODAY);
    const older = makeEntry({ path: 'a.md', date: '2026-08-01', elements: ['smart-goals'] });
    const newer = makeEntry({ path: 'b.md', date: '2026-10-01', elements: ['smart-goals'] });
    const sameDay = makeEntry({ path: 'c.md', date: '2026-10-01', elements: ['smart-goals'] });
    [older, newer, sameDay].forEach((entry) => tallies.add(entry));
    const latest = () => tallies.evidence().find((evidence) => evidence.element.id === 'smart-goals')!.latest;
    assert.strictEqual(latest(), '2026-10-01');
    tallies.remove(newer);
    assert.strictEqual(latest(), '2026-10-01', 'another entry on that day remains');
    tallies.remove(sameDay);
    assert.strictEqual(latest(), '2026-08-01');
    tallies.remove(older);
    assert.strictEqual(latest(), undefined);
  });

  test('a report keeps its own state when the live report changes before its lists are read', () => {
    const live = new LiveReport(DEFAULT_ELEMENTS, PERIOD, TODAY);
    live.add(makeEntry({ path: 'a.md', date: '2026-08-01', elements: ['smart-goals'] }));
    const broken = makeEntry({ path: 'b.md', date: '2026-08-02', problems: [{ code: 'no-date', message: 'x' }] });
    live.add(broken);
    const before = live.report();
    live.add(makeEntry({ path: 'c.md', date: '2026-08-03', elements: ['smart-goals'] }));
    live.remove(broken);
    assert.deepStrictEqual(before.entriesInPeriod.map((entry) => entry.path), ['b.md', 'a.md']);
    assert.deepStrictEqual(before.problems.map((problem) => problem.file), ['b.md']);
    assert.strictEqual(before.elements[1].entries.length, 1);
    const after = live.report();
    assert.deepStrictEqual(after.entriesInPeriod.map((entry) => entry.path), ['c.md', 'a.md']);
    assert.deepStrictEqual(after.problems, []);
  });

  test('the report is assembled once per change, and reused until the next', () => {
    const live = new LiveReport(DEFAULT_ELEMENTS, PERIOD, TODAY);
    live.add(makeEntry({ path: 'a.md', date: '2026-08-01', elements: ['smart-goals'] }));
    const first = live.report();
    assert.strictEqual(live.report(), first);
    live.add(makeEntry({ path: 'b.md', date: '2026-08-02', elements: ['smart-goals'] }));
    assert.notStrictEqual(live.report(), first);
  });
});
