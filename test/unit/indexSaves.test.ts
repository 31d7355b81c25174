import * as assert from 'assert';
import { IndexSaves } from '../../src/node/indexSaves';

/** A save the test ends by hand, logging when it starts. */
function savesByHand() {
  const log: string[] = [];
  const ends: (() => void)[] = [];
  const saves = new IndexSaves<string>((request) => {
    log.push(`save ${request}`);
    return new Promise<void>((resolve) => ends.push(resolve));
  });
  return { saves, log, endNext: () => ends.shift()!() };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

suite('IndexSaves: background saves of one index file, one at a time', () => {
  test('a save asked for while one runs starts only after it; asks while it waits join it, with the latest request', async () => {
    const { saves, log, endNext } = savesByHand();
    const first = saves.saveSoon('index.json', 'a');
    await settled();
    const second = saves.saveSoon('index.json', 'b');
    const third = saves.saveSoon('index.json', 'c');
    assert.strictEqual(third, second, 'one save for both asks');
    await settled();
    assert.deepStrictEqual(log, ['save a'], 'nothing starts while a save runs');
    endNext();
    await first;
    await settled();
    assert.deepStrictEqual(log, ['save a', 'save c']);
    endNext();
    await second;
    saves.saveSoon('index.json', 'd');
    await settled();
    assert.deepStrictEqual(log, ['save a', 'save c', 'save d'], 'once idle, an ask starts a save at once');
  });

  test('saves of different index files do not wait for each other', async () => {
    const { saves, log } = savesByHand();
    void saves.saveSoon('one.json', 'a');
    void saves.saveSoon('two.json', 'b');
    await settled();
    assert.deepStrictEqual(log, ['save a', 'save b']);
  });
});
