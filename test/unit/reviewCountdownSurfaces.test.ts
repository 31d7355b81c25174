import * as assert from 'assert';
import { renderDashboardHtml, type DashboardPage } from '../../src/core/render/dashboardHtml';
import { DEFAULT_ELEMENTS } from '../../src/core/elements/elements';
import { buildPacket } from '../../src/core/packet/packet';
import { reviewPeriod, type Period } from '../../src/core/dates/periods';
import { buildReport } from '../../src/core/evidence/report';
import { reportJson } from '../../src/core/evidence/reportJson';
import { renderReportText } from '../../src/core/render/reportText';
import { reviewCountdown } from '../../src/core/review/reviewDate';
import { makeEntry } from './helpers';
import { assertWellFormed } from './wellFormed';

const H2: Period = { start: '2026-07-01', end: '2026-12-31', label: 'this half' };
const TODAY = '2026-11-26';
const PAGE: DashboardPage = { cspSource: 'https://file+.vscode-resource.example', nonce: 'n0nce123', styleUri: 'https://file+.vscode-resource.example/media/dashboard.css', scriptUri: 'https://file+.vscode-resource.example/media/dashboard.js' };
const entries = [makeEntry({ path: 'a.md', date: '2026-11-02', elements: ['align-stakeholders'] })];
const report = buildReport(entries, DEFAULT_ELEMENTS, H2, TODAY);

suite('the review countdown on every surface', () => {
  test('the dashboard header carries it, first', () => {
    const html = renderDashboardHtml(report, PAGE, reviewCountdown('2026-12-19', H2, TODAY));
    assertWellFormed(html);
    assert.match(html, /<h1>Evidence dashboard<\/h1>\n<p class="review-countdown">Review in 23 days \(19 Dec 2026\)\.<\/p>\n<p class="summary">/);
  });

  test('the dashboard says a passed review date, and nothing without a review date', () => {
    assert.ok(renderDashboardHtml(report, PAGE, reviewCountdown('2026-11-01', H2, TODAY)).includes('<p class="review-countdown">The review date, 1 Nov 2026, has passed.</p>'));
    const rolling = reviewPeriod(90, TODAY);
    assert.ok(!renderDashboardHtml(buildReport(entries, DEFAULT_ELEMENTS, rolling, TODAY), PAGE, reviewCountdown('', rolling, TODAY)).includes('review-countdown'));
    assert.ok(!renderDashboardHtml(report, PAGE).includes('review-countdown'));
  });

  test('the packet says it in its summary while the review is ahead, never after', () => {
    const ahead = buildPacket(entries, DEFAULT_ELEMENTS, H2, TODAY, undefined, { review: reviewCountdown('2026-12-19', H2, TODAY) }).markdown;
    assert.match(ahead, /^1 win logged from 1 Jul – 31 Dec 2026, as of 26 Nov 2026\. Review in 23 days \(19 Dec 2026\)\.$/m);
    const passed = buildPacket(entries, DEFAULT_ELEMENTS, H2, TODAY, undefined, { review: reviewCountdown('2026-11-01', H2, TODAY) }).markdown;
    assert.match(passed, /^1 win logged from 1 Jul – 31 Dec 2026, as of 26 Nov 2026\.$/m);
    assert.strictEqual(buildPacket(entries, DEFAULT_ELEMENTS, H2, TODAY).markdown, passed, 'no countdown without a review');
  });

  test('the text report: a line under its heading', () => {
    const text = renderReportText(report, reviewCountdown('', H2, TODAY));
    assert.ok(text.startsWith('Evidence this half (1 Jul – 31 Dec 2026), as of 26 Nov 2026: 1 win, 0 with a measured result.\nReview in 35 days (31 Dec 2026).\n\nElement'), text);
    assert.ok(renderReportText(report).startsWith('Evidence this half (1 Jul – 31 Dec 2026), as of 26 Nov 2026: 1 win, 0 with a measured result.\n\nElement'));
  });

  test('the JSON form: the countdown given, or the period\'s end', () => {
    assert.deepStrictEqual(reportJson(report, reviewCountdown('2026-12-19', H2, TODAY)).review, { date: '2026-12-19', daysLeft: 23, source: 'setting' });
    assert.deepStrictEqual(reportJson(report).review, { date: '2026-12-31', daysLeft: 35, source: 'period' });
    const rolling = reviewPeriod(30, TODAY);
    assert.deepStrictEqual(reportJson(buildReport(entries, DEFAULT_ELEMENTS, rolling, TODAY)).review, { date: null, daysLeft: null, source: 'none' });
  });
});
