import * as assert from 'assert';
import { hasProblems } from '../../src/core/entries/entry';
import { makeEntry } from './helpers';

suite('entry: hasProblems', () => {
  test('false without problems', () => {
    assert.strictEqual(hasProblems(makeEntry()), false);
  });

  test('true with one or more problems', () => {
    assert.strictEqual(hasProblems(makeEntry({ problems: [{ code: 'no-date', message: 'No date' }] })), true);
    assert.strictEqual(
      hasProblems(makeEntry({ problems: [{ code: 'unknown-element', message: 'x' }, { code: 'invalid-date', message: 'y', line: 2 }] })),
      true,
    );
  });
});
