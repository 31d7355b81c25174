import { escapeMarkdown } from '../text/markdown';
import { NarrativeModelError, narrativePrompt, narrativeSources, type Cancellation, type NarrativeModel } from './narrative';
import { checkNarrative, UNVERIFIED_MARK } from './narrativeCheck';
import { buildSelfReviewDraft, draftTitle, type SelfReviewInput } from './selfReview';

export type DraftChoice = 'model' | 'entries';

export interface FinishedDraft {
  readonly markdown: string;
  readonly writtenBy: 'model' | 'entries';
  /** One line for the user: why the entries alone wrote it, or how the model's answer checked out. */
  readonly note?: string;
  /** Sentences of the model's answer marked UNVERIFIED_MARK. */
  readonly unverified: number;
}

export interface SelfReviewRequest {
  readonly input: SelfReviewInput;
  /** The language model on offer, or undefined when there is none. */
  readonly model: NarrativeModel | undefined;
  /** Asks whether the model should write it; undefined when the user cancels. */
  readonly choose: (model: NarrativeModel) => Promise<DraftChoice | undefined>;
  readonly cancellation: Cancellation;
  /** Shows the finished draft. Never called once the request is cancelled: nothing is written then. */
  readonly present: (draft: FinishedDraft) => Promise<void>;
}

export type SelfReviewOutcome = { readonly kind: 'presented'; readonly draft: FinishedDraft } | { readonly kind: 'cancelled' };

export const NO_MODEL_NOTE = 'No language model is available in VS Code, so the draft is built from your entries alone.';
const ENTRIES_ALONE = 'so the draft is built from your entries alone.';

/**
 * Drafts the self-review: from the entries alone (always possible), or, when
 * a model is on offer and the user agrees, by the model from the period's
 * shared entries, its answer checked sentence by sentence before it is shown.
 * Any failure of the model falls back to the entries' draft, with one line
 * saying why; a cancelled request shows nothing.
 */
export async function draftSelfReview(request: SelfReviewRequest): Promise<SelfReviewOutcome> {
  const { input, model, cancellation } = request;
  const fromEntries = async (note?: string): Promise<SelfReviewOutcome> => present(request, { markdown: buildSelfReviewDraft(input), writtenBy: 'entries', note, unverified: 0 });
  const sources = narrativeSources(input);
  if (sources.length === 0) {
    return fromEntries(); // nothing to write about: no reason to ask or send anything
  }
  if (!model) {
    return fromEntries(NO_MODEL_NOTE);
  }
  const choice = await request.choose(model);
  if (choice === undefined || cancellation.isCancellationRequested) {
    return { kind: 'cancelled' };
  }
  if (choice === 'entries') {
    return fromEntries();
  }
  let answer: string;
  try {
    answer = await model.write(narrativePrompt(input, sources), cancellation);
  } catch (error) {
    if (cancellation.isCancellationRequested || (error instanceof NarrativeModelError && error.reason === 'cancelled')) {
      return { kind: 'cancelled' };
    }
    return fromEntries(failureNote(error));
  }
  if (cancellation.isCancellationRequested) {
    return { kind: 'cancelled' };
  }
  if (answer.trim() === '') {
    return fromEntries(`The language model gave no answer, ${ENTRIES_ALONE}`);
  }
  const checked = checkNarrative(answer, sources);
  const summary =
    checked.unverified === 0
      ? `Every sentence cites the entry it comes from, and was checked against it.`
      : `${checked.unverified} of ${checked.claims} sentences could not be checked against your entries and are marked ${UNVERIFIED_MARK.slice(0, -1)}.`;
  const markdown = [
    `# ${draftTitle(input.period)}`,
    `Written by ${escapeMarkdown(model.name)} from ${sources.length === 1 ? 'the 1 shared entry' : `the ${sources.length} shared entries`} of this period (confidential entries are never sent). ${summary} Check each claim before you use it.`,
    checked.markdown,
  ].join('\n\n');
  return present(request, { markdown: `${markdown}\n`, writtenBy: 'model', note: `${model.name} wrote the draft. ${summary}`, unverified: checked.unverified });
}

async function present(request: SelfReviewRequest, draft: FinishedDraft): Promise<SelfReviewOutcome> {
  if (request.cancellation.isCancellationRequested) {
    return { kind: 'cancelled' };
  }
  await request.present(draft);
  return { kind: 'presented', draft };
}

function failureNote(error: unknown): string {
  if (error instanceof NarrativeModelError) {
    switch (error.reason) {
      case 'no-permission':
        return `VS Code did not allow the language model to be used, ${ENTRIES_ALONE}`;
      case 'unavailable':
        return `The language model is not available (${firstLine(error.message)}), ${ENTRIES_ALONE}`;
    }
  }
  return `The language model failed (${firstLine(error instanceof Error ? error.message : String(error))}), ${ENTRIES_ALONE}`;
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/)[0].trim();
  return line.length > 120 ? `${line.slice(0, 119)}…` : line || 'no reason given';
}
