import * as assert from 'assert';
import { entryBody } from '../../src/core/search/entryBody';
import type { JournalEntry } from '../../src/core/entries/entry';
import { findEntries, matchesFields } from '../../src/core/search/entryQuery';
import { lines, makeEntry } from './helpers';

const noBody = () => Promise.resolve('');

suite('entryQuery: findEntries', () => {
  const pricing = makeEntry({ path: 'a.md', title: 'Repriced the plan', date: '2026-01-10', elements: ['business-context', 'measure-success'], impact: 'Revenue +12%', tags: ['Pricing'] });
  const roadmap = makeEntry({ path: 'b.md', title: 'Aligned the roadmap', date: '2026-03-02', elements: ['align-stakeholders'], confidential: true });
  const sameDay = makeEntry({ path: 'c.md', title: 'Another on that day', date: '2026-03-02', elements: ['smart-goals'] });
  const undated = makeEntry({ path: 'd.md', title: 'Undated idea' });
  const all = [undated, pricing, sameDay, roadmap];
  const find = (query: Parameters<typeof findEntries>[1], readBody: (entry: JournalEntry) => Promise<string> = noBody) => findEntries(all, query, readBody).then((found) => found.map((entry) => entry.path));

  test('no filter: newest first, ties by path, undated last', async () => {
    assert.deepStrictEqual(await find({}), ['b.md', 'c.md', 'a.md', 'd.md']);
  });

  test('each filter narrows: elements (every one), not-elements (none), days, tags (every one, any case), confidential', async () => {
    assert.deepStrictEqual(await find({ elements: ['business-context', 'measure-success'] }), ['a.md']);
    assert.deepStrictEqual(await find({ elements: ['business-context', 'smart-goals'] }), []);
    assert.deepStrictEqual(await find({ notElements: ['smart-goals', 'align-stakeholders'] }), ['a.md', 'd.md']);
    assert.deepStrictEqual(await find({ from: '2026-03-02' }), ['b.md', 'c.md']);
    assert.deepStrictEqual(await find({ to: '2026-03-01' }), ['a.md']);
    assert.deepStrictEqual(await find({ tags: ['pricing'] }), ['a.md']);
    assert.deepStrictEqual(await find({ tags: ['pricing', 'q1'] }), []);
    assert.deepStrictEqual(await find({ confidential: true }), ['b.md']);
    assert.deepStrictEqual(await find({ confidential: false }), ['c.md', 'a.md', 'd.md']);
    assert.deepStrictEqual(await find({ limit: 2 }), ['b.md', 'c.md']);
  });

  test('contains: the title or impact need no body; a body is read only for the entries the other filters keep', async () => {
    const asked: string[] = [];
    const readBody = (entry: JournalEntry) => {
      asked.push(entry.path);
      return Promise.resolve(entry === undated ? 'We spoke about REVENUE\nplans' : '');
    };
    assert.deepStrictEqual(await find({ contains: 'revenue' }, readBody), ['a.md', 'd.md']);
    assert.deepStrictEqual(asked.sort(), ['b.md', 'c.md', 'd.md'], 'a.md matched on its impact');
    asked.length = 0;
    assert.deepStrictEqual(await find({ contains: 'revenue plans', from: '2026-01-01' }, readBody), []);
    assert.deepStrictEqual(asked.sort(), ['a.md', 'b.md', 'c.md'], 'the undated entry is not read: --from leaves it out');
  });

  test('contains with a limit stops reading bodies once enough are found, newest first', async () => {
    const many = Array.from({ length: 200 }, (_, index) => makeEntry({ path: `${String(index).padStart(3, '0')}.md`, date: `2026-01-${String((index % 28) + 1).padStart(2, '0')}` }));
    let reads = 0;
    const found = await findEntries(many, { contains: 'needle', limit: 3 }, () => {
      reads++;
      return Promise.resolve('a needle here');
    });
    assert.strictEqual(found.length, 3);
    assert.ok(reads < many.length, `${reads} bodies read for 3 results`);
    assert.deepStrictEqual(found.map((entry) => entry.date), ['2026-01-28', '2026-01-28', '2026-01-28']);
  });

  test('matchesFields: a day filter leaves undated entries out', () => {
    assert.strictEqual(matchesFields(undated, {}), true);
    assert.strictEqual(matchesFields(undated, { to: '2999-12-31' }), false);
  });
});

suite('entryBody', () => {
  test('the text after the frontmatter, without HTML comments', () => {
    assert.strictEqual(entryBody(lines('---', 'title: T', '---', 'Body <!-- a question -->text', '')), '\nBody  text\n');
    assert.strictEqual(entryBody(lines('\uFEFF---', 'title: T', '---x', 'after')), '\nafter');
    assert.strictEqual(entryBody('No frontmatter <!-- never closed'), 'No frontmatter  ');
    assert.strictEqual(entryBody(lines('---', 'title: T', 'no closing line')), '', 'an unclosed block is all frontmatter');
    assert.strictEqual(entryBody('---\r\ntitle: T\r\n---\r\nCRLF body'), '\r\nCRLF body');
  });
});
