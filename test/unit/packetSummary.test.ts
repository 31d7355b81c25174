import * as assert from 'assert';
import { DEFAULT_ELEMENTS } from '../../src/core/elements/elements';
import { buildPacket } from '../../src/core/packet/packet';
import type { Period } from '../../src/core/dates/periods';
import { makeEntry } from './helpers';

const H1: Period = { start: '2026-01-01', end: '2026-06-30', label: 'this half' };

function glanceOf(markdown: string): string {
  return markdown.slice(markdown.indexOf('## At a glance'), markdown.indexOf('## Coverage'));
}

suite('packet: the glance at the top', () => {
  test('it comes right after the summary line, before the coverage table', () => {
    const markdown = buildPacket([], DEFAULT_ELEMENTS, H1, '2026-06-20').markdown;
    assert.match(markdown, /^# Promotion packet: [^\n]+\n\n0 wins logged [^\n]+\n\n## At a glance\n\n/);
  });

  test('wins per element: the same counts as the coverage table, in the framework order', () => {
    const entries = [
      makeEntry({ date: '2026-02-01', elements: ['smart-goals', 'iterate-adapt'] }),
      makeEntry({ date: '2026-03-01', elements: ['smart-goals'] }),
      makeEntry({ date: '2026-03-02', elements: ['smart-goals'], confidential: true }),
    ];
    const markdown = buildPacket(entries, DEFAULT_ELEMENTS, H1, '2026-06-20').markdown;
    assert.ok(
      glanceOf(markdown).includes(
        '**Wins per element:** Understand the business context: 0 · Set clear goals and objectives: 2 · Anticipate future trends and challenges: 0 · Iterate and adapt: 1 · Align stakeholders: 0 · Measure and evaluate success: 0',
      ),
      markdown,
    );
    assert.match(markdown, /^\| Set clear goals and objectives \| 2 \|/m);
    assert.match(markdown, /^\| Iterate and adapt \| 1 \|/m);
  });

  test('the three strongest wins, most metrics first, each with its measured result; never a confidential or untagged one', () => {
    const entries = [
      makeEntry({ path: 'a.md', title: 'One metric', date: '2026-02-01', elements: ['smart-goals'], metrics: ['NPS 30 -> 41'] }),
      makeEntry({ path: 'b.md', title: 'Two metrics', date: '2026-02-02', elements: ['smart-goals'], impact: 'Saved the launch', metrics: ['Churn 4.1% -> 2.9%', 'CAC -12%'] }),
      makeEntry({ path: 'c.md', title: 'Impact only', date: '2026-02-03', elements: ['smart-goals'], impact: 'Cut costs by $120k' }),
      makeEntry({ path: 'd.md', title: 'Fourth', date: '2026-01-03', elements: ['smart-goals'], impact: 'Cut 3 steps' }),
      makeEntry({ path: 'e.md', title: 'Secret', date: '2026-02-04', elements: ['smart-goals'], metrics: ['x 1 -> 2', 'y 3 -> 4', 'z 5 -> 6'], confidential: true }),
      makeEntry({ path: 'f.md', title: 'Untagged', date: '2026-02-05', metrics: ['x 1 -> 2', 'y 3 -> 4', 'z 5 -> 6'] }),
      makeEntry({ path: 'g.md', title: 'Weak', date: '2026-02-06', elements: ['smart-goals'], impact: 'Team happier' }),
    ];
    const glance = glanceOf(buildPacket(entries, DEFAULT_ELEMENTS, H1, '2026-06-20').markdown);
    assert.ok(
      glance.includes(
        [
          '**Strongest wins:**',
          '',
          '1. [Two metrics](b.md) (2 Feb 2026): Churn 4.1% -> 2.9%',
          '2. [One metric](a.md) (1 Feb 2026): NPS 30 -> 41',
          '3. [Impact only](c.md) (3 Feb 2026): Cut costs by \\$120k',
        ].join('\n'),
      ),
      glance,
    );
    assert.ok(!/Fourth|Secret|Untagged|Weak/.test(glance), glance);
  });

  test('no measured win yet: it says so', () => {
    const glance = glanceOf(buildPacket([makeEntry({ date: '2026-02-06', elements: ['smart-goals'], impact: 'Team happier' })], DEFAULT_ELEMENTS, H1, '2026-06-20').markdown);
    assert.ok(glance.includes('**Strongest wins:**\n\nNo win states a measured result yet.'), glance);
  });
});
