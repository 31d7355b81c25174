import * as assert from 'assert';
import { escapeMarkdown, markdownCode } from '../../src/core/text/markdown';
import { seededRandom } from './helpers';

/** What a CommonMark reader shows for escaped text: a backslash before ASCII punctuation is the punctuation itself. */
function unescape(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

suite('markdown: escapeMarkdown', () => {
  const cases: [string, string, string][] = [
    ['backticks', 'ran `npm test` twice', 'ran \\`npm test\\` twice'],
    ['brackets, a link', '[click](command:workbench.action.reloadWindow)', '\\[click\\](command:workbench.action.reloadWindow)'],
    ['an image', '![x](https://example.com/x.png)', '!\\[x\\](https://example.com/x.png)'],
    ['an entity', 'R&D &amp; &#36;', 'R\\&D \\&amp; \\&#36;'],
    ['strikethrough', '~~gone~~', '\\~\\~gone\\~\\~'],
    ['an icon', '$(rocket) launch, $5', '\\$(rocket) launch, \\$5'],
    ['HTML and autolinks', '<img src=x onerror=alert(1)> <https://example.com>', '\\<img src=x onerror=alert(1)> \\<https://example.com>'],
    ['emphasis', '*bold* __strong__ snake_case', '\\*bold\\* \\_\\_strong\\_\\_ snake\\_case'],
    ['a table cell', 'a | b', 'a \\| b'],
    ['a heading at the start', '# Heading', '\\# Heading'],
    ['a quote at the start', '> quoted', '\\> quoted'],
    ['a list item at the start', '- item', '\\- item'],
    ['an ordered item at the start', '1. first', '1\\. first'],
    ['a number that is not an item', '4.1% -> 2.9% (projected) #3', '4.1% -> 2.9% (projected) #3'],
    ['newlines and runs of space', '  one\n\n# two\r\n  - three  ', 'one # two - three'],
    ['a backslash', 'C:\\temp\\*', 'C:\\\\temp\\\\\\*'],
  ];
  for (const [name, text, expected] of cases) {
    test(name, () => {
      assert.strictEqual(escapeMarkdown(text), expected);
    });
  }

  test('reads back as the text, on one line, for any mix of characters', () => {
    const random = seededRandom(7);
    const alphabet = ['a', ' ', '\n', '\\', '`', '*', '_', '[', ']', '(', ')', '<', '>', '|', '~', '&', '$', '#', '-', '+', '=', '!', '1', '.', ':'];
    for (let round = 0; round < 500; round++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 20) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const escaped = escapeMarkdown(text);
      assert.ok(!/[\r\n]/.test(escaped), JSON.stringify(text));
      assert.strictEqual(unescape(escaped), text.replace(/\s+/g, ' ').trim(), JSON.stringify(text));
      // No markup character is left bare: each is preceded by a backslash that is not itself escaped.
      assert.ok(!/(^|[^\\])(\\\\)*[`*_[\]<|~&$]/.test(escaped), `${JSON.stringify(text)} -> ${escaped}`);
    }
  });
});

suite('markdown: markdownCode', () => {
  test('plain text in one backtick', () => {
    assert.strictEqual(markdownCode('2026/a_b*c.md', false), '`2026/a_b*c.md`');
  });

  test('backticks inside: a fence longer than any run of them', () => {
    assert.strictEqual(markdownCode('a`b``c.md', false), '```a`b``c.md```');
  });

  test('a backtick at either end: a space inside the fence, which CommonMark strips', () => {
    assert.strictEqual(markdownCode('`start.md', false), '`` `start.md ``');
    assert.strictEqual(markdownCode('end.md`', false), '`` end.md` ``');
  });

  test('newlines become one space, as inside any code span', () => {
    assert.strictEqual(markdownCode('a\nb', false), '`a b`');
  });

  test('$( is code where icons are off, escaped text where VS Code would draw an icon even inside code', () => {
    assert.strictEqual(markdownCode('$(rocket).md', false), '`$(rocket).md`');
    assert.strictEqual(markdownCode('$(rocket).md', true), '\\$(rocket).md');
    assert.strictEqual(markdownCode('notes $5.md', true), '`notes $5.md`');
  });

  test('nothing gives nothing', () => {
    assert.strictEqual(markdownCode('  ', false), '');
  });
});
