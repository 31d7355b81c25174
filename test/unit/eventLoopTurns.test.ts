import * as assert from 'assert';
import { nextTurn, PiecesOfWork } from '../../src/node/eventLoopTurns';

/** Whether the event loop got a turn while `work` ran: an immediate queued before it has run by then. */
async function gaveATurn(work: () => Promise<void>): Promise<boolean> {
  let turned = false;
  setImmediate(() => (turned = true));
  await work();
  return turned;
}

suite('PiecesOfWork: long work cut into pieces between turns of the event loop', () => {
  test('nextTurn resolves after the immediates waiting now', async () => {
    assert.strictEqual(await gaveATurn(nextTurn), true);
  });

  test('a pause within the piece is no turn; a pause asked for now, or once the piece has run its time, is', async () => {
    let nowMs = 1000;
    const pieces = new PiecesOfWork(8, () => nowMs);
    nowMs += 8;
    assert.strictEqual(pieces.due, false, 'within the piece');
    assert.strictEqual(await gaveATurn(() => pieces.pause()), false, 'within the piece');
    assert.strictEqual(await gaveATurn(() => pieces.pause(true)), true, 'asked for now');
    nowMs += 8;
    assert.strictEqual(pieces.due, false, 'a turn asked for now began a new piece');
    nowMs += 1;
    assert.strictEqual(pieces.due, true, 'the piece has run its time');
    assert.strictEqual(await gaveATurn(() => pieces.pause()), true, 'the piece has run its time');
    assert.strictEqual(pieces.due, false, 'a new piece began with the turn');
    assert.strictEqual(await gaveATurn(() => pieces.pause()), false, 'a new piece began with the turn');
  });
});
