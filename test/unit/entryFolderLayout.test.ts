import * as assert from 'assert';
import { detectEntryFolderLayout, entryFolderLayoutFor, entryFolderSegments } from '../../src/core/newEntries/entryFolderLayout';

suite('entryFolderLayout', () => {
  test('an empty journal, or one whose entries sit in its folder, has no sub-folders', () => {
    assert.strictEqual(detectEntryFolderLayout([]), 'none');
    assert.strictEqual(detectEntryFolderLayout(['2026-07-14-a.md', '2026-08-01-b.md']), 'none');
  });

  test('the layout most entries use wins', () => {
    assert.strictEqual(detectEntryFolderLayout(['2025/2025-01-02-a.md', '2026/2026-07-14-b.md', 'loose-notes.md']), '{year}');
    assert.strictEqual(detectEntryFolderLayout(['2026/Q3/2026-07-14-a.md', '2026/q4/2026-10-01-b.md', '2026/2026-01-01-c.md']), '{year}/Q{quarter}');
  });

  test('a tie goes to the simpler layout', () => {
    assert.strictEqual(detectEntryFolderLayout(['a.md', '2026/b.md']), 'none');
    assert.strictEqual(detectEntryFolderLayout(['2026/a.md', '2026/Q1/b.md']), '{year}');
  });

  test('folders of another kind do not vote', () => {
    assert.strictEqual(detectEntryFolderLayout(['topics/pricing/a.md', 'archive/b.md', 'drafts/c.md', '2026/d.md']), '{year}');
    assert.strictEqual(detectEntryFolderLayout(['2026/Q5/a.md', '2026/misc/b.md', '26/c.md']), 'none');
  });

  test('the setting names a layout, or follows the journal', () => {
    let read = 0;
    const paths = () => {
      read++;
      return ['2026/Q3/a.md'];
    };
    assert.strictEqual(entryFolderLayoutFor('{year}', paths), '{year}');
    assert.strictEqual(read, 0, 'a layout set needs no look at the journal');
    assert.strictEqual(entryFolderLayoutFor('journal', paths), '{year}/Q{quarter}');
  });

  test('the folder of a new entry comes from its date, by calendar quarter', () => {
    assert.deepStrictEqual(entryFolderSegments('none', '2026-07-14'), []);
    assert.deepStrictEqual(entryFolderSegments('{year}', '2026-07-14'), ['2026']);
    for (const [day, quarter] of [['2026-01-01', 'Q1'], ['2026-03-31', 'Q1'], ['2026-04-01', 'Q2'], ['2026-09-30', 'Q3'], ['2026-10-01', 'Q4'], ['2026-12-31', 'Q4']]) {
      assert.deepStrictEqual(entryFolderSegments('{year}/Q{quarter}', day), ['2026', quarter], day);
    }
  });
});
