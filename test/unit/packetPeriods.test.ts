import * as assert from 'assert';
import { entryFileName } from '../../src/core/newEntries/fileNaming';
import { isPacketFileName, packetFileTitle } from '../../src/core/packet/packetFile';
import { packetPeriodOptions } from '../../src/core/packet/packetPeriods';

const TODAY = '2026-12-01';

suite('packet period pick: it starts on the review period', () => {
  test('quarter, half or year in the settings: that choice is marked, and only it', () => {
    for (const [setting, label] of [['quarter', 'This quarter'], ['half', 'This half'], ['year', 'This year']] as const) {
      const options = packetPeriodOptions(setting, TODAY, 1);
      assert.deepStrictEqual(options.filter((option) => option.isReviewPeriod).map((option) => option.label), [label], setting);
      assert.deepStrictEqual(options.map((option) => option.label), ['This quarter', 'This half', 'This year', 'The last 12 months', 'Custom range']);
    }
  });

  test('the marked choice says it is the review period, next to its days', () => {
    const half = packetPeriodOptions('half', TODAY, 1).find((option) => option.isReviewPeriod)!;
    assert.strictEqual(half.description, '1 Jul – 31 Dec 2026 · your review period');
    assert.deepStrictEqual(half.choice, { kind: 'half' });
    assert.strictEqual(packetPeriodOptions('half', TODAY, 1)[0].description, '1 Oct – 31 Dec 2026');
  });

  test('a fiscal year moves the days, not the mark', () => {
    const year = packetPeriodOptions('year', TODAY, 4).find((option) => option.isReviewPeriod)!;
    assert.strictEqual(year.description, '1 Apr 2026 – 31 Mar 2027 · your review period');
  });

  test('a review period of days is offered as the last N days, before the custom range', () => {
    const options = packetPeriodOptions(90, TODAY, 1);
    assert.deepStrictEqual(options.map((option) => option.label), ['This quarter', 'This half', 'This year', 'The last 12 months', 'The last 90 days', 'Custom range']);
    const days = options.find((option) => option.isReviewPeriod)!;
    assert.strictEqual(days.label, 'The last 90 days');
    assert.deepStrictEqual(days.choice, { kind: 'days', days: 90 });
    assert.strictEqual(days.description, '3 Sep – 1 Dec 2026 · your review period');
    assert.strictEqual(packetPeriodOptions(1, TODAY, 1).find((option) => option.isReviewPeriod)!.label, 'Today');
  });

  test('the custom range has no days yet, and is never the review period', () => {
    const custom = packetPeriodOptions('half', TODAY, 1).at(-1)!;
    assert.strictEqual(custom.choice, undefined);
    assert.strictEqual(custom.isReviewPeriod, false);
  });
});

suite('packet file name', () => {
  test('the day it is written, then the period it covers', () => {
    const name = entryFileName(TODAY, packetFileTitle({ start: '2026-07-01', end: '2026-12-31', label: 'this half' }), () => false);
    assert.strictEqual(name, '2026-12-01-promotion-packet-2026-07-01-to-2026-12-31.md');
    assert.ok(isPacketFileName(name));
  });

  test('packets of earlier versions are packets too; entries and web pages are not', () => {
    assert.ok(isPacketFileName('2026-12-31-promotion-packet-from-2026-07-01-2.md'));
    assert.ok(!isPacketFileName('2026-12-01-promotion-packet-2026-07-01-to-2026-12-31.html'));
    assert.ok(!isPacketFileName('2026-11-05-shipped-the-promotion-packet-tool.md'));
    assert.ok(!isPacketFileName('notes-promotion-packet-draft.md'));
  });
});
