import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseExactDay } from '../../src/core/dates/calendarDay';
import { DEFAULT_NUDGE_CADENCE } from '../../src/core/review/nudgeCadence';
import { DEFAULT_NUDGE_RULES } from '../../src/core/review/reviewUrgency';

suite('the review date and nudge settings in the manifest', () => {
  /** Compiled to out/test/unit: three levels up is the repository. */
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
  const setting = (name: string) => manifest.contributes.configuration.properties[`promotionJournal.${name}`];

  test('their defaults are the core\'s defaults', () => {
    assert.strictEqual(setting('nudge.cadence').default, DEFAULT_NUDGE_CADENCE);
    assert.deepStrictEqual(setting('nudge.cadence').enum, ['weekly', 'daily', 'off']);
    assert.strictEqual(setting('nudge.leadTimeWeeks').default * 7, DEFAULT_NUDGE_RULES.leadTimeDays);
    assert.strictEqual(setting('nudge.daysWithoutWin').default, DEFAULT_NUDGE_RULES.daysWithoutWin);
    assert.strictEqual(setting('reviewDate').default, '');
  });

  test('the review date pattern lets through what parses, and empty', () => {
    const pattern = new RegExp(setting('reviewDate').pattern);
    for (const text of ['', '2026-07-14', '2028-02-29']) {
      assert.ok(pattern.test(text), text);
    }
    for (const text of ['2026-7-14', '14/07/2026', '2026-13-01', '2026-07-32', 'soon']) {
      assert.ok(!pattern.test(text), text);
      assert.strictEqual(parseExactDay(text), undefined, text);
    }
  });
});
