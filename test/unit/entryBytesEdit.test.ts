import * as assert from 'assert';
import { elementsEdit } from '../../src/core/editing/elementsEdit';
import { entryBytesEdit } from '../../src/core/editing/entryBytesEdit';

const bytes = (text: string) => new TextEncoder().encode(text);

suite('entryBytesEdit', () => {
  test('every byte the edit does not touch stays, a byte-order mark and CRLF included', () => {
    const before = '\uFEFF---\r\ntitle: A\r\nelements: [iterate-adapt] # why\r\n---\r\nBody\r\n';
    const result = entryBytesEdit(bytes(before), (text) => elementsEdit(text, ['smart-goals']));
    assert.ok('bytes' in result);
    assert.strictEqual(new TextDecoder('utf-8', { ignoreBOM: true }).decode(result.bytes), '\uFEFF---\r\ntitle: A\r\nelements: [smart-goals] # why\r\n---\r\nBody\r\n');
  });

  test('an edit that changes nothing writes nothing; text that is not UTF-8 is refused', () => {
    const entry = bytes('---\nelements: [smart-goals]\n---\n');
    assert.deepStrictEqual(entryBytesEdit(entry, (text) => elementsEdit(text, ['smart-goals'])), { unchanged: true });
    const latin1 = new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]);
    assert.deepStrictEqual(entryBytesEdit(latin1, (text) => elementsEdit(text, ['smart-goals'])), { error: 'The file is not UTF-8 text. The file was not changed.' });
  });
});
