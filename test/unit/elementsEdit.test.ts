import * as assert from 'assert';
import { ElementMatcher } from '../../src/core/elements/elements';
import { elementsEdit, isNoChange, setEntryElements } from '../../src/core/editing/elementsEdit';
import { parseEntry } from '../../src/core/entries/parseEntry';
import { lines } from './helpers';

const ALIGN = 'align-stakeholders';
const ITERATE = 'iterate-adapt';
const MEASURE = 'measure-success';
const GOALS = 'smart-goals';

/** The new text; fails the test with the reason when the edit is refused. */
function set(text: string, ids: readonly string[]): string {
  const result = setEntryElements(text, ids);
  assert.ok('text' in result, `refused: ${'error' in result ? result.error : ''}`);
  return result.text;
}

function refusal(text: string, ids: readonly string[]): string {
  const result = elementsEdit(text, ids);
  assert.ok('error' in result, `expected a refusal, got ${JSON.stringify(result)}`);
  return result.error;
}

function elementsOf(text: string): readonly string[] {
  return parseEntry('2026-07-14-entry.md', text, new ElementMatcher()).elements;
}

suite('elementsEdit: flow lists', () => {
  const entry = lines('---', 'title: A win', 'date: 2026-07-14', `elements: [${ITERATE}, ${MEASURE}]`, 'tags: [pricing]', '---', '', 'Body.', '');

  test('adding an id appends it with the list’s separator, as a minimal insertion', () => {
    const edit = elementsEdit(entry, [ITERATE, MEASURE, GOALS]);
    const at = entry.indexOf(`${MEASURE}]`) + MEASURE.length;
    assert.deepStrictEqual(edit, { start: at, end: at, newText: `, ${GOALS}` });
  });

  test('removing an id removes it with its separator', () => {
    assert.strictEqual(set(entry, [MEASURE]), entry.replace(`[${ITERATE}, ${MEASURE}]`, `[${MEASURE}]`));
    assert.strictEqual(set(entry, [ITERATE]), entry.replace(`[${ITERATE}, ${MEASURE}]`, `[${ITERATE}]`));
  });

  test('an empty selection writes []', () => {
    assert.strictEqual(set(entry, []), entry.replace(`[${ITERATE}, ${MEASURE}]`, '[]'));
  });

  test('spacing, quoting, a trailing comma and a comment stay', () => {
    const text = lines('---', `elements: [ "${ITERATE}" ,'${MEASURE}', ]  # why`, '---', '');
    assert.strictEqual(set(text, [ITERATE, MEASURE, GOALS]), lines('---', `elements: [ "${ITERATE}" ,'${MEASURE}' ,'${GOALS}', ]  # why`, '---', ''));
    assert.strictEqual(set(text, [MEASURE]), lines('---', `elements: [ '${MEASURE}', ]  # why`, '---', ''));
    assert.strictEqual(set(text, []), lines('---', 'elements: [  ]  # why', '---', ''));
  });

  test('new items are quoted like the last written one', () => {
    assert.strictEqual(set(lines('---', `elements: ["${ITERATE}"]`, '---'), [ITERATE, GOALS]), lines('---', `elements: ["${ITERATE}", "${GOALS}"]`, '---'));
  });

  test('a list over several lines keeps one item per line', () => {
    const text = lines('---', 'elements: [', `  ${ITERATE},`, `  ${MEASURE}`, ']', '---');
    assert.strictEqual(set(text, [ITERATE, MEASURE, ALIGN]), lines('---', 'elements: [', `  ${ITERATE},`, `  ${MEASURE},`, `  ${ALIGN}`, ']', '---'));
  });

  test('a separator holding a comment is not copied for new items', () => {
    const text = lines('---', `elements: [${ITERATE}, # the main one`, `  ${MEASURE}]`, '---');
    assert.strictEqual(set(text, [ITERATE, MEASURE, GOALS]), lines('---', `elements: [${ITERATE}, # the main one`, `  ${MEASURE}, ${GOALS}]`, '---'));
  });

  test('an empty list, with or without spaces', () => {
    assert.strictEqual(set(lines('---', 'elements: []', '---'), [GOALS]), lines('---', `elements: [${GOALS}]`, '---'));
    assert.strictEqual(set(lines('---', 'elements: [ ]', '---'), [GOALS, ALIGN]), lines('---', `elements: [ ${GOALS}, ${ALIGN}]`, '---'));
  });

  test('labels and other spellings of a kept element are kept as written', () => {
    const text = lines('---', 'elements: [Align stakeholders, " ITERATE-ADAPT "]', '---');
    assert.strictEqual(set(text, [ALIGN, ITERATE, GOALS]), lines('---', `elements: [Align stakeholders, " ITERATE-ADAPT ", "${GOALS}"]`, '---'));
    assert.strictEqual(set(text, [ITERATE]), lines('---', 'elements: [" ITERATE-ADAPT "]', '---'));
  });

  test('every spelling of a removed element goes', () => {
    assert.strictEqual(set(lines('---', `elements: [${ALIGN}, Align stakeholders, ${GOALS}]`, '---'), [GOALS]), lines('---', `elements: [${GOALS}]`, '---'));
  });

  test('items that name no element, or are not strings, stay: they are the user’s to fix', () => {
    const text = lines('---', `elements: [typo-thing, ${ITERATE}, 42]`, '---');
    assert.strictEqual(set(text, []), lines('---', 'elements: [typo-thing, 42]', '---'));
    assert.strictEqual(set(text, [GOALS]), lines('---', `elements: [typo-thing, 42, ${GOALS}]`, '---'));
  });

  test('an anchored item is removed with its anchor', () => {
    assert.strictEqual(set(lines('---', `elements: [&main ${ITERATE}, !!str ${MEASURE}]`, '---'), [MEASURE]), lines('---', `elements: [!!str ${MEASURE}]`, '---'));
  });
});

suite('elementsEdit: block lists', () => {
  const entry = lines(
    '---',
    'title: A win',
    'elements: # the two that fit',
    `  - ${ITERATE} # first`,
    '  # a comment between items',
    '',
    `  - ${MEASURE}`,
    '  # a comment after the last item',
    'date: 2026-07-14',
    '---',
    'Body.',
  );

  test('adding an id adds a line after the last item, with its indentation and dash', () => {
    assert.strictEqual(set(entry, [ITERATE, MEASURE, GOALS]), entry.replace(`  - ${MEASURE}\n`, `  - ${MEASURE}\n  - ${GOALS}\n`));
  });

  test('removing an id removes its line, its comment included; comment lines between items stay', () => {
    assert.strictEqual(set(entry, [MEASURE]), entry.replace(`  - ${ITERATE} # first\n`, ''));
    assert.strictEqual(set(entry, [ITERATE]), entry.replace(`  - ${MEASURE}\n`, ''));
  });

  test('an empty selection writes [] after the colon and keeps the comments', () => {
    assert.strictEqual(
      set(entry, []),
      lines('---', 'title: A win', 'elements: [] # the two that fit', '  # a comment between items', '', '  # a comment after the last item', 'date: 2026-07-14', '---', 'Body.'),
    );
  });

  test('replacing every item keeps the list a block list', () => {
    assert.strictEqual(
      set(entry, [GOALS]),
      lines('---', 'title: A win', 'elements: # the two that fit', '  # a comment between items', '', `  - ${GOALS}`, '  # a comment after the last item', 'date: 2026-07-14', '---', 'Body.'),
    );
  });

  test('dashes at the key’s indentation, and wide dash spacing', () => {
    const text = lines('---', 'elements:', `- ${ITERATE}`, `-   ${MEASURE}`, '---');
    assert.strictEqual(set(text, [ITERATE, MEASURE, ALIGN]), lines('---', 'elements:', `- ${ITERATE}`, `-   ${MEASURE}`, `-   ${ALIGN}`, '---'));
  });

  test('CRLF lines stay CRLF', () => {
    const text = ['---', 'elements:', `    - ${ITERATE}`, '---', ''].join('\r\n');
    assert.strictEqual(set(text, [ITERATE, GOALS]), ['---', 'elements:', `    - ${ITERATE}`, `    - ${GOALS}`, '---', ''].join('\r\n'));
  });

  test('a multi-line quoted item is removed whole', () => {
    const text = lines('---', 'elements:', '  - "Align', '    stakeholders"', `  - ${GOALS}`, '---');
    assert.deepStrictEqual(elementsOf(text), [ALIGN, GOALS], 'the fixture reads as intended');
    assert.strictEqual(set(text, [GOALS]), lines('---', 'elements:', `  - ${GOALS}`, '---'));
  });

  test('new items in a quoted list are quoted alike', () => {
    assert.strictEqual(set(lines('---', 'elements:', `  - '${ITERATE}'`, '---'), [ITERATE, GOALS]), lines('---', 'elements:', `  - '${ITERATE}'`, `  - '${GOALS}'`, '---'));
  });
});

suite('elementsEdit: a single value, an empty value', () => {
  test('a single id stays a single value while it is all there is', () => {
    const text = lines('---', `elements: ${ITERATE} # only one`, '---');
    const unchanged = elementsEdit(text, [ITERATE]);
    assert.ok(!('error' in unchanged) && isNoChange(unchanged));
    assert.strictEqual(set(text, [ITERATE, GOALS]), lines('---', `elements: [${ITERATE}, ${GOALS}] # only one`, '---'));
    assert.strictEqual(set(text, [GOALS]), lines('---', `elements: [${GOALS}] # only one`, '---'));
    assert.strictEqual(set(text, []), lines('---', 'elements: [] # only one', '---'));
  });

  test('a quoted label is kept as written', () => {
    assert.strictEqual(set(lines('---', 'elements: "Align stakeholders"', '---'), [ALIGN, GOALS]), lines('---', `elements: ["Align stakeholders", "${GOALS}"]`, '---'));
  });

  test('an unknown single value stays next to the new ids', () => {
    assert.strictEqual(set(lines('---', 'elements: strategy', '---'), [GOALS]), lines('---', `elements: [strategy, ${GOALS}]`, '---'));
  });

  test('nothing after the colon, ~ or null become a flow list', () => {
    assert.strictEqual(set(lines('---', 'elements:', 'date: 2026-07-14', '---'), [GOALS]), lines('---', `elements: [${GOALS}]`, 'date: 2026-07-14', '---'));
    assert.strictEqual(set(lines('---', 'elements:   ', '---'), [GOALS]), lines('---', `elements:   [${GOALS}]`, '---'));
    assert.strictEqual(set(lines('---', 'elements: # later', '---'), [GOALS]), lines('---', `elements: [${GOALS}] # later`, '---'));
    assert.strictEqual(set(lines('---', 'elements: ~', '---'), [GOALS]), lines('---', `elements: [${GOALS}]`, '---'));
    assert.strictEqual(set(lines('---', 'elements: null # none yet', '---'), []), lines('---', 'elements: [] # none yet', '---'));
  });
});

suite('elementsEdit: no elements yet', () => {
  test('a line after date:', () => {
    const text = lines('---', 'title: A win', 'date: 2026-07-14 # the day', 'impact: big', '---', 'Body');
    assert.strictEqual(set(text, [GOALS, ALIGN]), lines('---', 'title: A win', 'date: 2026-07-14 # the day', `elements: [${GOALS}, ${ALIGN}]`, 'impact: big', '---', 'Body'));
  });

  test('after title: when there is no date', () => {
    const text = lines('---', 'impact: big', 'title: A win', 'tags: [a]', '---');
    assert.strictEqual(set(text, [GOALS]), lines('---', 'impact: big', 'title: A win', `elements: [${GOALS}]`, 'tags: [a]', '---'));
  });

  test('after a date whose value spans lines', () => {
    const text = lines('---', 'date:', '  2026-07-14', 'title: A win', '---');
    assert.strictEqual(set(text, [GOALS]), lines('---', 'date:', '  2026-07-14', `elements: [${GOALS}]`, 'title: A win', '---'));
  });

  test('at the end of the frontmatter otherwise, indented like the other keys', () => {
    assert.strictEqual(set(lines('---', 'impact: big', '# notes', '---'), [GOALS]), lines('---', 'impact: big', '# notes', `elements: [${GOALS}]`, '---'));
    assert.strictEqual(set(lines('---', '  impact: big', '---'), [GOALS]), lines('---', '  impact: big', `  elements: [${GOALS}]`, '---'));
  });

  test('an empty or comment-only frontmatter', () => {
    assert.strictEqual(set(lines('---', '---', 'Body'), [GOALS]), lines('---', `elements: [${GOALS}]`, '---', 'Body'));
    assert.strictEqual(set(lines('---', '# nothing yet', '---'), [GOALS]), lines('---', '# nothing yet', `elements: [${GOALS}]`, '---'));
  });

  test('the file’s CRLF line ending', () => {
    const text = ['---', 'title: A win', 'date: 2026-07-14', '---', 'Body', ''].join('\r\n');
    assert.strictEqual(set(text, [GOALS]), ['---', 'title: A win', 'date: 2026-07-14', `elements: [${GOALS}]`, '---', 'Body', ''].join('\r\n'));
  });

  test('no frontmatter: a minimal block at the top, after any byte-order mark', () => {
    assert.strictEqual(set('# Title\n\nBody\n', [GOALS]), `---\nelements: [${GOALS}]\n---\n# Title\n\nBody\n`);
    assert.strictEqual(set('\uFEFF# Title\r\n', [GOALS]), `\uFEFF---\r\nelements: [${GOALS}]\r\n---\r\n# Title\r\n`);
    assert.strictEqual(set('', [GOALS]), `---\nelements: [${GOALS}]\n---\n`);
    assert.strictEqual(set('----\nA horizontal rule first\n', [GOALS]), `---\nelements: [${GOALS}]\n---\n----\nA horizontal rule first\n`);
  });

  test('an empty selection adds nothing', () => {
    assert.deepStrictEqual(elementsEdit('# Title\n', []), { start: 0, end: 0, newText: '' });
    assert.deepStrictEqual(elementsEdit(lines('---', 'title: a', '---'), []), { start: 0, end: 0, newText: '' });
  });
});

suite('elementsEdit: what is kept byte for byte', () => {
  test('BOM, other keys and their order, quoting, comments, body', () => {
    const text = [
      '\uFEFF---',
      "title: 'It''s a win: “quoted”' # title comment",
      'date: "2026-07-14"',
      'elements: [iterate-adapt] # elements comment',
      'metrics:',
      '  - SMB churn 4.1% -> 2.9%',
      'x-custom: {a: 1, b: [2]}',
      '---',
      '## Situation',
      'elements: [in, the, body]',
      '---',
      '',
    ].join('\r\n');
    const tagged = set(text, [ITERATE, GOALS]);
    assert.strictEqual(tagged, text.replace('[iterate-adapt]', `[iterate-adapt, ${GOALS}]`));
    assert.strictEqual(set(tagged, [ITERATE]), text);
  });

  test('ids are given by id or label, once each, in the order given', () => {
    assert.strictEqual(set(lines('---', 'elements: []', '---'), ['Set clear goals and objectives', GOALS, ALIGN]), lines('---', `elements: [${GOALS}, ${ALIGN}]`, '---'));
  });

  test('quotes a given id when YAML would read it as something else', () => {
    const matcher = new ElementMatcher([{ id: 'true', label: 'Yes', description: '', prompts: [], icon: 'check' }, { id: 'a: b', label: 'Colon', description: '', prompts: [], icon: 'x' }]);
    const result = setEntryElements(lines('---', 'elements: []', '---'), ['true', 'a: b'], matcher);
    assert.deepStrictEqual(result, { text: lines('---', 'elements: ["true", "a: b"]', '---') });
  });
});

suite('elementsEdit: refusals leave the file alone and say why', () => {
  const cases: [string, string, RegExp][] = [
    ['JavaScript frontmatter', lines('---js', '{ elements: [] }', '---'), /^"js" frontmatter is not supported.*The file was not changed\.$/],
    ['another language', lines('---toml', 'elements = []', '---'), /"toml" frontmatter is not supported/],
    ['invalid YAML', lines('---', 'elements: [iterate-adapt', '---'), /^Invalid YAML: .*The file was not changed\.$/],
    ['unclosed frontmatter', lines('---', 'elements: []', 'Body'), /never closes/],
    ['a list instead of a mapping', lines('---', '- a', '---'), /must be a list of `key: value` lines/],
    ['a scalar instead of a mapping', lines('---', 'just words', '---'), /must be a list of `key: value` lines/],
    ['elements as a mapping', lines('---', 'elements:', '  iterate-adapt: true', '---'), /^`elements` is not written as a list of element ids/],
    ['elements as a number', lines('---', 'elements: 42', '---'), /^`elements` is not written as a list/],
    ['elements as a block of text', lines('---', 'elements: |', '  iterate-adapt', '---'), /^`elements` is not written as a list/],
    ['elements as an alias', lines('---', 'list: &l [iterate-adapt]', 'elements: *l', '---'), /^`elements` is not written as a list/],
    ['a `{ }` mapping without elements', lines('---', '{title: a}', '---'), /written as one `\{ \.\.\. \}` mapping/],
    ['an item that something else refers to', lines('---', 'elements: [&a iterate-adapt]', 'other: *a', '---'), /without changing other frontmatter/],
  ];
  for (const [name, text, reason] of cases) {
    test(name, () => {
      assert.match(refusal(text, [GOALS]), reason);
    });
  }

  test('an id that is no element', () => {
    assert.match(refusal(lines('---', 'elements: []', '---'), ['not-an-element']), /^"not-an-element" is not an element id\./);
  });
});
