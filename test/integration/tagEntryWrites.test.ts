import * as assert from 'assert';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { EntryEditOutcome } from '../../src/core/editing/entryBytesEdit';
import { raceTagging, RacingWriter } from '../race/tagRace';
import { makeUnwritable } from '../unwritable';
import { activateExtension, errorMessagesDuring, journalUri } from './helpers';

const RACES = 40;

function tagEntry(uri: vscode.Uri): Promise<EntryEditOutcome | undefined> {
  return Promise.resolve(vscode.commands.executeCommand<EntryEditOutcome>('promotionJournal.tagEntry', { uri, elements: ['smart-goals'] }));
}

suite('Tag Entry writing an entry no editor shows', () => {
  let writer: RacingWriter;

  suiteSetup(async () => {
    await activateExtension();
    writer = new RacingWriter();
  });

  test('with a second process rewriting it at the same time: its write survives, or the command refuses because the entry changed', async () => {
    // raceTagging accepts no error but "The entry changed on disk while tagging: ...": it throws on any other.
    const tally = await raceTagging(async (filePath) => (await tagEntry(vscode.Uri.file(filePath)))!, RACES, writer, journalUri().fsPath);
    const figures = JSON.stringify(tally);
    assert.strictEqual(tally.lost, 0, figures);
    assert.strictEqual(tally.corrupt, 0, figures);
    assert.strictEqual(tally.leftovers, 0, figures);
    assert.ok(tally.duringCommand > 0 && tally.tagged > 0, `the writes landed while the command ran, and it did tag: ${figures}`);
  });

  test('an entry that cannot be written: one plain message naming it, the file as it was, nothing left behind', async function () {
    const file = journalUri('tag-unwritable.md').fsPath;
    const text = '---\ntitle: Cannot be written\ndate: 2026-03-04\nelements: [iterate-adapt]\n---\n';
    writeFileSync(file, text);
    const restore = makeUnwritable(file);
    if (!restore) {
      rmSync(file);
      this.skip(); // root, where no immutable attribute can be set
    }
    try {
      let outcome: EntryEditOutcome | undefined;
      const shown = await errorMessagesDuring(async () => (outcome = await tagEntry(vscode.Uri.file(file))));
      assert.deepStrictEqual(shown, ["Cannot write tag-unwritable.md: permission denied. Nothing was written; check the folder's permissions or use a folder you can write to."]);
      assert.ok(outcome && 'error' in outcome, JSON.stringify(outcome));
      assert.strictEqual(readFileSync(file, 'utf8'), text);
      assert.deepStrictEqual(readdirSync(path.dirname(file)).filter((name) => name.includes('tag-unwritable')), ['tag-unwritable.md']);
    } finally {
      restore();
      rmSync(file);
    }
  });

  suiteTeardown(() => {
    writer.close();
  });
});
