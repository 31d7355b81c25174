import * as assert from 'assert';
import { KeyedQueue } from '../../src/core/journal/keyedQueue';

/** A promise the test settles by hand, to control when a task ends. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

suite('KeyedQueue', () => {
  test('tasks of one key run one at a time, in the order they came', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    let running = 0;
    const task = (name: string) => async () => {
      running++;
      assert.strictEqual(running, 1, `${name} runs alone`);
      log.push(`${name} start`);
      await new Promise((resolve) => setImmediate(resolve));
      log.push(`${name} end`);
      running--;
      return name;
    };
    const results = await Promise.all(['a', 'b', 'c'].map((name) => queue.run('folder', task(name))));
    assert.deepStrictEqual(results, ['a', 'b', 'c']);
    assert.deepStrictEqual(log, ['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  test('tasks of different keys do not wait for each other', async () => {
    const queue = new KeyedQueue();
    const first = gate();
    const blocked = queue.run('one', () => first.promise.then(() => 'one'));
    assert.strictEqual(await queue.run('two', () => Promise.resolve('two')), 'two', 'two ran while one was still running');
    first.open();
    assert.strictEqual(await blocked, 'one');
  });

  test('a failed task rejects its own caller and the next task still runs', async () => {
    const queue = new KeyedQueue();
    const failing = queue.run('folder', () => Promise.reject(new Error('disk full')));
    const next = queue.run('folder', () => Promise.resolve('written'));
    await assert.rejects(failing, /disk full/);
    assert.strictEqual(await next, 'written');
  });

  test('a task that throws before its first await is a rejection too', async () => {
    const queue = new KeyedQueue();
    await assert.rejects(
      queue.run('folder', () => {
        throw new Error('bad input');
      }),
      /bad input/,
    );
    assert.strictEqual(await queue.run('folder', () => Promise.resolve(1)), 1);
  });

  test('runJoining: asks while a task waits its turn join it; an ask once it began queues one more', async () => {
    const queue = new KeyedQueue();
    const running = gate();
    let runs = 0;
    const task = async () => {
      runs++;
      const run = runs;
      if (run === 1) {
        await running.promise;
      }
      return run;
    };
    const first = queue.runJoining('view', task);
    await new Promise((resolve) => setImmediate(resolve));
    assert.strictEqual(runs, 1, 'the first began');
    const second = queue.runJoining('view', task);
    const third = queue.runJoining('view', task);
    assert.strictEqual(second, third, 'the third joined the second, which waits');
    running.open();
    assert.deepStrictEqual(await Promise.all([first, second, third]), [1, 2, 2]);
    assert.strictEqual(runs, 2, 'two runs for three asks');
    assert.strictEqual(await queue.runJoining('view', task), 3, 'an ask after both ended runs again');
  });

  test('runJoining waits for the tasks of run on the same key', async () => {
    const queue = new KeyedQueue();
    const open = gate();
    const log: string[] = [];
    const plain = queue.run('view', () => open.promise.then(() => log.push('run')));
    const joined = queue.runJoining('view', () => Promise.resolve(log.push('joined')));
    open.open();
    await Promise.all([plain, joined]);
    assert.deepStrictEqual(log, ['run', 'joined']);
  });

  test('an idle key is forgotten', async () => {
    const queue = new KeyedQueue();
    const open = gate();
    const pending = queue.run('folder', () => open.promise);
    assert.strictEqual(queue.busyKeys, 1);
    open.open();
    await pending;
    await new Promise((resolve) => setImmediate(resolve));
    assert.strictEqual(queue.busyKeys, 0);
  });
});
