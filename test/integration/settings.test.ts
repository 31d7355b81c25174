import * as assert from 'assert';
import * as vscode from 'vscode';
import { dayOf } from '../../src/core/dates/calendarDay';
import { inDays } from '../../src/core/review/reviewDate';
import { JournalService } from '../../src/journal/journalService';
import { activateExtension, waitFor, type ExtensionUnderTest } from './helpers';

suite('Settings and flags', () => {
  let api: ExtensionUnderTest;
  const config = () => vscode.workspace.getConfiguration('promotionJournal');

  suiteSetup(async () => {
    api = await activateExtension();
  });

  test('the thresholds apply without a reload', async () => {
    try {
      await config().update('minimumEntries', 1, vscode.ConfigurationTarget.Workspace);
      await config().update('staleAfterDays', 3650, vscode.ConfigurationTarget.Workspace);
      await config().update('reviewPeriod', 'year', vscode.ConfigurationTarget.Workspace);
      const statuses = await waitFor(
        () => api.service.evidence().map((evidence) => evidence.status),
        (values) => values.every((status) => status === 'ok'),
      );
      assert.deepStrictEqual(statuses, ['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
      assert.strictEqual(api.statusBar.item.text, `$(pass) Review ${inDays(api.service.review.daysLeft!)} · Evidence ok this year`);

      await config().update('minimumEntries', 50, vscode.ConfigurationTarget.Workspace);
      const thin = await waitFor(
        () => api.service.evidence().map((evidence) => evidence.status),
        (values) => values.every((status) => status !== 'ok'),
      );
      assert.ok(thin.every((status) => status === 'thin' || status === 'missing'), thin.join());
      assert.strictEqual(api.statusBar.item.text, `$(warning) Review ${inDays(api.service.review.daysLeft!)} · 6 need evidence this year`);
    } finally {
      for (const key of ['minimumEntries', 'staleAfterDays', 'reviewPeriod']) {
        await config().update(key, undefined, vscode.ConfigurationTarget.Workspace);
      }
    }
  });

  test('without a journal folder the tree is empty (its welcome view shows) and the status bar hides', async () => {
    try {
      await config().update('journalFolder', 'no-such-journal', vscode.ConfigurationTarget.Workspace);
      await waitFor(() => api.service.hasJournal, (has) => !has);
      await api.service.ready();
      assert.deepStrictEqual(api.tree.getChildren(), []);
      assert.strictEqual(api.statusBar.visible, false);
    } finally {
      await config().update('journalFolder', undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => api.service.hasJournal, (has) => has);
      await api.service.ready();
    }
    assert.ok(api.tree.getChildren().length > 0);
    assert.strictEqual(api.statusBar.visible, true);
  });

  test('a number of days as the review period counts back from today', async () => {
    try {
      await config().update('reviewPeriod', 30, vscode.ConfigurationTarget.Workspace);
      const period = api.service.period;
      assert.strictEqual(period.end, api.service.today);
      assert.strictEqual(period.label, 'in the last 30 days');
    } finally {
      await config().update('reviewPeriod', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('the fiscal year start moves the calendar periods', async () => {
    try {
      await config().update('fiscalYearStartMonth', 7, vscode.ConfigurationTarget.Workspace);
      await config().update('reviewPeriod', 'year', vscode.ConfigurationTarget.Workspace);
      const { start } = api.service.period;
      assert.match(start, /-07-01$/);
    } finally {
      await config().update('fiscalYearStartMonth', undefined, vscode.ConfigurationTarget.Workspace);
      await config().update('reviewPeriod', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('flags recompute when the date rolls over, not only when files change', async () => {
    let now = new Date(2026, 10, 26, 23, 59, 59, 300);
    // The service's timers, run by hand: midnight comes without waiting for it.
    const scheduled = new Set<{ callback: () => void; ms: number }>();
    const timers = {
      setTimeout: (callback: () => void, ms: number) => {
        const timer = { callback, ms };
        scheduled.add(timer);
        return timer;
      },
      clearTimeout: (timer: unknown) => void scheduled.delete(timer as { callback: () => void; ms: number }),
    };
    const service = new JournalService(() => now, undefined, timers);
    try {
      await service.ready();
      assert.strictEqual(service.today, '2026-11-26');
      const midnight = [...scheduled].find((timer) => timer.ms === 1700);
      assert.ok(midnight, 'a timer is set for one second past midnight');
      let rolledOver = false;
      service.onDidChange(() => (rolledOver ||= service.today === '2026-11-27'));
      now = new Date(2026, 10, 27, 0, 0, 1);
      midnight.callback();
      assert.ok(rolledOver, 'a change event at midnight, with the new day');
      assert.strictEqual(dayOf(now), service.today);
      assert.ok([...scheduled].some((timer) => timer.ms === 24 * 3600 * 1000), 'the next midnight is scheduled');
    } finally {
      service.dispose();
    }
  });
});
