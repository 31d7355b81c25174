import * as assert from 'assert';
import { DEFAULT_ELEMENTS } from '../../src/core/elements/elements';
import type { JournalEntry } from '../../src/core/entries/entry';
import { narrativeSources } from '../../src/core/draft/narrative';
import { checkNarrative } from '../../src/core/draft/narrativeCheck';
import type { Period } from '../../src/core/dates/periods';
import { buildSelfReviewDraft, type SelfReviewInput } from '../../src/core/draft/selfReview';
import { lines, makeEntry } from './helpers';

const H1: Period = { start: '2026-01-01', end: '2026-06-30', label: 'this half' };
const GOALS_AND_PEOPLE = [DEFAULT_ELEMENTS[1], DEFAULT_ELEMENTS[4]];

const okrs = makeEntry({
  path: '2026/okrs.md',
  title: 'Rewrote onboarding OKRs',
  date: '2026-02-10',
  elements: ['smart-goals', 'align-stakeholders'],
  impact: 'One key result for the team',
  metrics: ['Time-to-first-value 6.5 days -> 2 days'],
  stakeholders: ['Design lead', 'Eng manager'],
});
const kpis = makeEntry({ path: '2026/kpi tree.md', title: 'Built the KPI tree', date: '2026-01-05', elements: ['smart-goals'] });
const secret = makeEntry({ path: '2026/reorg.md', title: 'Secret reorg', date: '2026-03-01', elements: ['smart-goals'], impact: 'Merged 2 teams', stakeholders: ['CEO'], confidential: true });

function draftInput(entries: JournalEntry[], fields: Partial<SelfReviewInput> = {}): SelfReviewInput {
  return { entries, elements: GOALS_AND_PEOPLE, period: H1, linkOf: (entry) => encodeURI(entry.path), ...fields };
}

suite('selfReview: the draft built from the entries alone', () => {
  test('per element: what I did (oldest first), the results, who I worked with; every line linked to its entry', () => {
    const stories = new Map([[kpis, { fromResult: false, paragraphs: ['Two teams counted activation differently.'] }]]);
    assert.strictEqual(
      buildSelfReviewDraft(draftInput([okrs, kpis, secret], { stories })),
      lines(
        '# Self-review draft: 1 Jan – 30 Jun 2026',
        '',
        'A starting point built from the 2 wins logged in this period (1 confidential entry is left out). Every line links to the entry it comes from: check it, then put it in your own words.',
        '',
        '## Set clear goals and objectives',
        '',
        'What I did:',
        '',
        '- [Built the KPI tree](2026/kpi%20tree.md) (5 Jan 2026): Two teams counted activation differently.',
        '- [Rewrote onboarding OKRs](2026/okrs.md) (10 Feb 2026).',
        '',
        'Results:',
        '',
        '- One key result for the team ([Rewrote onboarding OKRs](2026/okrs.md)).',
        '- Time-to-first-value 6.5 days -> 2 days ([Rewrote onboarding OKRs](2026/okrs.md)).',
        '',
        'Who I worked with:',
        '',
        '- Design lead, Eng manager ([Rewrote onboarding OKRs](2026/okrs.md)).',
        '',
        '## Align stakeholders',
        '',
        'What I did:',
        '',
        '- [Rewrote onboarding OKRs](2026/okrs.md) (10 Feb 2026).',
        '',
        'Results:',
        '',
        '- One key result for the team ([Rewrote onboarding OKRs](2026/okrs.md)).',
        '- Time-to-first-value 6.5 days -> 2 days ([Rewrote onboarding OKRs](2026/okrs.md)).',
        '',
        'Who I worked with:',
        '',
        '- Design lead, Eng manager ([Rewrote onboarding OKRs](2026/okrs.md)).',
        '',
      ),
    );
  });

  test('confidential entries are left out of everything', () => {
    const draft = buildSelfReviewDraft(draftInput([secret, okrs]));
    assert.ok(!/Secret|reorg|Merged|CEO/.test(draft), draft);
  });

  test('an element without wins says so; a win without results says what to add', () => {
    const draft = buildSelfReviewDraft(draftInput([kpis]));
    assert.ok(draft.includes('## Align stakeholders\n\nNo wins for this element in this period.'), draft);
    assert.ok(draft.includes('Results: none logged yet; add the result you measured to these entries.'), draft);
  });

  test('no wins at all: one line saying what to do', () => {
    assert.ok(buildSelfReviewDraft(draftInput([secret])).startsWith('# Self-review draft: 1 Jan – 30 Jun 2026\n\nNo wins are logged in this period (1 confidential entry is left out): log a few, then draft again.\n'));
  });

  test('entry text is escaped: it cannot become a link, a heading or HTML', () => {
    const tricky = makeEntry({ path: 't.md', title: 'A [fake](https://example.com) <b>', date: '2026-02-01', elements: ['smart-goals'], impact: 'x\n## Heading' });
    const draft = buildSelfReviewDraft(draftInput([tricky]));
    assert.ok(draft.includes('[A \\[fake\\](https://example.com) \\<b>](t.md)'), draft);
    assert.ok(!/^## Heading/m.test(draft), draft);
  });

  test('the checker a model answer goes through passes the draft itself: each line cites its entry and holds only its numbers', () => {
    const input = draftInput([okrs, kpis, secret]);
    const checked = checkNarrative(buildSelfReviewDraft(input).split('\n').slice(3).join('\n'), narrativeSources(input));
    const noWins = checked.markdown.split('\n').filter((line) => line.startsWith('⚠'));
    assert.deepStrictEqual(noWins, [], checked.markdown);
  });
});
