import * as assert from 'assert';
import { JournalChangeQueue, type QueuedChanges } from '../../src/core/journal/changeQueue';

/** Timers run by hand: the test says when time passes. */
class ManualTimers {
  private readonly pending = new Map<number, { callback: () => void; at: number }>();
  private now = 0;
  private next = 0;

  setTimeout(callback: () => void, ms: number): unknown {
    this.pending.set(++this.next, { callback, at: this.now + ms });
    return this.next;
  }

  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  advance(ms: number): void {
    this.now += ms;
    for (const [handle, timer] of [...this.pending]) {
      if (timer.at <= this.now) {
        this.pending.delete(handle);
        timer.callback();
      }
    }
  }
}

suite('Change queue: a burst of watcher events is one update', () => {
  let timers: ManualTimers;
  let flushed: QueuedChanges[];
  let queue: JournalChangeQueue;

  setup(() => {
    timers = new ManualTimers();
    flushed = [];
    queue = new JournalChangeQueue(timers, 150, (changes) => flushed.push(changes));
  });

  test('changes flush once no change has come for the delay', () => {
    queue.pathChanged('a.md', false);
    timers.advance(100);
    queue.pathChanged('b.md', false);
    timers.advance(100);
    assert.strictEqual(flushed.length, 0, 'the second change restarted the wait');
    timers.advance(50);
    assert.deepStrictEqual(flushed, [{ changed: ['a.md', 'b.md'], deleted: [], createdFolders: [], deletedFolders: [], journalFolder: false }]);
  });

  test('the last event of a file wins: changed then deleted is deleted, deleted then created is changed', () => {
    queue.pathChanged('a.md', false);
    queue.pathChanged('a.md', true);
    queue.pathChanged('b.md', true);
    queue.pathChanged('b.md', false);
    timers.advance(150);
    assert.deepStrictEqual(flushed[0].changed, ['b.md']);
    assert.deepStrictEqual(flushed[0].deleted, ['a.md']);
  });

  test('folders: a created one is listed, a deleted one takes its entries, the journal folder itself reloads', () => {
    queue.pathChanged('2026', false);
    queue.pathChanged('2025', true);
    queue.journalFolderChanged();
    timers.advance(150);
    assert.deepStrictEqual(flushed[0], { changed: [], deleted: ['2025'], createdFolders: ['2026'], deletedFolders: ['2025/'], journalFolder: true });
  });

  test('flushNow flushes what is queued at once, and says when nothing was', () => {
    assert.strictEqual(queue.flushNow(), false);
    queue.pathChanged('a.md', false);
    assert.strictEqual(queue.flushNow(), true);
    assert.strictEqual(flushed.length, 1);
    timers.advance(150);
    assert.strictEqual(flushed.length, 1, 'the timer went with the flush');
  });

  test('after dispose nothing flushes', () => {
    queue.pathChanged('a.md', false);
    queue.dispose();
    timers.advance(1000);
    assert.deepStrictEqual(flushed, []);
  });
});
