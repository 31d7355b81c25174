import * as assert from 'assert';
import { DEFAULT_ELEMENTS } from '../../src/core/elements/elements';
import type { JournalEntry } from '../../src/core/entries/entry';
import type { Period } from '../../src/core/dates/periods';
import { buildReport } from '../../src/core/evidence/report';
import { renderGapsText, renderProblemsText, renderReportText } from '../../src/core/render/reportText';
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
        // exec.md is tagged with an element this framework does not have: an entry of the period, not a win.
        'Evidence this quarter (1 Apr – 30 Jun 2026), as of 20 Jun 2026: 1 win, 1 with a measured result. 2 more entries have no element.',
        '',
        'Element                                  Status   Wins  Strong  Latest',
        'Set clear goals and objectives           stale       1       1  2026-04-02',
        'Anticipate future trends and challenges  missing     0       0  never',
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
      // Status starts under "Status"; the numbers end under "Wins" and "Strong"; the date starts under "Latest".
      assert.strictEqual(row[header.indexOf('Status') - 1], ' ', row);
      assert.notStrictEqual(row[header.indexOf('Status')], ' ', row);
      assert.match(row[header.indexOf('Wins') + 'Wins'.length - 1], /\d/, row);
      assert.match(row[header.indexOf('Strong') + 'Strong'.length - 1], /\d/, row);
      assert.match(row.slice(header.indexOf('Latest')), /^(\d{4}-\d{2}-\d{2}|never)$/, row);
    }
  });

  test('one win is "1 win"; nothing to fix says so, and no problem section', () => {
    const report = buildReport([entries()[0]], DEFAULT_ELEMENTS.slice(1, 2), Q2, '2026-04-10', { minEntries: 1, staleDays: 45 });
    const text = renderReportText(report);
    assert.ok(text.startsWith('Evidence this quarter (1 Apr – 30 Jun 2026), as of 10 Apr 2026: 1 win, 1 with a measured result.\n'), text);
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

suite('reportText: text from files is printable', () => {
  const ESC = '\u001b';
  const BEL = '\u0007';
  const hostileElement = {
    id: 'evil',
    label: `Evil${ESC}[2J label${BEL}`,
    description: '',
    prompts: [`Prompt${ESC}]0;title${BEL}\n  fake.md:1: Unknown element "x".`],
    icon: 'circle-large-outline',
  };
  const hostileEntries = [
    makeEntry({
      path: `odd${ESC}[31m\nname.md`,
      problems: [{ code: 'unknown-element', message: `Unknown element "a${ESC}[2J\r\n  other.md:3: Invalid YAML: fake".`, line: 2 }],
    }),
  ];

  test('controls in labels, prompts, file names and messages are escaped; no line is faked', () => {
    const text = renderReportText(buildReport(hostileEntries, [hostileElement], Q2, '2026-06-20'));
    assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(text), JSON.stringify(text)); // eslint-disable-line no-control-regex
    assert.ok(text.includes('Evil\\x1B[2J label\\x07'), text);
    assert.ok(text.includes('    - Prompt\\x1B]0;title\\x07\\n  fake.md:1: Unknown element "x".'), text);
    assert.ok(text.includes('  odd\\x1B[31m\\nname.md:3: Unknown element "a\\x1B[2J\\r\\n  other.md:3: Invalid YAML: fake".'), text);
    assert.ok(!text.split('\n').some((line) => /^ {2}(fake|other)\.md/.test(line)), text);
  });

  test('the table stays aligned: widths count the escapes as shown', () => {
    const text = renderReportText(buildReport([], [hostileElement, DEFAULT_ELEMENTS[0]], Q2, '2026-06-20'));
    const table = text.split('\n\n')[1].split('\n');
    const statusColumn = table[0].indexOf('Status');
    assert.ok(table.every((row) => row[statusColumn - 1] === ' ' && row[statusColumn] !== ' '), table.join('\n'));
  });
});
