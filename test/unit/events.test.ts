import * as assert from 'assert';
import { Emitter } from '../../src/core/journal/events';

suite('events: Emitter', () => {
  test('fires the value to every listener, in subscription order', () => {
    const emitter = new Emitter<number>();
    const seen: string[] = [];
    emitter.event((value) => seen.push(`a${value}`));
    emitter.event((value) => seen.push(`b${value}`));
    emitter.fire(1);
    emitter.fire(2);
    assert.deepStrictEqual(seen, ['a1', 'b1', 'a2', 'b2']);
  });

  test('firing with no listener does nothing', () => {
    assert.doesNotThrow(() => new Emitter<string>().fire('x'));
  });

  test('a disposed subscription is not called again; others still are', () => {
    const emitter = new Emitter<number>();
    const a: number[] = [];
    const b: number[] = [];
    const subscription = emitter.event((value) => a.push(value));
    emitter.event((value) => b.push(value));
    emitter.fire(1);
    subscription.dispose();
    emitter.fire(2);
    assert.deepStrictEqual(a, [1]);
    assert.deepStrictEqual(b, [1, 2]);
  });

  test('disposing a subscription twice is harmless', () => {
    const emitter = new Emitter<number>();
    const subscription = emitter.event(() => undefined);
    subscription.dispose();
    assert.doesNotThrow(() => subscription.dispose());
  });

  test('a listener that disposes itself while firing does not stop the others', () => {
    const emitter = new Emitter<number>();
    const seen: string[] = [];
    const first = emitter.event((value) => {
      seen.push(`first${value}`);
      first.dispose();
    });
    emitter.event((value) => seen.push(`second${value}`));
    emitter.fire(1);
    emitter.fire(2);
    assert.deepStrictEqual(seen, ['first1', 'second1', 'second2']);
  });

  test('a listener added while firing is called from the next fire on', () => {
    const emitter = new Emitter<number>();
    const seen: string[] = [];
    let added = false;
    emitter.event((value) => {
      seen.push(`outer${value}`);
      if (!added) {
        added = true;
        emitter.event((inner) => seen.push(`inner${inner}`));
      }
    });
    emitter.fire(1);
    emitter.fire(2);
    assert.deepStrictEqual(seen, ['outer1', 'outer2', 'inner2']);
  });

  test('dispose removes every listener', () => {
    const emitter = new Emitter<number>();
    const seen: number[] = [];
    emitter.event((value) => seen.push(value));
    emitter.event((value) => seen.push(value * 10));
    emitter.dispose();
    emitter.fire(1);
    assert.deepStrictEqual(seen, []);
  });
});
