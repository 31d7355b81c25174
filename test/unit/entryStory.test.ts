import * as assert from 'assert';
import { shorten, storyOfBody, storyOfEntryText, SUMMARY_MAX_CHARS } from '../../src/core/packet/entryStory';
import { lines } from './helpers';

const FRONTMATTER = lines('---', 'title: Re-scoped the launch', 'date: 2026-07-14', 'elements: [iterate-adapt]', '---', '');

suite('entryStory: the story of a win', () => {
  test('the Result section when the entry has one, whatever comes before it', () => {
    const text = lines(FRONTMATTER, '## Situation', '', 'Churn was climbing.', '', '## Result', '', 'Projected churn fell from 4.1% to 2.9%.', '', '## Next', '', 'Watch it.');
    assert.deepStrictEqual(storyOfEntryText(text, 'summary'), { fromResult: true, paragraphs: ['Projected churn fell from 4.1% to 2.9%.'] });
  });

  test('"Results", any heading level, any case, a trailing colon: all name the section', () => {
    for (const heading of ['# Results', '### result', '## RESULT:', 'Result\n======']) {
      const story = storyOfBody(lines('Before.', '', heading, '', 'It worked.'), 'summary');
      assert.deepStrictEqual(story, { fromResult: true, paragraphs: ['It worked.'] }, heading);
    }
  });

  test('a heading that only starts with Result is not the section', () => {
    assert.deepStrictEqual(storyOfBody(lines('First paragraph.', '', '## Results we hoped for', '', 'Not this.'), 'summary'), { fromResult: false, paragraphs: ['First paragraph.'] });
  });

  test('the Result section ends at the next heading of its level or above, and keeps its sub-sections', () => {
    const body = lines('## Result', '', 'Churn fell.', '', '### Detail', '', 'Mostly SMB.', '', '## Next', '', 'Not part of it.');
    assert.deepStrictEqual(storyOfBody(body, 'full'), { fromResult: true, paragraphs: ['Churn fell.', 'Mostly SMB.'] });
  });

  test('a list in the Result section reads as one line, items joined', () => {
    const body = lines('## Result', '', '- Churn 4.1% -> 2.9%', '- Saved a quarter of work.', '- Two teams aligned');
    assert.deepStrictEqual(storyOfBody(body, 'summary'), { fromResult: true, paragraphs: ['Churn 4.1% -> 2.9%; Saved a quarter of work. Two teams aligned'] });
  });

  test('without a Result section, the first paragraph of the body; headings are not paragraphs', () => {
    const text = lines(FRONTMATTER, '# Re-scoped the launch', '', '## Situation', '', 'The churn dashboard showed SMB', 'customers leaving.', '', 'Second paragraph.');
    assert.deepStrictEqual(storyOfEntryText(text, 'summary'), { fromResult: false, paragraphs: ['The churn dashboard showed SMB customers leaving.'] });
  });

  test('full: every paragraph of the body when there is no Result section', () => {
    assert.deepStrictEqual(storyOfBody(lines('## A', '', 'One.', '', '## B', '', 'Two.'), 'full'), { fromResult: false, paragraphs: ['One.', 'Two.'] });
  });

  test('markup is dropped: the story is what a reader sees', () => {
    const body = 'We **cut** churn with [the test](http://example.com) and `flag-x`,\nsee <b>notes</b>.';
    assert.deepStrictEqual(storyOfBody(body, 'summary')?.paragraphs, ['We cut churn with the test and flag-x, see <b>notes</b>.']);
  });

  test("a new entry's prompts (HTML comments) are not its story", () => {
    const body = lines('## Iterate and adapt', '', '<!-- What did you learn? What did you change? -->', '', 'We ran a two-week test.');
    assert.deepStrictEqual(storyOfBody(body, 'summary')?.paragraphs, ['We ran a two-week test.']);
    assert.strictEqual(storyOfBody('<!-- only the prompts -->\n', 'summary'), undefined);
    assert.strictEqual(storyOfBody('Kept. <!-- an unclosed comment runs to the end\n\nMore.', 'summary')?.paragraphs[0], 'Kept.');
  });

  test('code blocks and tables are not the story', () => {
    assert.strictEqual(storyOfBody(lines('```', 'code', '```', '', '| a |', '| - |', '| b |'), 'summary'), undefined);
  });

  test('no story: none asked, an empty body, a confidential entry, unreadable frontmatter', () => {
    assert.strictEqual(storyOfEntryText(lines(FRONTMATTER, 'A story.'), 'none'), undefined);
    assert.strictEqual(storyOfEntryText(FRONTMATTER, 'summary'), undefined);
    assert.strictEqual(storyOfEntryText(lines('---', 'title: X', 'confidential: true', '---', 'Secret plan.'), 'full'), undefined);
    assert.strictEqual(storyOfEntryText(lines('---', 'title: [unclosed', '---', 'Body.'), 'summary'), undefined);
    assert.strictEqual(storyOfEntryText(lines('---', 'title: X', 'Body but no closing fence.'), 'summary'), undefined);
  });

  test('a file without frontmatter, or with a byte-order mark, still has its story', () => {
    assert.strictEqual(storyOfEntryText('Just a paragraph.', 'summary')?.paragraphs[0], 'Just a paragraph.');
    assert.strictEqual(storyOfEntryText(`\uFEFF${FRONTMATTER}Marked.`, 'summary')?.paragraphs[0], 'Marked.');
  });

  suite('a summary is cut to a readable length', () => {
    test('a short story is kept whole', () => {
      assert.strictEqual(shorten('Short.', SUMMARY_MAX_CHARS), 'Short.');
    });

    test('at the last sentence end that keeps at least half of it', () => {
      const first = `${'word '.repeat(40).trim()}.`; // 199 characters
      const text = `${first} ${'more '.repeat(40)}`;
      assert.strictEqual(shorten(text, SUMMARY_MAX_CHARS), first);
    });

    test('else at the last space, with an ellipsis', () => {
      const text = 'word '.repeat(100);
      const cut = shorten(text, SUMMARY_MAX_CHARS);
      assert.ok(cut.endsWith('word…'), cut);
      assert.ok(cut.length <= SUMMARY_MAX_CHARS + 1, String(cut.length));
    });

    test('a text without spaces is cut without splitting a character', () => {
      const text = '😀'.repeat(200);
      const cut = shorten(text, 11);
      assert.strictEqual(cut, `${'😀'.repeat(5)}…`);
    });

    test('summary cuts, full does not', () => {
      const body = 'word '.repeat(100);
      assert.ok(storyOfBody(body, 'summary')!.paragraphs[0].length <= SUMMARY_MAX_CHARS + 1);
      assert.strictEqual(storyOfBody(body, 'full')!.paragraphs[0], body.trim());
    });
  });
});
