import * as assert from 'assert';
import { addDays } from 'date-fns';
import * as vscode from 'vscode';
import { dayOf } from '../../src/core/dates/calendarDay';
import { lastWinSentence, reviewJson } from '../../src/core/review/reviewDate';
import { activateExtension, plain, waitFor, type ExtensionUnderTest } from './helpers';

const config = () => vscode.workspace.getConfiguration('promotionJournal');

/** The day `days` after `day`, as the settings take it. */
function dayAfter(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return dayOf(addDays(new Date(year, month - 1, date), days));
}

suite('Review date: the countdown on the status bar, the dashboard and the API', () => {
  let api: ExtensionUnderTest;

  suiteSetup(async () => {
    api = await activateExtension();
  });

  teardown(async () => {
    await config().update('reviewDate', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('reviewPeriod', undefined, vscode.ConfigurationTarget.Workspace);
    api.dashboard.webviewPanel?.dispose();
  });

  test('the status bar says the review date setting in a few words; the tooltip lists the gaps and the last win', async () => {
    const reviewDate = dayAfter(api.service.today, 23);
    await config().update('reviewDate', reviewDate, vscode.ConfigurationTarget.Workspace);
    const flagged = api.service.evidence().filter((evidence) => evidence.status !== 'ok');
    assert.ok(flagged.length > 0, 'the fixture journal has gaps');
    const text = await waitFor(() => api.statusBar.item.text, (value) => value.includes('Review in 23 days'));
    assert.strictEqual(text, `$(warning) Review in 23 days · ${flagged.length} need evidence ${api.service.period.label}`);
    const tooltip = plain(api.statusBar.item.tooltip as vscode.MarkdownString);
    assert.ok(tooltip.startsWith('Review in 23 days ('), tooltip);
    for (const evidence of flagged) {
      assert.ok(tooltip.includes(`- **${evidence.element.label}**: ${evidence.gap}`), evidence.element.id);
    }
    assert.ok(tooltip.includes(lastWinSentence(api.service.evidence(), api.service.today)), tooltip);
    assert.match(tooltip, /Last win (today|yesterday|\d+ days ago)\./);
    assert.ok(tooltip.includes('(command:workbench.action.openSettings?'), 'a link to the setting');
    assert.deepStrictEqual(api.report().review, { date: reviewDate, daysLeft: 23, source: 'setting' });
  });

  test('without a review date the end of the period stands in; a period counted back from today has none', async () => {
    await config().update('reviewPeriod', 'year', vscode.ConfigurationTarget.Workspace);
    const yearEnd = `${api.service.today.slice(0, 4)}-12-31`;
    await waitFor(() => api.report().review.date, (date) => date === yearEnd);
    assert.deepStrictEqual(api.report().review, reviewJson(api.service.review));
    assert.strictEqual(api.report().review.source, 'period');
    assert.match(plain(api.statusBar.item.tooltip as vscode.MarkdownString), /: the end of the review period\./);

    await config().update('reviewPeriod', 30, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => api.report().review.source, (source) => source === 'none');
    assert.deepStrictEqual(api.report().review, { date: null, daysLeft: null, source: 'none' });
    assert.ok(!api.statusBar.item.text.includes('Review'), api.statusBar.item.text);
  });

  test('the dashboard\'s header carries the countdown', async () => {
    await config().update('reviewDate', dayAfter(api.service.today, 10), vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('promotionJournal.showDashboard');
    const html = await waitFor(() => api.dashboard.webviewPanel?.webview.html ?? '', (page) => page.includes('Review in 10 days'));
    assert.match(html, /<p class="review-countdown">Review in 10 days \(\d+ \w+ \d{4}\)\.<\/p>/);
  });
});
