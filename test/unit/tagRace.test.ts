import * as assert from 'assert';
import { editLocalEntryFile } from '../../src/node/entryFileEdit';
import { mtimeCheckedWrite } from '../race/mtimeCheckedWrite';
import { raceTagging, RacingWriter } from '../race/tagRace';

/** Enough for a loss rate of the old approach to show many times over; the bench runs 1,000. */
const TRIALS = 250;
const CONTROL_TRIALS = 100;

suite('Tag Entry racing a second process that writes the same file', function () {
  this.timeout(60000); // a few hundred real races: seconds, more on a busy machine
  let writer: RacingWriter;

  suiteSetup(() => {
    writer = new RacingWriter();
  });

  test(`${TRIALS} races: no write of the other process is lost, nothing is half-written or left behind`, async () => {
    const tally = await raceTagging(editLocalEntryFile, TRIALS, writer);
    const figures = JSON.stringify(tally);
    assert.strictEqual(tally.lost, 0, figures);
    assert.strictEqual(tally.corrupt, 0, figures);
    assert.strictEqual(tally.leftovers, 0, figures);
    assert.strictEqual(tally.writerFailed, 0, figures);
    assert.ok(tally.duringCommand >= TRIALS / 4, `the writes must land while the command runs: ${figures}`);
    assert.ok(tally.refused > 0 && tally.tagged > 0, `both outcomes occur: ${figures}`);
  });

  test(`${CONTROL_TRIALS} such races do lose or mangle writes with the old mtime check: the measurement is not blind`, async () => {
    const tally = await raceTagging(mtimeCheckedWrite, CONTROL_TRIALS, writer);
    assert.ok(tally.lost + tally.corrupt > 0, JSON.stringify(tally));
  });

  suiteTeardown(() => {
    writer.close();
  });
});
