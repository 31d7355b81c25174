import * as assert from 'assert';
import { ElementMatcher } from '../../src/core/elements/elements';
import { elementsEdit } from '../../src/core/editing/elementsEdit';
import { entryDiagnostics } from '../../src/core/editing/entryDiagnostics';
import { findFrontmatter, parseFrontmatter } from '../../src/core/entries/frontmatter';
import { readFrontmatterSource } from '../../src/core/entries/frontmatterSource';
import { parseEntry } from '../../src/core/entries/parseEntry';
import { generateDocument } from './frontmatterDocuments';
import { yamlInput } from './yamlInputs';

const PATH = '2026/2026-07-14-entry.md';
const matcher = new ElementMatcher();
/** The problems after which nothing of the frontmatter is read. */
const UNREADABLE = new Set(['frontmatter-language', 'frontmatter-unclosed', 'frontmatter-invalid']);

/**
 * Every reading of one file agrees: the index's problems (with their lines)
 * are the editor's diagnostics (at those lines), the editor's syntax tree
 * exists exactly when the index could read the frontmatter, has no errors and
 * gives the index's values, and Tag Entry refuses exactly the files the index
 * cannot read. Returns whether the frontmatter was readable.
 */
function assertOneReading(text: string): boolean {
  const entry = parseEntry(PATH, text, matcher);
  const diagnostics = entryDiagnostics(PATH, text, matcher);
  assert.deepStrictEqual(
    diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.message, diagnostic.range.start.line]),
    entry.problems.map((problem) => [problem.code, problem.message, problem.line]),
    `index and editor disagree on ${JSON.stringify(text)}`,
  );
  const content = text.replace(/^\uFEFF/, '');
  const unreadable = entry.problems.some((problem) => UNREADABLE.has(problem.code));
  const source = readFrontmatterSource(text);
  assert.strictEqual(source !== undefined, findFrontmatter(content) !== undefined && !unreadable, `the editor's reading differs on ${JSON.stringify(text)}`);
  if (source) {
    assert.deepStrictEqual(source.document.errors, []);
    assert.deepStrictEqual(source.data, parseFrontmatter(content).data, `the editor's values differ on ${JSON.stringify(text)}`);
  }
  const refusal = entry.problems.find((problem) => problem.code.startsWith('frontmatter-'));
  const edit = elementsEdit(text, ['iterate-adapt'], matcher);
  if (refusal) {
    assert.ok('error' in edit && edit.error.startsWith(refusal.message), `Tag Entry should refuse ${JSON.stringify(text)}: ${JSON.stringify(edit)}`);
  } else if ('error' in edit) {
    assert.doesNotMatch(edit.error, /frontmatter (never closes|is over|is nested)|Invalid YAML|cannot be read|not supported/, JSON.stringify(text));
  }
  return !unreadable;
}

/** Files whose frontmatter the fast reader once read differently from the YAML library. */
const TRICKY: [string, string, boolean][] = [
  ['a no-break space before #', '---\ntitle: Launch\u00A0# 2\ndate: 2026-07-14\nelements: [iterate-adapt]\n---\n', true],
  ['an ideographic space at the end of a value', '---\ntitle: Launch\u3000\nelements: [iterate-adapt\u3000]\n---\n', true],
  ['a form feed and a vertical tab', '---\ntitle: a\fb\nimpact: c\v\n---\n', true],
  ['a key the core schema reads as a boolean', '---\nTrue: x\ndate: 2026-07-14\n---\n', true],
  ['a key the core schema reads as null', '---\nnull: x\ndate: 2026-07-14\n---\n', true],
  ['keys that differ only as booleans', '---\ntrue: a\nTrue: b\n---\n', false],
  ['a quote followed by # without a space', '---\ntitle: "Q3 launch"#1\ndate: 2026-07-14\nelements: [iterate-adapt]\n---\n', false],
  ['the same, next to a line only the full parser reads', '---\ntitle: "Q3 launch"#1\nnotes:\n  nested: 1\nelements: [iterate-adapt]\n---\n', false],
  ['a space before the colon of a list item key', '---\nmetrics:\n  - SMB churn : 4%\nelements: [iterate-adapt]\n---\n', true],
  ['a key over 1,024 characters', `---\n${'k'.repeat(1025)}: a\nelements: [iterate-adapt]\n---\n`, false],
  ['a list item key over 1,024 characters', `---\nmetrics:\n  - ${'k'.repeat(1025)}: a\n---\n`, false],
  ['an unclosed quote', '---\ntitle: "Q3 launch\ndate: 2026-07-14\nelements: [iterate-adapt]\n---\n', false],
  ['an unclosed flow list', '---\ntitle: a\nelements: [iterate-adapt\ndate: 2026-07-14\n---\n', false],
  ['an unknown element and a bad date', '---\ntitle: a\ndate: someday\nelements: [iterate-adapt, vision]\n---\n', true],
  ['CRLF and a byte-order mark', '\uFEFF---\r\ntitle: a\r\nelements:\r\n  - nope\r\n---\r\n', true],
];

suite('one reading: index, diagnostics, editor and Tag Entry agree on every file', () => {
  for (const [name, text, readable] of TRICKY) {
    test(name, () => {
      assert.strictEqual(assertOneReading(text), readable, readable ? 'readable' : 'unreadable');
    });
  }

  test('a no-break space is part of the value, as in the YAML library', () => {
    assert.strictEqual(parseEntry(PATH, TRICKY[0][1], matcher).title, 'Launch\u00A0# 2');
  });

  test('on 1500 generated texts at the edges of the fast reader, as frontmatter', function () {
    this.timeout(120000);
    let readable = 0;
    for (let seed = 1; seed <= 1500; seed++) {
      readable += assertOneReading(`---\n${yamlInput(seed)}\n---\nBody\n`) ? 1 : 0;
    }
    assert.ok(readable > 150 && readable < 1350, `${readable} of 1500 readable`);
  });

  test('on 1000 generated journal files', function () {
    this.timeout(60000);
    for (let seed = 1; seed <= 1000; seed++) {
      assertOneReading(generateDocument(seed).text);
    }
  });
});
