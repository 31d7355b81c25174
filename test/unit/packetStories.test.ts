import * as assert from 'assert';
import { DEFAULT_ELEMENTS } from '../../src/core/elements/elements';
import type { JournalEntry } from '../../src/core/entries/entry';
import { buildPacket } from '../../src/core/packet/packet';
import { packetWins, readStories, type ReadEntryFile } from '../../src/core/packet/packetStories';
import type { Period } from '../../src/core/dates/periods';
import { lines, makeEntry } from './helpers';

const H1: Period = { start: '2026-01-01', end: '2026-06-30', label: 'this half' };
const GOALS = [DEFAULT_ELEMENTS[1]];
const encode = (text: string) => new TextEncoder().encode(text);

const withResult = makeEntry({ path: 'result.md', title: 'Re-scoped the launch', date: '2026-03-01', elements: ['smart-goals'], impact: 'Churn down' });
const withParagraph = makeEntry({ path: 'paragraph.md', title: 'Wrote the OKRs', date: '2026-04-01', elements: ['smart-goals'] });
const secret = makeEntry({ path: 'secret.md', title: 'Secret', date: '2026-04-02', elements: ['smart-goals'], confidential: true });
const untagged = makeEntry({ path: 'untagged.md', date: '2026-04-03' });
const outside = makeEntry({ path: 'outside.md', date: '2025-04-03', elements: ['smart-goals'] });

const FILES: Record<string, string> = {
  'result.md': lines('---', 'title: Re-scoped the launch', '---', 'Context first.', '', '## Result', '', 'Churn fell from 4.1% to 2.9%.', '', 'Two teams aligned.'),
  'paragraph.md': lines('---', 'title: Wrote the OKRs', '---', '## Situation', '', 'Five competing goals *and* no owner.'),
  'secret.md': lines('---', 'confidential: true', '---', 'The reorg plan.'),
};

/** Reads from FILES, noting every path asked for. */
function reader(asked: string[] = []): ReadEntryFile {
  return (entry) => {
    asked.push(entry.path);
    const text = FILES[entry.path];
    return text === undefined ? Promise.reject(new Error('ENOENT')) : Promise.resolve(encode(text));
  };
}

suite('packetStories: reading the stories of the wins at export time', () => {
  test('packetWins: shared, tagged, dated in the period, and nothing else', () => {
    assert.deepStrictEqual(packetWins([withResult, withParagraph, secret, untagged, outside], H1), [withResult, withParagraph]);
  });

  test('only the wins handed over are read, confidential files never', async () => {
    const asked: string[] = [];
    const stories = await readStories(packetWins([withResult, withParagraph, secret, untagged, outside], H1), reader(asked), 'summary');
    assert.deepStrictEqual(asked.sort(), ['paragraph.md', 'result.md']);
    assert.deepStrictEqual(stories.get(withResult), { fromResult: true, paragraphs: ['Churn fell from 4.1% to 2.9%. Two teams aligned.'] });
    assert.deepStrictEqual(stories.get(withParagraph), { fromResult: false, paragraphs: ['Five competing goals and no owner.'] });
  });

  test('none reads nothing', async () => {
    const asked: string[] = [];
    assert.strictEqual((await readStories([withResult], reader(asked), 'none')).size, 0);
    assert.deepStrictEqual(asked, []);
  });

  test('a file gone, too large, refused (a link out of the journal), not UTF-8, or confidential by now has no story; the others still do', async () => {
    const gone = makeEntry({ path: 'gone.md', date: '2026-03-01', elements: ['smart-goals'] });
    const large = makeEntry({ path: 'large.md', date: '2026-03-01', elements: ['smart-goals'] });
    const binary = makeEntry({ path: 'binary.md', date: '2026-03-01', elements: ['smart-goals'] });
    const nowSecret = makeEntry({ path: 'now-secret.md', date: '2026-03-01', elements: ['smart-goals'] });
    const linkedOut = makeEntry({ path: 'linked-out.md', date: '2026-03-01', elements: ['smart-goals'] });
    const read: ReadEntryFile = (entry) => {
      switch (entry.path) {
        case 'large.md':
          return Promise.resolve({ oversized: 5_000_000 });
        case 'linked-out.md':
          return Promise.resolve({ refused: 'link-outside' });
        case 'binary.md':
          return Promise.resolve(new Uint8Array([0xff, 0xfe, 0x00]));
        case 'now-secret.md':
          return Promise.resolve(encode(lines('---', 'confidential: true', '---', 'Do not share.')));
        default:
          return reader()(entry);
      }
    };
    const stories = await readStories([gone, large, linkedOut, binary, nowSecret, withResult], read, 'full');
    assert.deepStrictEqual([...stories.keys()], [withResult]);
  });

  test('many wins are read a few at a time, each once', async () => {
    const many = Array.from({ length: 100 }, (_, index) => makeEntry({ path: `e${index}.md`, date: '2026-02-01', elements: ['smart-goals'] }));
    let inFlight = 0;
    let most = 0;
    const asked: string[] = [];
    const stories = await readStories(many, async (entry) => {
      asked.push(entry.path);
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
      return encode(`Story of ${entry.path}.`);
    }, 'summary');
    assert.strictEqual(stories.size, 100);
    assert.strictEqual(new Set(asked).size, 100);
    assert.ok(most > 1 && most <= 16, String(most));
  });
});

suite('packet: stories under the wins', () => {
  async function packetWith(mode: 'summary' | 'full', entries: JournalEntry[] = [withResult, withParagraph]) {
    const stories = await readStories(packetWins(entries, H1), reader(), mode);
    return buildPacket(entries, GOALS, H1, '2026-06-20', undefined, { stories }).markdown;
  }

  test('the story is the first line under a win: Result from the Result section, Story from the first paragraph', async () => {
    const markdown = await packetWith('summary');
    assert.ok(markdown.includes(lines('- **1 Mar 2026: [Re-scoped the launch](result.md)**', '  - Result: Churn fell from 4.1% to 2.9%. Two teams aligned.', '  - Impact: Churn down')), markdown);
    assert.ok(markdown.includes(lines('- **1 Apr 2026: [Wrote the OKRs](paragraph.md)**', '  - Story: Five competing goals and no owner.')), markdown);
  });

  test('full keeps the paragraphs apart with line breaks, in one tight list', async () => {
    const markdown = await packetWith('full');
    assert.ok(markdown.includes(lines('  - Result: Churn fell from 4.1% to 2.9%.\\', '    Two teams aligned.', '  - Impact: Churn down')), markdown);
  });

  test('a story is user text: escaped like the rest', async () => {
    const tricky = makeEntry({ path: 'tricky.md', title: 'Tricky', date: '2026-03-01', elements: ['smart-goals'] });
    FILES['tricky.md'] = 'Cut <script>x</script> by half | see \\[1\\] `code`';
    const markdown = await packetWith('summary', [tricky]);
    assert.ok(markdown.includes('  - Story: Cut \\<script>x\\</script> by half \\| see \\[1\\] code'), markdown);
  });

  test('no stories given: the packet is as before', () => {
    assert.ok(!/Story:|Result:/.test(buildPacket([withResult], GOALS, H1, '2026-06-20').markdown));
  });

  test('a confidential entry tells nothing, even handed a story by mistake', () => {
    const markdown = buildPacket([secret], GOALS, H1, '2026-06-20', undefined, { stories: new Map([[secret, { fromResult: false, paragraphs: ['The reorg plan.'] }]]) }).markdown;
    assert.ok(!markdown.includes('reorg') && !markdown.includes('Secret'), markdown);
  });
});
