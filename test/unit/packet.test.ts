import * as assert from 'assert';
import { DEFAULT_ELEMENTS } from '../../src/core/elements/elements';
import type { JournalEntry } from '../../src/core/entries/entry';
import { encodeLinkPath, escapeMarkdown, markdownTable } from '../../src/core/text/markdown';
import { buildPacket, type PacketOptions } from '../../src/core/packet/packet';
import type { Period } from '../../src/core/dates/periods';
import { lines, makeEntry } from './helpers';

const H1: Period = { start: '2026-01-01', end: '2026-06-30', label: 'this half' };
const TODAY = '2026-06-20';
const GOALS_AND_TRENDS = [DEFAULT_ELEMENTS[1], DEFAULT_ELEMENTS[2]];

function packet(entries: JournalEntry[], options: PacketOptions = {}, elements = DEFAULT_ELEMENTS) {
  return buildPacket(entries, elements, H1, TODAY, { minEntries: 2, staleDays: 45 }, options);
}

const okrs = makeEntry({
  path: '2026/2026-02-10-okrs.md',
  title: 'Rewrote onboarding OKRs',
  date: '2026-02-10',
  elements: ['smart-goals'],
  impact: 'One key result for the team',
  metrics: ['Time-to-first-value 6.5 days -> 2 days'],
  stakeholders: ['Design lead', 'Eng manager'],
});
const kpiTree = makeEntry({
  path: '2026/2026-06-01-kpi-tree.md',
  title: 'Built the activation KPI tree',
  date: '2026-06-01',
  elements: ['smart-goals'],
  metrics: ['Activation 42% -> 51%', 'QBR prep 3 days -> 1 day'],
});
const secret = makeEntry({
  path: '2026/2026-05-30-reorg.md',
  title: 'Secret reorg plan',
  date: '2026-05-30',
  elements: ['smart-goals', 'future-trends'],
  impact: 'Merged two teams of 12',
  stakeholders: ['CEO'],
  confidential: true,
});

suite('packet: buildPacket', () => {
  test('the whole packet: title, summary, the glance, coverage, a section per element with its wins, then the gaps', () => {
    assert.strictEqual(
      packet([okrs, kpiTree, secret], {}, GOALS_AND_TRENDS).markdown,
      lines(
        '# Promotion packet: 1 Jan – 30 Jun 2026',
        '',
        '2 wins logged from 1 Jan – 30 Jun 2026, as of 20 Jun 2026. 1 confidential entry is left out.',
        '',
        '## At a glance',
        '',
        '**Wins per element:** Set clear goals and objectives: 2 · Anticipate future trends and challenges: 0',
        '',
        '**Strongest wins:**',
        '',
        '1. [Built the activation KPI tree](2026/2026-06-01-kpi-tree.md) (1 Jun 2026): Activation 42% -> 51%',
        '2. [Rewrote onboarding OKRs](2026/2026-02-10-okrs.md) (10 Feb 2026): Time-to-first-value 6.5 days -> 2 days',
        '',
        '## Coverage',
        '',
        'Wins per element from 1 Jan – 30 Jun 2026: a win tagged with several elements counts once for each. Confidential entries are not counted.',
        '',
        '| Strategic element | Wins | With a measured result | Latest | Status |',
        '| --- | ---: | ---: | --- | --- |',
        '| Set clear goals and objectives | 2 | 2 | 1 Jun 2026 | ok |',
        '| Anticipate future trends and challenges | 0 | 0 | never | missing: none this half |',
        '',
        '## Set clear goals and objectives',
        '',
        "_Goals for the product that are specific, measurable, achievable, relevant and time-bound, aligned with the organization's objectives, giving the team one direction._",
        '',
        '- **1 Jun 2026: [Built the activation KPI tree](2026/2026-06-01-kpi-tree.md)**',
        '  - Metrics:',
        '    - Activation 42% -> 51%',
        '    - QBR prep 3 days -> 1 day',
        '- **10 Feb 2026: [Rewrote onboarding OKRs](2026/2026-02-10-okrs.md)**',
        '  - Impact: One key result for the team',
        '  - Metrics: Time-to-first-value 6.5 days -> 2 days',
        '  - Stakeholders: Design lead, Eng manager',
        '',
        '## Anticipate future trends and challenges',
        '',
        '_Seeing shifts early (new technology, changing customer behaviour, regulation, competitive threats) and adjusting the strategy before they hit._',
        '',
        'No wins in this period.',
        '',
        '## Evidence gaps',
        '',
        'What to find or log next, with the questions that help.',
        '',
        '- **Anticipate future trends and challenges**: missing, none this half.',
        '  - What did you see coming before others did?',
        '  - Which risk did you head off, or which opportunity did you take?',
        '',
      ),
    );
  });

  suite('confidential entries', () => {
    test('are left out of everything, counts and latest dates included', () => {
      const result = packet([okrs, secret]);
      assert.ok(!result.markdown.includes('Secret'), 'no title');
      assert.ok(!result.markdown.includes('reorg'), 'no link');
      assert.ok(!result.markdown.includes('Merged'), 'no impact');
      assert.ok(!result.markdown.includes('CEO'), 'no stakeholder');
      assert.ok(!result.markdown.includes('30 May'), 'no date');
      assert.match(result.markdown, /\| Anticipate future trends and challenges \| 0 \| 0 \| never \| missing: none this half \|/);
      assert.match(result.markdown, /\| Set clear goals and objectives \| 1 \| 1 \| 10 Feb 2026 \| thin: 1 of 2 this half \|/);
      assert.strictEqual(result.confidentialLeftOut, 1);
      assert.ok(result.report.entriesInPeriod.every((entry) => !entry.confidential));
    });

    test('the packet says how many, in the singular or the plural', () => {
      const another = makeEntry({ date: '2026-03-01', elements: ['smart-goals'], confidential: true });
      assert.match(packet([secret]).markdown, /\. 1 confidential entry is left out\./);
      assert.match(packet([secret, another]).markdown, /\. 2 confidential entries are left out\./);
    });

    test('only those dated inside the period count as left out', () => {
      const outside = makeEntry({ date: '2025-12-31', elements: ['smart-goals'], confidential: true });
      const undated = makeEntry({ elements: ['smart-goals'], confidential: true });
      const result = packet([okrs, outside, undated]);
      assert.strictEqual(result.confidentialLeftOut, 0);
      assert.ok(!result.markdown.includes('confidential'));
    });
  });

  suite('links', () => {
    test('by default the entry path relative to the journal folder, encoded for markdown', () => {
      const spaced = makeEntry({ path: '2026/launch review (Q2).md', title: 'Launch review', date: '2026-06-01', elements: ['smart-goals'] });
      assert.ok(packet([spaced]).markdown.includes('[Launch review](2026/launch%20review%20%28Q2%29.md)'));
    });

    test('linkOf decides the target for each entry, and no target means no link', () => {
      const seen: string[] = [];
      const markdown = packet([okrs, kpiTree], {
        linkOf: (entry) => {
          seen.push(entry.path);
          return entry === okrs ? '../journal/okrs.md' : undefined;
        },
      }).markdown;
      assert.ok(markdown.includes('- **10 Feb 2026: [Rewrote onboarding OKRs](../journal/okrs.md)**'));
      assert.ok(markdown.includes('- **1 Jun 2026: Built the activation KPI tree**'));
      assert.deepStrictEqual(seen.sort(), [okrs.path, kpiTree.path]);
    });
  });

  test('an entry is listed under each of its elements', () => {
    const both = makeEntry({ title: 'Both', date: '2026-03-03', elements: ['smart-goals', 'future-trends'] });
    assert.strictEqual(packet([both]).markdown.match(/- \*\*3 Mar 2026: \[Both\]/g)?.length, 2);
  });

  test('user text cannot become markup: emphasis, links, HTML, table cells', () => {
    const tricky = makeEntry({
      title: 'Launch | *pricing* [beta] <b>',
      date: '2026-03-03',
      elements: ['smart-goals'],
      impact: 'Cut churn_rate\nby `half`',
      stakeholders: ['R&D'],
    });
    const markdown = packet([tricky]).markdown;
    assert.ok(markdown.includes('[Launch \\| \\*pricing\\* \\[beta\\] \\<b>]('), markdown);
    assert.ok(markdown.includes('  - Impact: Cut churn\\_rate by \\`half\\`'), markdown);
    assert.ok(markdown.includes('  - Stakeholders: R\\&D'), markdown);
  });

  test('control characters from entries and the framework are escaped, wherever the packet goes', () => {
    const element = { ...DEFAULT_ELEMENTS[1], label: 'Goals\u001b]0;evil\u0007', prompts: ['Why\u009b2J?'] };
    const hostile = makeEntry({
      title: 'Win\u001b[2J\u0007 \u202Eexe.txt',
      date: '2026-03-03',
      elements: ['smart-goals'],
      impact: 'Cut\r\n## Fake heading\u0000',
      stakeholders: ['Ada\u007f'],
    });
    const markdown = buildPacket([hostile], [element], H1, TODAY).markdown;
    assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/.test(markdown), JSON.stringify(markdown)); // eslint-disable-line no-control-regex
    assert.ok(markdown.includes('[Win\\x1B\\[2J\\x07 \\u202Eexe.txt]('), markdown);
    assert.ok(markdown.includes('  - Impact: Cut ## Fake heading\\x00'), markdown);
    assert.ok(markdown.includes('## Goals\\x1B\\]0;evil\\x07'), markdown);
    assert.ok(markdown.includes('  - Why\\x9B2J?'), markdown);
    assert.ok(markdown.includes('  - Stakeholders: Ada\\x7F'), markdown);
    assert.ok(!/^## Fake/m.test(markdown));
  });

  test('untagged entries are not listed, and the packet says so', () => {
    const untagged = makeEntry({ title: 'Loose note', date: '2026-03-03' });
    const markdown = packet([okrs, untagged]).markdown;
    assert.ok(markdown.includes('1 win logged from 1 Jan – 30 Jun 2026, as of 20 Jun 2026. 1 more entry has no strategic element and is not listed.'), markdown);
    assert.ok(!markdown.includes('Loose note'));
  });

  test('no gaps: the packet says every element has enough evidence', () => {
    const result = buildPacket([okrs], GOALS_AND_TRENDS.slice(0, 1), H1, '2026-02-20', { minEntries: 1, staleDays: 45 });
    assert.ok(result.markdown.endsWith('## Evidence gaps\n\nNone: every element has enough evidence.\n'), result.markdown);
  });

  test('an element of a custom framework without a description gets no empty line of emphasis', () => {
    const bare = { id: 'ship', label: 'Ship', description: '', prompts: [], icon: 'rocket' };
    const markdown = buildPacket([], [bare], H1, TODAY).markdown;
    assert.ok(markdown.includes('## Ship\n\nNo wins in this period.'), markdown);
    assert.ok(markdown.includes('- **Ship**: missing, none this half.'), markdown);
  });

  test('a title of the user\'s own', () => {
    assert.ok(packet([], { title: 'Promotion case for Ada' }).markdown.startsWith('# Promotion case for Ada: 1 Jan – 30 Jun 2026\n'));
  });

  test('a period across years writes both years', () => {
    const markdown = buildPacket([], DEFAULT_ELEMENTS, { start: '2025-07-01', end: '2026-06-30', label: 'this year' }, TODAY).markdown;
    assert.ok(markdown.startsWith('# Promotion packet: 1 Jul 2025 – 30 Jun 2026\n'));
  });

  test('the same input, the same packet, whatever the order of the entries', () => {
    assert.strictEqual(packet([okrs, kpiTree, secret]).markdown, packet([secret, kpiTree, okrs]).markdown);
  });
});

suite('packet: markdown helpers', () => {
  test('escapeMarkdown keeps one line and escapes what could be markup', () => {
    assert.strictEqual(escapeMarkdown('  a\n b  '), 'a b');
    assert.strictEqual(escapeMarkdown('\\ ` * _ [ ] < | ~ &'), '\\\\ \\` \\* \\_ \\[ \\] \\< \\| \\~ \\&');
    assert.strictEqual(escapeMarkdown('4.1% -> 2.9% (projected)'), '4.1% -> 2.9% (projected)');
  });

  test('encodeLinkPath encodes each segment, brackets included, and keeps .. and /', () => {
    assert.strictEqual(encodeLinkPath('../journal/2026/a b (1)#.md'), '../journal/2026/a%20b%20%281%29%23.md');
    assert.strictEqual(encodeLinkPath('./naïve.md'), './na%C3%AFve.md');
  });

  test('markdownTable right-aligns the columns it is told', () => {
    assert.strictEqual(markdownTable(['a', 'n'], [['x', '1']], [1]), '| a | n |\n| --- | ---: |\n| x | 1 |');
  });
});
