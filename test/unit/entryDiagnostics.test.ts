import * as assert from 'assert';
import { closestElement, editDistance } from '../../src/core/elements/closestElement';
import { DEFAULT_ELEMENTS, ElementMatcher } from '../../src/core/elements/elements';
import { entryDiagnostics, type EntryDiagnostic } from '../../src/core/editing/entryDiagnostics';
import { MAX_ENTRY_BYTES } from '../../src/core/journal/journalIndex';
import { parseEntry } from '../../src/core/entries/parseEntry';
import { applyEdit } from '../../src/core/text/textLines';
import { lines } from './helpers';

const UNDATED = 'notes/entry.md';

/** What a diagnostic points at, and where: `line:character-line:character "text"`. */
function placed(text: string, diagnostic: EntryDiagnostic): string {
  const { start, end } = diagnostic.range;
  return `${start.line}:${start.character}-${end.line}:${end.character} ${JSON.stringify(text.slice(diagnostic.span.start, diagnostic.span.end))}`;
}

function diagnosticsOf(text: string, path = '2026-07-14-entry.md'): EntryDiagnostic[] {
  return entryDiagnostics(path, text);
}

function only(text: string, code: string, path?: string): EntryDiagnostic {
  const found = diagnosticsOf(text, path).filter((diagnostic) => diagnostic.code === code);
  assert.strictEqual(found.length, 1, `one ${code} in ${JSON.stringify(diagnosticsOf(text, path))}`);
  return found[0];
}

suite('entryDiagnostics', () => {
  test('a sound entry has none', () => {
    assert.deepStrictEqual(diagnosticsOf(lines('---', 'date: 2026-07-14', 'elements: [iterate-adapt]', '---', 'Body')), []);
  });

  test('the same problems as parseEntry, with its messages word for word', () => {
    const text = lines('---js', 'x', '---');
    const problems = parseEntry(UNDATED, text, new ElementMatcher()).problems;
    const diagnostics = entryDiagnostics(UNDATED, text);
    assert.deepStrictEqual(
      diagnostics.map(({ code, message }) => ({ code, message })),
      problems.map(({ code, message }) => ({ code, message })),
    );
  });

  test('invalid YAML: the line of the error', () => {
    const text = lines('---', 'title: ok', '\tbad: 1', '---');
    const diagnostic = only(text, 'frontmatter-invalid');
    assert.match(diagnostic.message, /^Invalid YAML: /);
    assert.strictEqual(placed(text, diagnostic), '2:1-2:7 "bad: 1"');
  });

  test('a language marker, an unclosed block: the opening line', () => {
    assert.strictEqual(placed('---js\nx\n---\n', only('---js\nx\n---\n', 'frontmatter-language')), '0:0-0:5 "---js"');
    assert.strictEqual(placed('---\ntitle: a\n', only('---\ntitle: a\n', 'frontmatter-unclosed')), '0:0-0:3 "---"');
  });

  test('frontmatter that is not a mapping: its first line', () => {
    const text = lines('---', '- a', '- b', '---');
    assert.strictEqual(placed(text, only(text, 'frontmatter-not-mapping')), '1:0-1:3 "- a"');
  });

  test('an unknown element in a flow list: its item, with the closest element and both fixes', () => {
    const text = lines('---', 'elements: [iterate-adapt, align-stakeholder, measure-success]', '---');
    const diagnostic = only(text, 'unknown-element');
    assert.strictEqual(diagnostic.message, 'Unknown element "align-stakeholder".');
    assert.strictEqual(placed(text, diagnostic), '1:26-1:43 "align-stakeholder"');
    const fix = diagnostic.unknownElement!;
    assert.strictEqual(fix.written, 'align-stakeholder');
    assert.strictEqual(fix.closest?.id, 'align-stakeholders');
    assert.strictEqual(applyEdit(text, fix.replaceWithClosest!), lines('---', 'elements: [iterate-adapt, align-stakeholders, measure-success]', '---'));
    assert.strictEqual(applyEdit(text, fix.remove!), lines('---', 'elements: [iterate-adapt, measure-success]', '---'));
  });

  test('removing the last or the only item of a flow list', () => {
    const last = lines('---', 'elements: [iterate-adapt, nope]', '---');
    assert.strictEqual(applyEdit(last, only(last, 'unknown-element').unknownElement!.remove!), lines('---', 'elements: [iterate-adapt]', '---'));
    const alone = lines('---', 'elements: [nope]', '---');
    assert.strictEqual(applyEdit(alone, only(alone, 'unknown-element').unknownElement!.remove!), lines('---', 'elements: []', '---'));
  });

  test('an unknown element in a block list: its item; removing it removes its line', () => {
    const text = lines('---', 'elements:', '  - iterate-adapt', "  - 'measure sucess' # typo", '  - smart-goals', '---');
    const diagnostic = only(text, 'unknown-element');
    assert.strictEqual(placed(text, diagnostic), "3:4-3:20 \"'measure sucess'\"");
    assert.strictEqual(diagnostic.unknownElement?.closest?.id, 'measure-success');
    assert.strictEqual(applyEdit(text, diagnostic.unknownElement!.replaceWithClosest!), lines('---', 'elements:', '  - iterate-adapt', "  - 'measure-success' # typo", '  - smart-goals', '---'));
    assert.strictEqual(applyEdit(text, diagnostic.unknownElement!.remove!), lines('---', 'elements:', '  - iterate-adapt', '  - smart-goals', '---'));
  });

  test('an unknown single value: the value; removing it leaves []', () => {
    const text = lines('---', 'elements: kpis # later', '---');
    const diagnostic = only(text, 'unknown-element');
    assert.strictEqual(placed(text, diagnostic), '1:10-1:14 "kpis"');
    assert.strictEqual(diagnostic.unknownElement?.closest, undefined, 'nothing is close to "kpis"');
    assert.strictEqual(diagnostic.unknownElement?.replaceWithClosest, undefined);
    assert.strictEqual(applyEdit(text, diagnostic.unknownElement!.remove!), lines('---', 'elements: [] # later', '---'));
  });

  test('several unknown elements and wrong types each get their own item, in order', () => {
    const text = lines('---', 'elements: [nope, 42, iterate-adapt, [x], nada]', '---');
    assert.deepStrictEqual(
      diagnosticsOf(text).map((diagnostic) => `${diagnostic.code} ${placed(text, diagnostic)}`),
      ['unknown-element 1:11-1:15 "nope"', 'elements-type 1:17-1:19 "42"', 'elements-type 1:36-1:39 "[x]"', 'unknown-element 1:41-1:45 "nada"'],
    );
  });

  test('elements that are not a list: the value', () => {
    const text = lines('---', 'elements:', '  iterate-adapt: true', '---');
    const diagnostic = only(text, 'elements-type');
    assert.strictEqual(diagnostic.message, '`elements` must be a list of element ids, such as `[iterate-adapt]`.');
    assert.strictEqual(placed(text, diagnostic), '2:2-2:21 "iterate-adapt: true"');
  });

  test('an invalid date: the date’s value', () => {
    const text = lines('---', 'title: A win', 'date: next tuesday # soon', '---');
    const diagnostic = only(text, 'invalid-date');
    assert.strictEqual(diagnostic.message, '"next tuesday" is not a date: write it as YYYY-MM-DD.');
    assert.strictEqual(placed(text, diagnostic), '2:6-2:18 "next tuesday"');
  });

  test('a year before 1000: the date’s value, with the message of the report', () => {
    const text = lines('---', 'title: A win', 'date: 0026-07-14', 'elements: [iterate-adapt]', '---');
    const diagnostic = only(text, 'invalid-date', UNDATED);
    assert.strictEqual(diagnostic.message, '0026-07-14 has a year before 1000: did you mean 2026-07-14?');
    assert.strictEqual(diagnostic.message, parseEntry(UNDATED, text, new ElementMatcher()).problems[0].message);
    assert.strictEqual(placed(text, diagnostic), '2:6-2:16 "0026-07-14"');
    const named = only('# A win\n', 'no-date', '2026/0026-07-14-a-win.md');
    assert.strictEqual(named.message, 'In the file name, 0026-07-14 has a year before 1000: did you mean 2026-07-14?');
  });

  test('an invalid datetime is placed on datetime', () => {
    const text = lines('---', 'datetime: soon', '---');
    assert.strictEqual(placed(text, only(text, 'invalid-date', UNDATED)), '1:10-1:14 "soon"');
  });

  test('no date: an empty date key, else the opening line, else the first line', () => {
    const emptyDate = lines('---', 'title: a', 'date:', '---');
    assert.strictEqual(placed(emptyDate, only(emptyDate, 'no-date', UNDATED)), '2:0-2:4 "date"');
    const noDate = lines('---', 'title: a', '---');
    assert.strictEqual(placed(noDate, only(noDate, 'no-date', UNDATED)), '0:0-0:3 "---"');
    assert.strictEqual(placed('# Title\n', only('# Title\n', 'no-date', UNDATED)), '0:0-0:7 "# Title"');
    assert.strictEqual(placed('', only('', 'no-date', UNDATED)), '0:0-0:0 ""');
  });

  test('a date in the file name is enough', () => {
    assert.deepStrictEqual(entryDiagnostics('2026/2026-07-14-a-win.md', '# A win\n'), []);
  });

  test('CRLF and a byte-order mark: ranges count characters of the text given', () => {
    const text = '\uFEFF---\r\ndate: 2026-07-14\r\nelements: [nope]\r\n---\r\n';
    const diagnostic = only(text, 'unknown-element');
    assert.strictEqual(placed(text, diagnostic), '2:11-2:15 "nope"');
    assert.strictEqual(applyEdit(text, diagnostic.unknownElement!.remove!), '\uFEFF---\r\ndate: 2026-07-14\r\nelements: []\r\n---\r\n');
  });

  test('as the index reads the file: over the size limit, or binary, one problem on the first line', () => {
    const huge = `---\ndate: 2026-07-14\n---\n${'x'.repeat(MAX_ENTRY_BYTES)}`;
    assert.deepStrictEqual(
      entryDiagnostics(UNDATED, huge).map((diagnostic) => `${diagnostic.code} ${placed(huge, diagnostic)} ${diagnostic.message}`),
      ['too-large 0:0-0:3 "---" Not read: the file is 1.0 MB; entries over 1 MB are skipped.'],
    );
    const binary = 'PNG\u0000\u0001';
    assert.deepStrictEqual(entryDiagnostics(UNDATED, binary).map((diagnostic) => diagnostic.code), ['not-text']);
  });

  test('hostile input gives diagnostics, never an exception', () => {
    const texts = [
      `---\nelements: ${'['.repeat(100000)}\n---\n`,
      lines('---', 'elements: &x [*x]', '---'),
      lines('---', 'a: &a [1, 2]', 'elements: *a', '---'),
      '\u0000\u0001binary',
      '---\r---\r',
    ];
    for (const text of texts) {
      assert.doesNotThrow(() => entryDiagnostics(UNDATED, text), JSON.stringify(text.slice(0, 40)));
    }
    const aliased = lines('---', 'a: &a [1, nope]', 'elements: *a', '---');
    assert.deepStrictEqual(
      entryDiagnostics('2026-07-14-a.md', aliased).map((diagnostic) => `${diagnostic.code} ${placed(aliased, diagnostic)}`),
      ['elements-type 2:10-2:12 "*a"', 'unknown-element 2:10-2:12 "*a"'],
      'items behind an alias are placed on the alias',
    );
  });
});

suite('closestElement', () => {
  const cases: [string, string | undefined][] = [
    ['align-stakeholder', 'align-stakeholders'],
    ['Align Stakeholder', 'align-stakeholders'],
    ['measure succes', 'measure-success'],
    ['itterate-adapt', 'iterate-adapt'],
    ['smart goals', 'smart-goals'],
    ['Understand the business contxt', 'business-context'],
    ['stakeholders', 'align-stakeholders'],
    ['kpis', undefined],
    ['strategy', undefined],
    ['', undefined],
    ['x'.repeat(500), undefined],
  ];
  for (const [written, expected] of cases) {
    test(`${JSON.stringify(written.slice(0, 30))} -> ${expected ?? 'none'}`, () => {
      assert.strictEqual(closestElement(written, DEFAULT_ELEMENTS)?.id, expected);
    });
  }

  test('editDistance', () => {
    assert.strictEqual(editDistance('', ''), 0);
    assert.strictEqual(editDistance('abc', ''), 3);
    assert.strictEqual(editDistance('kitten', 'sitting'), 3);
    assert.strictEqual(editDistance('flaw', 'lawn'), 2);
  });
});
