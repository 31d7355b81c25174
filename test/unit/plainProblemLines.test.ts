import * as assert from 'assert';
import { ElementMatcher } from '../../src/core/elements/elements';
import type { EntryProblem } from '../../src/core/entries/entry';
import { parseEntry } from '../../src/core/entries/parseEntry';
import { plainProblemLines } from '../../src/core/entries/plainProblemLines';
import { placedProblemLines, withProblemLines } from '../../src/core/entries/problemPlaces';
import { generateDocument } from './frontmatterDocuments';
import { yamlInput } from './yamlInputs';

const matcher = new ElementMatcher();

/** The problems as parseEntry finds them, before placing: only `no-date` with neither key written comes with its line. */
function unplaced(text: string): EntryProblem[] {
  const placedByReading = (problem: EntryProblem) => problem.code !== 'elements-type' && problem.code !== 'unknown-element' && problem.code !== 'invalid-date' && !(problem.code === 'no-date' && problem.line !== 0);
  return parseEntry('notes/win.md', text, matcher).problems.map((problem) => (placedByReading(problem) ? problem : { code: problem.code, message: problem.message }));
}

/** The fast reader's lines, checked against the library's; true when the fast reader answered. */
function agrees(text: string): boolean {
  const problems = unplaced(text);
  const fast = plainProblemLines(text, problems, matcher);
  if (fast === undefined) {
    return false;
  }
  assert.deepStrictEqual(fast, placedProblemLines(text, problems, matcher), `the lines differ for:\n${JSON.stringify(text)}`);
  return true;
}

function linesOf(text: string): (number | undefined)[] {
  return parseEntry('notes/win.md', text, matcher).problems.map((problem) => problem.line);
}

suite('plainProblemLines: problem lines without the syntax tree', () => {
  test('an unknown element in a block list is at its item, one line each', () => {
    const text = '---\ntitle: Win\ndate: 2026-07-14\nelements:\n  - iterate-adapt\n  # a note\n  - growth-hacking\n  - 5\n---\nBody\n';
    assert.deepStrictEqual(plainProblemLines(text, unplaced(text), matcher)?.map((problem) => [problem.code, problem.line]), [
      ['unknown-element', 6],
      ['elements-type', 7],
    ]);
    assert.ok(agrees(text));
  });

  test('a flow list, a single value and a number sit on the key line', () => {
    for (const elements of ['[iterate-adapt, leadership]', 'leadership', '5', 'true']) {
      const text = `---\ntitle: Win\ndate: 2026-07-14\nelements: ${elements}\n---\n`;
      assert.deepStrictEqual(linesOf(text), [3], elements);
      assert.ok(agrees(text), elements);
    }
  });

  test('a date without a value is at its key; a date that is no day at its value', () => {
    const cases: [string, number[]][] = [
      ['title: Win\ndate:\n', [2]],
      ['title: Win\ndate: ~\ndatetime: ~\n', [2]],
      ['datetime:\ntitle: Win\n', [1]],
      ['date: soon\n', [1]],
      ['date: ~\ndatetime: soon\n', [2]],
      ['date:\n  - 2026-07-14\n', [2]],
      ['title: Win\r\ndate: 2026-13-01\r\nelements: [leadership]\r\n', [2, 3]],
    ];
    for (const [yaml, lines] of cases) {
      const text = `---\n${yaml}---\n`;
      assert.deepStrictEqual(linesOf(text), lines, yaml);
      assert.ok(agrees(text), yaml);
    }
  });

  test('a problem left without an item of its own is at the value, as the library places it', () => {
    const text = '---\ntitle: x\nelements:\n  # c\n  - nope\n---\n';
    const problems: EntryProblem[] = [
      { code: 'unknown-element', message: 'one' },
      { code: 'unknown-element', message: 'two' },
      { code: 'elements-type', message: 'three' },
    ];
    assert.deepStrictEqual(plainProblemLines(text, problems, matcher), placedProblemLines(text, problems, matcher));
    assert.deepStrictEqual(plainProblemLines(text, problems, matcher)?.map((problem) => problem.line), [4, 4, 4]);
  });

  test('frontmatter outside the fast reader is placed by the library, at the same lines as before', () => {
    const text = '---\ntitle: &t Win\ndate: 2026-07-14\nelements:\n  - leadership\n---\n';
    assert.strictEqual(plainProblemLines(text, unplaced(text), matcher), undefined);
    assert.deepStrictEqual(withProblemLines(text, unplaced(text), matcher), placedProblemLines(text, unplaced(text), matcher));
    assert.deepStrictEqual(linesOf(text), [4]);
  });

  test('gives the library lines for thousands of generated entries', () => {
    let answered = 0;
    let withProblems = 0;
    for (let seed = 1; seed <= 2000; seed++) {
      for (const text of [`---\n${yamlInput(seed)}\n---\nBody\n`, generateDocument(seed).text]) {
        const problems = unplaced(text);
        if (problems.some((problem) => problem.line === undefined)) {
          withProblems++;
          answered += agrees(text) ? 1 : 0;
        }
      }
    }
    // The generators aim at the edge of the fast reader's subset: it answers for a good share of them, so the comparison is not empty.
    assert.ok(answered >= 150, `the fast reader answered for ${answered} of ${withProblems}`);
  });
});
