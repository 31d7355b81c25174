import * as assert from 'assert';
import { elementAt, isInElementsValue, listedElementIds } from '../../src/core/editing/elementContext';

/** The text without its `|`, and the offset where the `|` was: the cursor. */
function atCursor(marked: string): [string, number] {
  const offset = marked.indexOf('|');
  assert.ok(offset !== -1, 'the text marks the cursor with |');
  return [marked.slice(0, offset) + marked.slice(offset + 1), offset];
}

function inValue(marked: string): boolean {
  return isInElementsValue(...atCursor(marked));
}

/** `written (id) "text at the item's range"`, or undefined. */
function itemAt(marked: string): string | undefined {
  const [text, offset] = atCursor(marked);
  const found = elementAt(text, offset);
  return found && `${found.written} (${found.element?.id ?? 'none'}) ${JSON.stringify(text.slice(found.start, found.end))}`;
}

suite('elementContext: isInElementsValue', () => {
  const inside: [string, string][] = [
    ['a flow list being typed (the YAML is broken)', '---\ntitle: x\nelements: [ali|\n---\n'],
    ['after a comma in a flow list', '---\nelements: [align-stakeholders, |]\n---\n'],
    ['inside an id', '---\nelements: [align-stake|holders]\n---\n'],
    ['right after the colon', '---\nelements:| []\n---\n'],
    ['a single value', '---\nelements: smart|\n---\n'],
    ['a new block item', '---\nelements:\n  - |\n---\n'],
    ['a block item being typed', '---\nelements:\n  - iterate-adapt\n  - mea|\n---\n'],
    ['block items at the key’s indentation', '---\nelements:\n- |\n---\n'],
    ['an indented blank line in a block list', '---\nelements:\n  - iterate-adapt\n  |\n---\n'],
    ['the next line of a flow list over several lines', '---\nelements: [a,\n  b|\n---\n'],
    ['a quoted key', '---\n"elements": [|]\n---\n'],
    ['CRLF', '---\r\nelements:\r\n  - |\r\n---\r\n'],
    ['after a byte-order mark', '\uFEFF---\nelements: [|]\n---\n'],
    ['unclosed frontmatter', '---\ntitle: x\nelements: [|'],
    ['another key above, on the same indentation', '---\ntitle: x\ndate: 2026-07-14\nelements: [|]\n---\n'],
  ];
  for (const [name, marked] of inside) {
    test(`inside: ${name}`, () => assert.strictEqual(inValue(marked), true));
  }

  const outside: [string, string][] = [
    ['the key itself', '---\nelem|ents: []\n---\n'],
    ['another key’s list', '---\nelements: [a]\ntags: [|]\n---\n'],
    ['a comment after the list', '---\nelements: [a] # com|ment\n---\n'],
    ['a comment line in a block list', '---\nelements:\n  # pick |\n  - a\n---\n'],
    ['a new line at the key’s indentation after a block list', '---\nelements:\n  - iterate-adapt\n|\n---\n'],
    ['the line after a closed flow list', '---\nelements: [a]\n|\n---\n'],
    ['a nested elements key', '---\nmetrics:\n  - a: 1\n    elements: [|]\nelements: []\n---\n'],
    ['text of a block scalar', '---\nnotes: |\n  elements: [|]\n---\n'],
    ['the body', '---\nelements: x\n---\nelements: [|]\n'],
    ['the closing line', '---\nelements: []\n|---\n'],
    ['the opening line', '-|--\nelements: []\n---\n'],
    ['no frontmatter', 'elements: [|]\n'],
    ['JavaScript frontmatter', '---js\nelements: [|]\n---\n'],
    ['right after a block item’s dash, before its space', '---\nelements:\n  -|\n---\n'],
  ];
  for (const [name, marked] of outside) {
    test(`outside: ${name}`, () => assert.strictEqual(inValue(marked), false));
  }

  test('offsets outside the text are outside', () => {
    assert.strictEqual(isInElementsValue('---\nelements: []\n---\n', -1), false);
    assert.strictEqual(isInElementsValue('---\nelements: []\n---\n', 1000), false);
  });

  // A quadratic scan would run into the suite's timeout on these; no clock is read here.
  test('a huge line is still read', () => {
    const text = `---\nelements: [${'a '.repeat(500000)}|`;
    assert.strictEqual(inValue(text), true);
    assert.strictEqual(inValue(`---\ntitle: ${':a'.repeat(500000)}\nelements: [|`), true);
  });
});

suite('elementContext: elementAt', () => {
  test('an id in a flow list, with its element', () => {
    assert.strictEqual(itemAt('---\nelements: [iterate-adapt, align-stake|holders]\n---\n'), 'align-stakeholders (align-stakeholders) "align-stakeholders"');
  });

  test('at either edge of an item', () => {
    assert.strictEqual(itemAt('---\nelements: [|smart-goals]\n---\n'), 'smart-goals (smart-goals) "smart-goals"');
    assert.strictEqual(itemAt('---\nelements: [smart-goals|]\n---\n'), 'smart-goals (smart-goals) "smart-goals"');
  });

  test('a quoted label in a block list: the value without quotes, the range with them', () => {
    assert.strictEqual(itemAt('---\nelements:\n  - "Iterate and |adapt"\n---\n'), 'Iterate and adapt (iterate-adapt) "\\"Iterate and adapt\\""');
  });

  test('a single value', () => {
    assert.strictEqual(itemAt('---\nelements: Measure and evaluate suc|cess\n---\n'), 'Measure and evaluate success (measure-success) "Measure and evaluate success"');
  });

  test('an unknown item has no element', () => {
    assert.strictEqual(itemAt('---\nelements: [no|pe]\n---\n'), 'nope (none) "nope"');
  });

  test('broken YAML while typing: the word around the cursor', () => {
    assert.strictEqual(itemAt('---\nelements: [iterate-adapt, smart-go|\n---\n'), 'smart-go (none) "smart-go"');
    assert.strictEqual(itemAt('---\nelements: [smart-goals|, \n---\n'), 'smart-goals (smart-goals) "smart-goals"');
  });

  test('nothing between items, on the key, elsewhere or in the body', () => {
    assert.strictEqual(itemAt('---\nelements: [a,| b]\n---\n'), undefined);
    assert.strictEqual(itemAt('---\nelem|ents: [a]\n---\n'), undefined);
    assert.strictEqual(itemAt('---\ntags: [smart-go|als]\nelements: [a]\n---\n'), undefined);
    assert.strictEqual(itemAt('---\nelements: [a]\n---\nelements: [smart-go|als]\n'), undefined);
    assert.strictEqual(itemAt('---\nelements:\n  smart-goals: t|rue\n---\n'), undefined);
  });
});

suite('elementContext: listedElementIds', () => {
  function listed(marked: string): string[] {
    const [text, offset] = atCursor(marked);
    return [...listedElementIds(text, offset)].sort();
  }

  test('the ids already in a flow or block list, by id or label', () => {
    assert.deepStrictEqual(listed('---\nelements: [align-stakeholders, Smart Goals, |]\n---\n'), ['align-stakeholders']);
    assert.deepStrictEqual(listed('---\nelements: [align-stakeholders, Set clear goals and objectives, |]\n---\n'), ['align-stakeholders', 'smart-goals']);
    assert.deepStrictEqual(listed('---\nelements:\n  - iterate-adapt\n  - |\n  - measure-success\n---\n'), ['iterate-adapt', 'measure-success']);
  });

  test('the item being typed or replaced is not counted', () => {
    assert.deepStrictEqual(listed('---\nelements: [align-stakeholders, iterate-ad|]\n---\n'), ['align-stakeholders']);
    assert.deepStrictEqual(listed('---\nelements: [align-stake|holders, iterate-adapt]\n---\n'), ['iterate-adapt']);
  });

  test('while the YAML is broken, the words of the elements value', () => {
    assert.deepStrictEqual(listed('---\ntitle: smart-goals\nelements: [align-stakeholders, ali|\n---\n'), ['align-stakeholders']);
    assert.deepStrictEqual(listed('---\nelements: [future-trends, # iterate-adapt\n  |\n---\n'), ['future-trends']);
  });

  test('nothing outside the elements value', () => {
    assert.deepStrictEqual(listed('---\ntitle: smart-goals\ntags: [iterate-adapt]\nelements: [|]\n---\n'), []);
  });
});
