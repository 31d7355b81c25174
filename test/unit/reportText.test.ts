import * as assert from 'assert';
import { DEFAULT_ELEMENTS } from '../../src/core/elements';
import type { JournalEntry } from '../../src/core/entry';
import type { Period } from '../../src/core/periods';
import { buildReport } from '../../src/core/report';
import { renderGapsText, renderProblemsText, renderReportText } from '../../src/core/reportText';
import { lines, makeEntry } from './helpers';

const Q2: Period = { start: '2026-04-01', end: '2026-06-30', label: 'this quarter' };

function entries(): JournalEntry[] {
  return [
    makeEntry({ path: '2026/okrs.md', date: '2026-04-02', elements: ['smart-goals', 'measure-success'], impact: 'Activation 42% -> 51%' }),
    makeEntry({ path: '2026/exec.md', date: '2026-05-20', elements: ['align-stakeholders'] }),
    makeEntry({ path: 'broken.md', date: '2026-05-01', problems: [{ code: 'frontmatter-invalid', message: 'Invalid YAML: missing ]', line: 3 }] }),
    makeEntry({ path: 'notes.md', problems: [{ code: 'no-date', message: 'No date.' }] }),
  ];
}

suite('reportText: renderReportText', () => {
  test('the whole text: header, aligned table, gaps with prompts, problems', () => {
    const report = buildReport(entries(), DEFAULT_ELEMENTS.slice(1, 3), Q2, '2026-06-20', { minEntries: 1, staleDays: 45 });
    assert.strictEqual(
      renderReportText(report),
      lines(
        'Evidence for 1 Apr – 30 Jun 2026 (as of 20 Jun 2026): 3 entries',
        '',
        'Element                                  Status   Count  Strong  Latest',
        'Set clear goals and objectives           stale        1       1  2026-04-02',
        'Anticipate future trends and challenges  missing      0       0  never',
        '',
        'Gaps (2)',
        '  Set clear goals and objectives (smart-goals): stale, none since 2 Apr',
        '    - What was the goal and how is it measured?',
        '    - By when?',
        '    - Which company objective does it roll up to?',
        '  Anticipate future trends and challenges (future-trends): missing, none this quarter',
        '    - What did you see coming before others did?',
        '    - Which risk did you head off, or which opportunity did you take?',
        '',
        'Problems (2)',
        '  broken.md:4: Invalid YAML: missing ]',
        '  notes.md: No date.',
        '',
      ),
    );
  });

  test('every row of the table puts its columns at the same places', () => {
    const text = renderReportText(buildReport(entries(), DEFAULT_ELEMENTS, Q2, '2026-06-20'));
    const table = text.split('\n\n')[1].split('\n');
    assert.strictEqual(table.length, 7);
    const header = table[0];
    for (const row of table.slice(1)) {
      // Status starts under "Status"; the numbers end under "Count" and "Strong"; the date starts under "Latest".
      assert.strictEqual(row[header.indexOf('Status') - 1], ' ', row);
      assert.notStrictEqual(row[header.indexOf('Status')], ' ', row);
      assert.match(row[header.indexOf('Count') + 'Count'.length - 1], /\d/, row);
      assert.match(row[header.indexOf('Strong') + 'Strong'.length - 1], /\d/, row);
      assert.match(row.slice(header.indexOf('Latest')), /^(\d{4}-\d{2}-\d{2}|never)$/, row);
    }
  });

  test('one entry is "1 entry"; nothing to fix says so, and no problem section', () => {
    const report = buildReport([entries()[0]], DEFAULT_ELEMENTS.slice(1, 2), Q2, '2026-04-10', { minEntries: 1, staleDays: 45 });
    const text = renderReportText(report);
    assert.ok(text.startsWith('Evidence for 1 Apr – 30 Jun 2026 (as of 10 Apr 2026): 1 entry\n'), text);
    assert.ok(text.endsWith('\n\nEvery element has enough evidence.\n'), text);
    assert.ok(!text.includes('Problems'));
    assert.ok(!text.includes('Gaps'));
  });
});

suite('reportText: gaps and problems alone (for check on stderr)', () => {
  test('renderGapsText lists each gap with its prompts', () => {
    const report = buildReport([], DEFAULT_ELEMENTS.slice(5), Q2, '2026-06-20');
    assert.strictEqual(
      renderGapsText(report),
      lines(
        'Gaps (1)',
        '  Measure and evaluate success (measure-success): missing, none this quarter',
        '    - Which KPI moved, from what to what?',
        '    - How did the data change the next decision?',
      ),
    );
  });

  test('renderProblemsText writes lines one-based, like a compiler', () => {
    const report = buildReport(entries(), DEFAULT_ELEMENTS, Q2, '2026-06-20');
    assert.strictEqual(renderProblemsText(report), lines('Problems (2)', '  broken.md:4: Invalid YAML: missing ]', '  notes.md: No date.'));
  });
});
