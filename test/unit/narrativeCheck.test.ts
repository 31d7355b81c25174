import * as assert from 'assert';
import type { SentEntry } from '../../src/core/draft/narrative';
import { checkNarrative, numbersIn, UNVERIFIED_MARK } from '../../src/core/draft/narrativeCheck';
import { lines, makeEntry } from './helpers';

function sent(link: string, text: string): SentEntry {
  return { entry: makeEntry({ path: decodeURIComponent(link) }), link, text };
}

const PRICING = sent('2026/2026-07-14-pricing.md', lines('title: Re-scoped Q3 pricing launch', 'date: 2026-07-14 (14 Jul 2026)', 'impact: Cut projected churn from 4.1% to 2.9%', 'stakeholders: VP Sales; Finance'));
const LAUNCH = sent('2026/launch%20review%20%28Q2%29.md', lines('title: Launch review', 'date: 2026-06-01 (1 Jun 2026)', 'impact: 2,300 users in the first week'));
const SOURCES = [PRICING, LAUNCH];
const cite = (source: SentEntry, title = 'entry') => `[${title}](${source.link})`;

suite('narrativeCheck: every claim of a model is checked against what it was sent', () => {
  test('a sentence citing an entry that holds its numbers passes untouched', () => {
    const answer = lines('## Iterate and adapt', '', `On 14 Jul 2026 I re-scoped the Q3 pricing launch, cutting projected churn from 4.1% to 2.9% (${cite(PRICING)}).`);
    assert.deepStrictEqual(checkNarrative(answer, SOURCES), { markdown: answer, claims: 1, unverified: 0 });
  });

  test('an invented number is caught, even next to a real citation', () => {
    const checked = checkNarrative(`That saved 12% of revenue (${cite(PRICING)}).`, SOURCES);
    assert.strictEqual(checked.unverified, 1);
    assert.strictEqual(checked.markdown, `${UNVERIFIED_MARK} That saved 12% of revenue (${cite(PRICING)}). _("12" is in no entry it cites)_`);
  });

  test("a number from another entry is caught: it must be in an entry the sentence itself cites", () => {
    const checked = checkNarrative(`Churn fell to 2.9% and 2,300 users joined (${cite(PRICING)}).`, SOURCES);
    assert.match(checked.markdown, /^⚠ unverified: .*_\("2,300" is in no entry it cites\)_$/);
    assert.strictEqual(checkNarrative(`Churn fell to 2.9% and 2,300 users joined (${cite(PRICING)}, ${cite(LAUNCH)}).`, SOURCES).unverified, 0);
  });

  test('an invented link is caught and loses its target; the text stays', () => {
    const checked = checkNarrative('I wrote it up ([my blog](https://example.com/post)).', SOURCES);
    assert.strictEqual(checked.markdown, `${UNVERIFIED_MARK} I wrote it up (my blog). _(it links to something that is not one of your entries; it cites no entry)_`);
    const alongside = checkNarrative(`Churn fell to 2.9% (${cite(PRICING)}, [more](2026/other.md)).`, SOURCES);
    assert.strictEqual(alongside.unverified, 1);
    assert.ok(!alongside.markdown.includes('(2026/other.md)'), alongside.markdown);
    assert.ok(alongside.markdown.includes(cite(PRICING)), 'the real citation is kept');
  });

  test('a sentence that cites nothing is a claim without a source', () => {
    const checked = checkNarrative('- Overall I showed great judgement.', SOURCES);
    assert.strictEqual(checked.markdown, `- ${UNVERIFIED_MARK} Overall I showed great judgement. _(it cites no entry)_`);
  });

  test('each sentence is checked on its own, the citation after a full stop belongs to the sentence before', () => {
    const answer = `Churn fell to 2.9%. (${cite(PRICING)}) Users hit 2,300 (${cite(LAUNCH)}). Then 5,000 came.`;
    const checked = checkNarrative(answer, SOURCES);
    assert.deepStrictEqual([checked.claims, checked.unverified], [3, 1]);
    assert.ok(checked.markdown.endsWith(`${UNVERIFIED_MARK} Then 5,000 came. _(it cites no entry)_`), checked.markdown);
  });

  test('links are matched as CommonMark reads them: encoded or not, in angle brackets, with ./ or a title', () => {
    for (const link of ['<2026/launch review (Q2).md>', '2026/launch%20review%20%28Q2%29.md', './2026/launch%20review%20(Q2).md', '2026/launch%20review%20%28Q2%29.md "Launch"']) {
      assert.strictEqual(checkNarrative(`2,300 users came in week 1 ([Launch review](${link})).`, SOURCES).unverified, 0, link);
    }
  });

  test('headings, labels and rules are not claims; a heading may hold no foreign link either', () => {
    const answer = lines('## Align stakeholders', '', '**What I did**', 'Results:', '---', '', `I aligned VP Sales and Finance (${cite(PRICING)}).`);
    assert.deepStrictEqual(checkNarrative(answer, SOURCES), { markdown: answer, claims: 1, unverified: 0 });
    assert.match(checkNarrative('## See [this](https://example.com)', SOURCES).markdown, /^⚠ unverified: ## See this/);
  });

  test('a web address or HTML in a sentence is marked, and the HTML cannot render', () => {
    const checked = checkNarrative(`Churn fell to 2.9% <img src=x onerror=alert(1)> see https://example.com (${cite(PRICING)}).`, SOURCES);
    assert.strictEqual(checked.unverified, 1);
    assert.ok(checked.markdown.includes('\\<img src=x'), checked.markdown);
    assert.ok(checked.markdown.includes('it holds a web address that is not an entry; it holds HTML'), checked.markdown);
  });

  test('a reference definition to anything but an entry is removed, visibly', () => {
    const checked = checkNarrative(lines(`Churn fell to 2.9% (${cite(PRICING)}).`, '[blog]: https://example.com'), SOURCES);
    assert.strictEqual(checked.markdown.split('\n')[1], `${UNVERIFIED_MARK} a link that is not one of your entries was removed here.`);
  });

  test('an answer wrapped in a markdown fence is read inside it', () => {
    const inner = `Churn fell to 2.9% (${cite(PRICING)}).`;
    assert.deepStrictEqual(checkNarrative(`\`\`\`markdown\n${inner}\n\`\`\`\n`, SOURCES), { markdown: inner, claims: 1, unverified: 0 });
  });

  test('numbers compare by value: thousands separators, decimal commas, leading zeros', () => {
    assert.deepStrictEqual(numbersIn('2,300 users, 4,1% churn, on 2026-07-01, Q3, v1.2.3').map((number) => number.value), ['2300', '4.1', '2026', '7', '1', '3', '1.2.3']);
    assert.strictEqual(checkNarrative(`About 2300 users came (${cite(LAUNCH)}).`, SOURCES).unverified, 0);
  });

  test('the digits of a name count too: a model must not turn Q3 into Q4', () => {
    assert.strictEqual(checkNarrative(`I re-scoped the Q4 launch (${cite(PRICING)}).`, SOURCES).unverified, 1);
  });

  test('numbers in a link target are not claims; numbers in a link text are', () => {
    assert.strictEqual(checkNarrative(`I led the review (${cite(LAUNCH, 'Launch review')}).`, SOURCES).unverified, 0);
    assert.strictEqual(checkNarrative(`I led the review (${cite(LAUNCH, 'Launch review of 9 teams')}).`, SOURCES).unverified, 1);
  });
});
