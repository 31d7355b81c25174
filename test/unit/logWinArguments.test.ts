import * as assert from 'assert';
import { ElementMatcher } from '../../src/core/elements/elements';
import { dayBefore, readLogWinArguments, readWinDay } from '../../src/core/newEntries/logWinArguments';

const matcher = new ElementMatcher();

function error(argument: unknown): string | undefined {
  const read = readLogWinArguments(argument, matcher);
  return read.ok ? undefined : read.error;
}

suite('logWinArguments', () => {
  test('with a title it writes: elements by id or label, once each; the date and folder as given', () => {
    const read = readLogWinArguments({ title: '  Pilot funded ', elements: ['align-stakeholders', ' Measure and Evaluate Success ', 'align-stakeholders'], impact: 'NPS 30 -> 42', date: '2026-11-30', folder: 'web' }, matcher);
    assert.ok(read.ok && read.value.kind === 'write');
    assert.strictEqual(read.value.title, 'Pilot funded');
    assert.deepStrictEqual(read.value.elements.map((element) => element.id), ['align-stakeholders', 'measure-success']);
    assert.strictEqual(read.value.impact, 'NPS 30 -> 42');
    assert.strictEqual(read.value.date, '2026-11-30');
    assert.strictEqual(read.value.folder, 'web');
  });

  test('one element may be given as a text; without a date it is today\'s (left to the caller)', () => {
    const read = readLogWinArguments({ title: 'X', elements: 'smart-goals' }, matcher);
    assert.ok(read.ok && read.value.kind === 'write');
    assert.deepStrictEqual(read.value.elements.map((element) => element.id), ['smart-goals']);
    assert.strictEqual(read.value.date, undefined);
  });

  test('without a title it asks, from the element and the date given', () => {
    assert.deepStrictEqual(readLogWinArguments(undefined, matcher), { ok: true, value: { kind: 'ask' } });
    const read = readLogWinArguments({ elementId: 'future-trends', date: '2026-11-30' }, matcher);
    assert.ok(read.ok && read.value.kind === 'ask');
    assert.strictEqual(read.value.element?.id, 'future-trends');
    assert.strictEqual(read.value.date, '2026-11-30');
    const gone = readLogWinArguments({ elementId: 'vision-setting' }, matcher);
    assert.ok(gone.ok && gone.value.kind === 'ask' && gone.value.element === undefined, 'an element the framework lacks starts the pick unticked');
  });

  test('each problem has one message', () => {
    assert.strictEqual(error({ title: '  ', elements: ['smart-goals'] }), 'a title is required.');
    assert.strictEqual(error({ title: 'X', elements: ['smart-goals'], date: '2026-09-31' }), '"2026-09-31" is not a date: September has 30 days.');
    assert.strictEqual(error({ title: 'X', elements: ['smart-goals'], date: '2026-9-1' }), '"2026-9-1" is not a date: write it as YYYY-MM-DD.');
    assert.strictEqual(error({ title: 'X', elements: ['smart-goals'], date: '2026-09-01T10:00' }), '"2026-09-01T10:00" is not a date: write it as YYYY-MM-DD.');
    assert.match(error({ title: 'X', elements: ['vision-setting', 'smart-goals'] })!, /^unknown element "vision-setting": use one of business-context, /);
    assert.match(error({ title: 'X' })!, /^give at least one element in "elements": business-context, /);
    assert.match(error({ title: 'X', elements: [] })!, /^give at least one element/);
    assert.strictEqual(error({ title: 'X', elements: [3] }), '"elements" must be a list of element ids or labels.');
    assert.strictEqual(error({ title: 'X', elements: ['smart-goals'], impact: 42 }), '"impact" must be a text.');
    assert.strictEqual(error({ title: 3 }), '"title" must be a text.');
    assert.strictEqual(error({ title: 'X', elements: ['smart-goals'], element: 'x' }), 'unknown key "element": use title, elements, impact, date, folder.');
    assert.strictEqual(error({ elementId: 'smart-goals', titel: 'X' }), 'unknown key "titel": use title, elements, impact, date, folder, elementId.');
    assert.strictEqual(error({ elementId: 'smart-goals', date: 'yesterday' }), '"yesterday" is not a date: write it as YYYY-MM-DD.');
    assert.match(error('Pilot funded')!, /^the argument must be an object/);
    assert.match(error(['x'])!, /^the argument must be an object/);
  });

  test('a typed day is YYYY-MM-DD exactly; the day before crosses months, years and leap days', () => {
    assert.deepStrictEqual(readWinDay(' 2026-02-28 '), { ok: true, value: '2026-02-28' });
    assert.deepStrictEqual(readWinDay('2026-02-29'), { ok: false, error: '"2026-02-29" is not a date: February 2026 has 28 days.' });
    assert.strictEqual(dayBefore('2026-12-01'), '2026-11-30');
    assert.strictEqual(dayBefore('2026-01-01'), '2025-12-31');
    assert.strictEqual(dayBefore('2028-03-01'), '2028-02-29');
  });
});
