import * as assert from 'assert';
import { printable, printableJson, printableLines } from '../../src/core/text/printable';

/** Every character printable must escape, by class. */
const C0 = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code));
const C1 = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(0x80 + code));
const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];
const SEPARATORS = ['\u2028', '\u2029'];
const ALL = [...C0, '\u007F', ...C1, ...BIDI, ...SEPARATORS];

/** No character of ALL is left: what a terminal acts on. */
function assertNoneRaw(text: string, except: readonly string[] = []): void {
  for (const character of ALL) {
    if (!except.includes(character)) {
      assert.ok(!text.includes(character), `U+${character.charCodeAt(0).toString(16).padStart(4, '0')} is raw in ${JSON.stringify(text)}`);
    }
  }
}

suite('printable', () => {
  test('ordinary text, accents, other scripts and emoji are left as they are', () => {
    for (const text of ['Shipped v2 (p99 800 ms -> 120 ms)', 'Café — naïve 50% «ok»', 'שלום עולם', '数据 🚀', 'C:\\Users\\me', '']) {
      assert.strictEqual(printable(text), text);
      assert.strictEqual(printableLines(text), text);
    }
  });

  test('newline, carriage return and tab by name; ESC, BEL and the other C0 controls as \\xHH', () => {
    assert.strictEqual(printable('a\nb\rc\td'), 'a\\nb\\rc\\td');
    assert.strictEqual(printable('\u001b[2J'), '\\x1B[2J');
    assert.strictEqual(printable('ding\u0007'), 'ding\\x07');
    assert.strictEqual(printable('\u0000\u0008\u000b\u000c\u001f'), '\\x00\\x08\\x0B\\x0C\\x1F');
    assertNoneRaw(printable(C0.join('')));
  });

  test('DEL and the C1 controls as \\xHH (U+009B is a one-character ESC [)', () => {
    assert.strictEqual(printable('\u007f'), '\\x7F');
    assert.strictEqual(printable('\u009b2J \u0085 \u0080'), '\\x9B2J \\x85 \\x80');
    assertNoneRaw(printable(['\u007F', ...C1].join('')));
  });

  test('bidi embeddings, overrides and isolates, and the line and paragraph separators, as \\uHHHH', () => {
    assert.strictEqual(printable('invoice\u202Etxt.exe'), 'invoice\\u202Etxt.exe');
    assert.strictEqual(printable(BIDI.join('')), '\\u202A\\u202B\\u202C\\u202D\\u202E\\u2066\\u2067\\u2068\\u2069');
    assert.strictEqual(printable('one\u2028two\u2029three'), 'one\\u2028two\\u2029three');
  });

  test('an OSC window title and a faked problem line stay on one visible line', () => {
    const hostile = 'Win\u001b]0;evil\u0007\r\n  other.md:1: Unknown element "x".';
    const shown = printable(hostile);
    assert.strictEqual(shown, 'Win\\x1B]0;evil\\x07\\r\\n  other.md:1: Unknown element "x".');
    assert.ok(!shown.includes('\n'));
    assertNoneRaw(shown);
  });

  test('printableLines keeps newlines and tabs, and escapes everything else printable does', () => {
    assert.strictEqual(printableLines('# Title\n\n\tindented\r\n\u001b[31mred\u0007'), '# Title\n\n\tindented\\r\n\\x1B[31mred\\x07');
    assertNoneRaw(printableLines(ALL.join('')), ['\n', '\t']);
  });

  test('the escapes are themselves printable: escaping twice changes nothing more', () => {
    const once = printable(ALL.join(''));
    assert.strictEqual(printable(once), once);
    assert.match(once, /^[\x20-\x7e]+$/);
  });

  test('printableJson: valid JSON of the same value, with no control character raw', () => {
    const value = { title: ALL.join(''), list: ['\u001b[2J', 'a\u202Eb'], nested: { n: 1, ok: true, none: null } };
    const json = printableJson(value);
    assert.deepStrictEqual(JSON.parse(json), value);
    assertNoneRaw(json, ['\n']);
    assert.strictEqual(printableJson({ a: '\u009b' }), '{\n  "a": "\\u009B"\n}');
    assert.strictEqual(printableJson({ plain: 'text' }), JSON.stringify({ plain: 'text' }, null, 2));
  });
});
