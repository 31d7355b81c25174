import * as assert from 'assert';
import type { CalendarDay } from '../../src/core/dates/calendarDay';
import { elementMarkdown } from '../../src/core/elements/elementMarkdown';
import { DEFAULT_ELEMENTS, type StrategicElement } from '../../src/core/elements/elements';
import type { JournalEntry } from '../../src/core/entries/entry';
import { analyzeEvidence, type ElementEvidence } from '../../src/core/evidence/evidence';
import type { Period } from '../../src/core/dates/periods';
import { evidenceStatusBarText } from '../../src/core/render/statusBarText';
import {
  elementAccessibilityLabel,
  elementDescription,
  elementRowDescription,
  elementTooltip,
  elementTreeLabel,
  entryDescription,
  entryLabel,
  entryTooltip,
  groupDescription,
  lookAlikeTitles,
  timeAgo,
} from '../../src/core/render/treeText';
import { makeEntry } from './helpers';

const H2: Period = { start: '2026-07-01', end: '2026-12-31', label: 'this half' };
const TODAY = '2026-11-26';
const GOALS = 'smart-goals';

function win(date: CalendarDay | undefined, fields: Partial<JournalEntry> = {}): JournalEntry {
  return makeEntry({ date, elements: [GOALS], ...fields });
}

function evidenceOf(entries: JournalEntry[], elements: readonly StrategicElement[] = DEFAULT_ELEMENTS, id = GOALS): ElementEvidence {
  return analyzeEvidence(entries, elements, H2, TODAY).find((evidence) => evidence.element.id === id)!;
}

/** Text with user characters that markdown or VS Code would read as markup. */
const HOSTILE = '`x` [link](command:evil) <b>&amp; ~~s~~ $(rocket) *a* _b_ | c';
/** Any of its markup left without the backslash that makes it text. */
const UNESCAPED_MARKUP = /(^|[^\\])(\$\(rocket\)|\[link|<b>|&amp;|~~s|\*a\*|_b_|`x`)/;

suite('treeText: element rows', () => {
  test('ok: the period\'s wins, named by the period', () => {
    const evidence = evidenceOf([win('2026-11-01'), win('2026-11-10'), win('2026-11-20')]);
    assert.strictEqual(elementDescription(evidence, H2), '3 wins this half');
  });

  test('ok with older wins: the all-time count follows, labelled', () => {
    const evidence = evidenceOf([win('2026-11-01'), win('2026-11-10'), win('2026-11-20'), win('2025-03-01'), win(undefined)]);
    assert.strictEqual(elementDescription(evidence, H2), '3 wins this half · 5 in all');
  });

  test('thin: the gap states the period\'s count; all-time apart', () => {
    const evidence = evidenceOf([win('2026-11-01'), win('2026-02-01'), win('2025-02-01')]);
    assert.strictEqual(elementDescription(evidence, H2), '1 of 3 this half · 3 in all');
  });

  test('stale: the period\'s count, then since when nothing', () => {
    const evidence = evidenceOf([win('2026-07-01'), win('2026-07-02'), win('2026-07-03')]);
    assert.strictEqual(elementDescription(evidence, H2), '3 wins this half, none since 3 Jul');
  });

  test('missing, never logged: "none this half"; missing with older wins: none since, and how many in all', () => {
    assert.strictEqual(elementDescription(evidenceOf([]), H2), 'none this half');
    assert.strictEqual(elementDescription(evidenceOf([win('2026-03-01'), win('2026-02-01')]), H2), '0 wins this half, none since 1 Mar · 2 in all');
  });

  test('only entries after the period or undated: none this half, with them in all', () => {
    assert.strictEqual(elementDescription(evidenceOf([win('2027-01-05'), win(undefined)]), H2), 'none this half · 2 in all');
  });

  test('the screen reader hears the same numbers, and whether it needs evidence', () => {
    const evidence = evidenceOf([win('2026-11-01')]);
    assert.strictEqual(elementAccessibilityLabel(evidence, H2), 'Set clear goals and objectives: 1 of 3 this half, needs evidence');
  });

  test('the tooltip gives the period with its days, both counts, and when flagged the gap and prompts', () => {
    const evidence = evidenceOf([win('2026-11-01', { impact: 'Activation +9%' }), win('2025-01-01')]);
    const tooltip = elementTooltip(evidence, H2);
    assert.strictEqual(tooltip.supportThemeIcons, true);
    assert.ok(tooltip.value.includes('1 win this half (1 Jul – 31 Dec 2026), 1 with a measured result; 2 in all, of any date.'), tooltip.value);
    assert.ok(tooltip.value.includes('$(warning) **Needs evidence: 1 of 3 this half.** Log a win that answers:'), tooltip.value);
    assert.ok(tooltip.value.includes('- What was the goal and how is it measured?\n'), tooltip.value);
  });

  test('a custom element\'s text reaches the tooltip as text, never as markup or icons', () => {
    const element: StrategicElement = { id: 'ship', label: HOSTILE, description: HOSTILE, prompts: [HOSTILE], icon: 'rocket' };
    const tooltip = elementTooltip(evidenceOf([], [element], 'ship'), H2).value;
    assert.doesNotMatch(tooltip, UNESCAPED_MARKUP);
    assert.ok(tooltip.includes('\\`x\\` \\[link\\](command:evil) \\<b>\\&amp; \\~\\~s\\~\\~ \\$(rocket) \\*a\\* \\_b\\_ \\| c'), tooltip);
  });
});

suite('treeText: rows at the sidebar\'s default width', () => {
  test('a default element has a short name; a custom one without it keeps its label', () => {
    assert.deepStrictEqual(DEFAULT_ELEMENTS.map(elementTreeLabel), ['Business context', 'Clear goals', 'Future trends', 'Iterate and adapt', 'Align stakeholders', 'Measure success']);
    assert.strictEqual(elementTreeLabel({ id: 'ship', label: 'Ship it', description: '', prompts: [], icon: 'rocket' }), 'Ship it');
  });

  test('ok: the wins; flagged: the wins of the minimum, and how long ago the latest was', () => {
    assert.strictEqual(elementRowDescription(evidenceOf([win('2026-11-01'), win('2026-11-10'), win('2026-11-20'), win('2026-11-21')]), 3, TODAY), '4 wins');
    assert.strictEqual(elementRowDescription(evidenceOf([win('2026-10-15')]), 3, TODAY), '1/3 · 6 wk ago');
    assert.strictEqual(elementRowDescription(evidenceOf([win('2026-07-01'), win('2026-07-02'), win('2026-07-03')]), 3, TODAY), '3/3 · 4 mo ago');
    assert.strictEqual(elementRowDescription(evidenceOf([win('2026-03-01')]), 3, TODAY), '0/3 · 8 mo ago');
    assert.strictEqual(elementRowDescription(evidenceOf([]), 3, TODAY), '0/3 · never');
  });

  test('a flagged default element\'s name and numbers take at most 36 characters together', () => {
    for (const element of DEFAULT_ELEMENTS) {
      const description = elementRowDescription(evidenceOf([win('2024-01-01', { elements: [element.id] })], DEFAULT_ELEMENTS, element.id), 3, TODAY);
      assert.ok(`${elementTreeLabel(element)}  ${description}`.length <= 36, `${elementTreeLabel(element)}  ${description}`);
    }
  });

  test('how long ago, in a few characters', () => {
    assert.strictEqual(timeAgo(TODAY, TODAY), 'today');
    assert.strictEqual(timeAgo('2026-11-25', TODAY), 'yesterday');
    assert.strictEqual(timeAgo('2026-11-16', TODAY), '10 days ago');
    assert.strictEqual(timeAgo('2026-11-12', TODAY), '2 wk ago');
    assert.strictEqual(timeAgo('2026-09-01', TODAY), '2 mo ago');
    assert.strictEqual(timeAgo('2024-11-01', TODAY), '2 yr ago');
    assert.strictEqual(timeAgo('2026-12-01', TODAY), '1 Dec', 'a day after today is named');
  });

  test('titles that start alike get their day first; the others keep their title', () => {
    const titles = ['Weekly sync with Finance on pricing', 'Weekly sync with finance on budgets', 'Ran a checkout experiment'];
    assert.deepStrictEqual([...lookAlikeTitles(titles)], titles.slice(0, 2));
    const entry = win('2026-11-10', { title: titles[0] });
    assert.strictEqual(entryLabel(entry, TODAY, true), '10 Nov · Weekly sync with Finance on pricing');
    assert.strictEqual(entryLabel(entry, TODAY, false), titles[0]);
    assert.strictEqual(entryLabel(win(undefined, { title: 'x' }), TODAY, true), 'x', 'no day to show');
  });
});

suite('treeText: entries and groups', () => {
  test('an entry shows its day, with the hint when it states no result; under Problems, its first problem', () => {
    const weak = win('2026-11-10');
    assert.strictEqual(entryDescription(weak, TODAY, false), '10 Nov · add the result you measured');
    assert.strictEqual(entryDescription(win('2026-11-10', { impact: '3x faster' }), TODAY, false), '10 Nov');
    const broken = win(undefined, { problems: [{ code: 'no-date', message: 'No date.' }] });
    assert.strictEqual(entryDescription(broken, TODAY, true), 'No date.');
    assert.strictEqual(entryDescription(broken, TODAY, false), 'no date · add the result you measured');
  });

  test('a group counts its entries, labelled', () => {
    assert.strictEqual(groupDescription(1), '1 entry');
    assert.strictEqual(groupDescription(5), '5 entries');
  });

  test('an entry tooltip escapes the title, impact, metrics and problems', () => {
    const entry = win('2026-11-10', { title: HOSTILE, impact: HOSTILE, metrics: [HOSTILE], problems: [{ code: 'unknown-element', message: `Unknown element "${HOSTILE}".` }] });
    const tooltip = entryTooltip(entry).value;
    assert.doesNotMatch(tooltip, UNESCAPED_MARKUP);
    assert.strictEqual(tooltip.split('\\$(rocket)').length - 1, 4, tooltip);
    assert.ok(tooltip.includes(`**Impact:** ${'\\`x\\` \\[link\\]'}`), tooltip);
  });

  test('an entry tooltip names its elements by label, its stakeholders and tags, all escaped', () => {
    const entry = win('2026-11-10', { elements: ['smart-goals', 'not-known'], stakeholders: ['VP Sales', HOSTILE], tags: ['pricing', HOSTILE] });
    const tooltip = entryTooltip(entry, DEFAULT_ELEMENTS).value;
    assert.ok(tooltip.includes('**Elements:** Set clear goals and objectives, not-known\n'), tooltip);
    assert.ok(tooltip.includes('**Stakeholders:** VP Sales, \\`x\\`'), tooltip);
    assert.ok(tooltip.includes('**Tags:** pricing, \\`x\\`'), tooltip);
    assert.doesNotMatch(tooltip, UNESCAPED_MARKUP);
  });

  test('the file name stays inside its code span, backticks and all; $( is not drawn as an icon', () => {
    assert.ok(entryTooltip(win('2026-11-10', { path: '2026/a `b` c.md' })).value.endsWith('\n\n``2026/a `b` c.md``'));
    assert.ok(entryTooltip(win('2026-11-10', { path: '2026/$(rocket).md' })).value.endsWith('\n\n2026/\\$(rocket).md'));
  });
});

suite('statusBarText', () => {
  test('flagged elements: how many, for which period; the tooltip lists each with its gap', () => {
    const evidence = analyzeEvidence([win('2026-11-01')], DEFAULT_ELEMENTS, H2, TODAY);
    const { text, tooltip } = evidenceStatusBarText(evidence, H2);
    assert.strictEqual(text, '$(warning) 6 need evidence this half');
    assert.ok(tooltip.value.startsWith('6 of 6 strategic elements need evidence this half (1 Jul – 31 Dec 2026):\n\n'), tooltip.value);
    assert.ok(tooltip.value.includes('- **Set clear goals and objectives**: 1 of 3 this half\n'), tooltip.value);
  });

  test('the days left until the review come first', () => {
    const evidence = analyzeEvidence([win('2026-11-01')], DEFAULT_ELEMENTS, H2, TODAY);
    const review = { date: '2026-12-31', daysLeft: 23, source: 'setting' } as const;
    assert.strictEqual(evidenceStatusBarText(evidence, H2, review).text, '$(warning) Review in 23 days · 6 need evidence this half');
  });

  test('nothing flagged: ok for the period', () => {
    const element: StrategicElement = { id: 'ship', label: 'Ship', description: '', prompts: [], icon: 'rocket' };
    const entries = ['2026-11-01', '2026-11-10', '2026-11-20'].map((date) => makeEntry({ date, elements: ['ship'] }));
    const { text, tooltip } = evidenceStatusBarText(analyzeEvidence(entries, [element], H2, TODAY), H2);
    assert.strictEqual(text, '$(pass) Evidence ok this half');
    assert.strictEqual(tooltip.value, 'Every strategic element has enough recent evidence this half (1 Jul – 31 Dec 2026).');
  });

  test('a custom label is escaped in the tooltip', () => {
    const element: StrategicElement = { id: 'ship', label: HOSTILE, description: '', prompts: [], icon: 'rocket' };
    const { tooltip } = evidenceStatusBarText(analyzeEvidence([], [element], H2, TODAY), H2);
    assert.ok(tooltip.value.includes('- **\\`x\\` \\[link\\](command:evil) \\<b>'), tooltip.value);
  });
});

suite('elementMarkdown (hover and completion)', () => {
  test('label, id in code, description and prompts, all escaped', () => {
    const element: StrategicElement = { id: 'ship', label: HOSTILE, description: HOSTILE, prompts: [HOSTILE], icon: 'rocket' };
    const markdown = elementMarkdown(element);
    assert.strictEqual(markdown.supportThemeIcons, false);
    assert.ok(markdown.value.startsWith('**\\`x\\` \\[link\\]'), markdown.value);
    assert.ok(markdown.value.includes(' · `ship`\n\n'), markdown.value);
    assert.ok(markdown.value.includes('**What counts as evidence:** \\`x\\`'), markdown.value);
    assert.ok(markdown.value.includes('**Ask yourself:**\n\n- \\`x\\`'), markdown.value);
  });
});
