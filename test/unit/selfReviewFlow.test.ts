import * as assert from 'assert';
import { DEFAULT_ELEMENTS } from '../../src/core/elements/elements';
import { NarrativeModelError, type Cancellation, type NarrativeModel } from '../../src/core/draft/narrative';
import { UNVERIFIED_MARK } from '../../src/core/draft/narrativeCheck';
import type { Period } from '../../src/core/dates/periods';
import { buildSelfReviewDraft, type SelfReviewInput } from '../../src/core/draft/selfReview';
import { draftSelfReview, NO_MODEL_NOTE, type DraftChoice, type FinishedDraft, type SelfReviewRequest } from '../../src/core/draft/selfReviewFlow';
import { makeEntry } from './helpers';

const H1: Period = { start: '2026-01-01', end: '2026-06-30', label: 'this half' };

const pricing = makeEntry({
  path: '2026/pricing.md',
  title: 'Re-scoped Q3 pricing launch',
  date: '2026-04-14',
  elements: ['iterate-adapt'],
  impact: 'Cut projected churn from 4.1% to 2.9%',
  stakeholders: ['VP Sales'],
});
const secret = makeEntry({
  path: '2026/reorg.md',
  title: 'Secret reorg plan',
  date: '2026-05-30',
  elements: ['iterate-adapt'],
  impact: 'Merged two teams of 12',
  metrics: ['Headcount 31 -> 24'],
  stakeholders: ['CEO'],
  confidential: true,
});
const outside = makeEntry({ path: '2025/old.md', title: 'Old win', date: '2025-11-03', elements: ['iterate-adapt'], impact: 'Grew 7%' });

const INPUT: SelfReviewInput = {
  entries: [pricing, secret, outside],
  elements: DEFAULT_ELEMENTS,
  period: H1,
  linkOf: (entry) => entry.path,
  stories: new Map([
    [pricing, { fromResult: true, paragraphs: ['SMB churn fell within a month.'] }],
    [secret, { fromResult: false, paragraphs: ['Only the CEO knows.'] }],
  ]),
};

/** A fake model that records every prompt it is sent. */
class FakeModel implements NarrativeModel {
  readonly name = 'Fake Model';
  readonly prompts: string[] = [];
  constructor(private readonly answer: (prompt: string, cancellation: Cancellation) => Promise<string>) {}
  write(prompt: string, cancellation: Cancellation): Promise<string> {
    this.prompts.push(prompt);
    return this.answer(prompt, cancellation);
  }
}

interface Run {
  readonly outcome: Awaited<ReturnType<typeof draftSelfReview>>;
  readonly presented: FinishedDraft[];
  readonly asked: number;
}

async function run(model: NarrativeModel | undefined, fields: Partial<SelfReviewRequest> & { choice?: DraftChoice | undefined } = {}): Promise<Run> {
  const presented: FinishedDraft[] = [];
  let asked = 0;
  const choice = 'choice' in fields ? fields.choice : 'model';
  const outcome = await draftSelfReview({
    input: INPUT,
    model,
    choose: () => {
      asked++;
      return Promise.resolve(choice);
    },
    cancellation: { isCancellationRequested: false },
    present: (draft) => {
      presented.push(draft);
      return Promise.resolve();
    },
    ...fields,
  });
  return { outcome, presented, asked };
}

const GOOD_ANSWER = '## Iterate and adapt\n\nI re-scoped the Q3 pricing launch and cut projected churn from 4.1% to 2.9% ([Re-scoped Q3 pricing launch](2026/pricing.md)).';

suite('selfReviewFlow: drafting with a language model behind one seam', () => {
  test('only the period\'s shared entries reach the model: never a confidential one, its story or its numbers', async () => {
    const model = new FakeModel(() => Promise.resolve(GOOD_ANSWER));
    await run(model);
    assert.strictEqual(model.prompts.length, 1);
    const [prompt] = model.prompts;
    assert.ok(prompt.includes('link: 2026/pricing.md') && prompt.includes('story: SMB churn fell within a month.'), prompt);
    for (const secretText of ['Secret', 'reorg', 'Merged', '31 -> 24', 'CEO', 'Only the CEO knows', 'Old win', '7%']) {
      assert.ok(!prompt.includes(secretText), `"${secretText}" was sent`);
    }
  });

  test('the prompt requires a citation for every claim, by the links given', async () => {
    const model = new FakeModel(() => Promise.resolve(GOOD_ANSWER));
    await run(model);
    assert.match(model.prompts[0], /Every sentence must cite the entry it comes from, as a markdown link whose target is that entry's link exactly as given/);
    assert.match(model.prompts[0], /Never compute, round, convert or invent a number/);
  });

  test('a checked answer is presented with how it was written and checked', async () => {
    const { outcome, presented } = await run(new FakeModel(() => Promise.resolve(GOOD_ANSWER)));
    assert.strictEqual(outcome.kind, 'presented');
    assert.strictEqual(presented.length, 1);
    const [draft] = presented;
    assert.strictEqual(draft.writtenBy, 'model');
    assert.strictEqual(draft.unverified, 0);
    assert.ok(draft.markdown.startsWith('# Self-review draft: 1 Jan – 30 Jun 2026\n\nWritten by Fake Model from the 1 shared entry of this period (confidential entries are never sent). Every sentence cites the entry it comes from'), draft.markdown);
    assert.ok(draft.markdown.includes(GOOD_ANSWER));
  });

  test('an invented number or link is caught and marked in the draft, and the note says how many', async () => {
    const answer = `${GOOD_ANSWER}\n\nThis saved $2m a year ([Re-scoped Q3 pricing launch](2026/pricing.md)). See [the board deck](https://example.com/deck).`;
    const { presented } = await run(new FakeModel(() => Promise.resolve(answer)));
    const [draft] = presented;
    assert.strictEqual(draft.unverified, 2);
    assert.ok(draft.markdown.includes(`${UNVERIFIED_MARK} This saved $2m a year`), draft.markdown);
    assert.ok(draft.markdown.includes(`${UNVERIFIED_MARK} See the board deck.`), draft.markdown);
    assert.ok(!draft.markdown.includes('https://example.com/deck'), 'the foreign link is gone');
    assert.strictEqual(draft.note, 'Fake Model wrote the draft. 2 of 3 sentences could not be checked against your entries and are marked ⚠ unverified.');
  });

  test('no model available: the draft from the entries, and one line saying why', async () => {
    const { outcome, presented, asked } = await run(undefined);
    assert.strictEqual(outcome.kind, 'presented');
    assert.strictEqual(asked, 0);
    assert.deepStrictEqual(presented, [{ markdown: buildSelfReviewDraft(INPUT), writtenBy: 'entries', note: NO_MODEL_NOTE, unverified: 0 }]);
  });

  test('the user picks the entries-only draft: the model is never called, nothing to explain', async () => {
    const model = new FakeModel(() => Promise.reject(new Error('must not be called')));
    const { presented } = await run(model, { choice: 'entries' });
    assert.deepStrictEqual(model.prompts, []);
    assert.deepStrictEqual(presented, [{ markdown: buildSelfReviewDraft(INPUT), writtenBy: 'entries', note: undefined, unverified: 0 }]);
  });

  test("the user declines VS Code's consent (no permission): the entries' draft, and why", async () => {
    const { presented } = await run(new FakeModel(() => Promise.reject(new NarrativeModelError('no-permission', 'User denied'))));
    assert.strictEqual(presented[0].writtenBy, 'entries');
    assert.strictEqual(presented[0].note, 'VS Code did not allow the language model to be used, so the draft is built from your entries alone.');
  });

  test('a model that fails or answers nothing: the entries\' draft, and why', async () => {
    const failed = await run(new FakeModel(() => Promise.reject(new Error('rate limited\nstack...'))));
    assert.strictEqual(failed.presented[0].note, 'The language model failed (rate limited), so the draft is built from your entries alone.');
    const gone = await run(new FakeModel(() => Promise.reject(new NarrativeModelError('unavailable', 'Model not found'))));
    assert.strictEqual(gone.presented[0].note, 'The language model is not available (Model not found), so the draft is built from your entries alone.');
    const empty = await run(new FakeModel(() => Promise.resolve('  \n')));
    assert.strictEqual(empty.presented[0].note, 'The language model gave no answer, so the draft is built from your entries alone.');
    assert.ok([failed, gone, empty].every((result) => result.presented[0].markdown === buildSelfReviewDraft(INPUT)));
  });

  suite('a cancelled request writes nothing', () => {
    test('cancelled while the model writes, even if it answers after', async () => {
      const cancellation = { isCancellationRequested: false };
      const model = new FakeModel(() => {
        cancellation.isCancellationRequested = true;
        return Promise.resolve(GOOD_ANSWER);
      });
      const { outcome, presented } = await run(model, { cancellation });
      assert.deepStrictEqual(outcome, { kind: 'cancelled' });
      assert.deepStrictEqual(presented, []);
    });

    test('the model stops on cancellation', async () => {
      const { outcome, presented } = await run(new FakeModel(() => Promise.reject(new NarrativeModelError('cancelled', 'Cancelled.'))));
      assert.deepStrictEqual([outcome, presented], [{ kind: 'cancelled' }, []]);
    });

    test('the user escapes the question', async () => {
      const model = new FakeModel(() => Promise.resolve(GOOD_ANSWER));
      const { outcome, presented } = await run(model, { choice: undefined });
      assert.deepStrictEqual([outcome, presented, model.prompts], [{ kind: 'cancelled' }, [], []]);
    });
  });

  test('no shared win in the period: nothing is asked or sent', async () => {
    const model = new FakeModel(() => Promise.resolve(GOOD_ANSWER));
    const { presented, asked } = await run(model, { input: { ...INPUT, entries: [secret, outside] } });
    assert.deepStrictEqual([asked, model.prompts.length, presented[0].writtenBy], [0, 0, 'entries']);
  });
});
