import * as assert from 'assert';
import { minimizeEdit } from '../../src/core/text/textEditMinimize';
import { applyEdit, lineBreakOf, lineContentSpan, nextLineStart, positionAt } from '../../src/core/text/textLines';
import { excessiveNestingOffset } from '../../src/core/entries/yamlNesting';

suite('textLines', () => {
  test('positionAt counts \\n, \\r\\n and \\r as line breaks, like VS Code', () => {
    const text = 'ab\ncd\r\nef\rgh';
    assert.deepStrictEqual(positionAt(text, 0), { line: 0, character: 0 });
    assert.deepStrictEqual(positionAt(text, 2), { line: 0, character: 2 });
    assert.deepStrictEqual(positionAt(text, 3), { line: 1, character: 0 });
    assert.deepStrictEqual(positionAt(text, 7), { line: 2, character: 0 });
    assert.deepStrictEqual(positionAt(text, 11), { line: 3, character: 1 });
  });

  test('characters are UTF-16 code units', () => {
    assert.deepStrictEqual(positionAt('🚀x', 2), { line: 0, character: 2 });
  });

  test('nextLineStart and lineContentSpan', () => {
    assert.strictEqual(nextLineStart('ab\r\ncd', 1), 4);
    assert.strictEqual(nextLineStart('ab', 1), 2);
    assert.deepStrictEqual(lineContentSpan('x\n  key: v\r\ny', 1), { start: 4, end: 10 });
    assert.deepStrictEqual(lineContentSpan('x', 5), { start: 1, end: 1 });
  });

  test('lineBreakOf takes the text’s first line break', () => {
    assert.strictEqual(lineBreakOf('a\r\nb\nc'), '\r\n');
    assert.strictEqual(lineBreakOf('a\nb\r\n'), '\n');
    assert.strictEqual(lineBreakOf('no break'), '\n');
  });
});

suite('minimizeEdit', () => {
  test('keeps only what changes', () => {
    assert.deepStrictEqual(minimizeEdit('[a, b]', { start: 1, end: 5, newText: 'a, b, c' }), { start: 5, end: 5, newText: ', c' });
    assert.deepStrictEqual(minimizeEdit('same', { start: 0, end: 4, newText: 'same' }), { start: 4, end: 4, newText: '' });
  });

  test('never cuts a \\r\\n or a surrogate pair', () => {
    const text = 'a\r\nb';
    const edit = minimizeEdit(text, { start: 0, end: 4, newText: 'a\r\r\nb' });
    assert.strictEqual(applyEdit(text, edit), 'a\r\r\nb');
    assert.ok(!(text[edit.start - 1] === '\r' && text[edit.start] === '\n'), JSON.stringify(edit));
    const emoji = '😀';
    const other = '😃'; // same high surrogate, another low one
    const replaced = minimizeEdit(emoji, { start: 0, end: 2, newText: other });
    assert.deepStrictEqual(replaced, { start: 0, end: 2, newText: other });
  });
});

suite('yamlNesting: excessiveNestingOffset', () => {
  test('ordinary frontmatter is not too deep', () => {
    assert.strictEqual(excessiveNestingOffset('title: a\nelements: [a, [b, {c: [d]}]]\nmetrics:\n  - a: [1]\n', 10), undefined);
  });

  test('flow, block and mixed nesting beyond the limit, at the offset where it goes too deep', () => {
    const flow = `a: ${'['.repeat(12)}`;
    assert.strictEqual(excessiveNestingOffset(flow, 10), 3 + 10);
    assert.notStrictEqual(excessiveNestingOffset(`${'- '.repeat(12)}x`, 10), undefined);
    assert.notStrictEqual(excessiveNestingOffset(Array.from({ length: 12 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n'), 10), undefined);
  });

  // Linear by construction (one pass, no recursion); a runaway would hit the suite's timeout, not a clock here.
  test('100000 levels take no stack', () => {
    assert.notStrictEqual(excessiveNestingOffset(`a: ${'{a: '.repeat(25000)}`, 100), undefined);
    assert.notStrictEqual(excessiveNestingOffset(`a: ${'['.repeat(100000)}`, 100), undefined);
  });
});
