import * as vscode from 'vscode';
import { readStoryMode } from '../config/storySetting';
import type { NarrativeModel } from '../core/draft/narrative';
import { packetWins, readStories } from '../core/packet/packetStories';
import { parsePeriodChoice, periodOfChoice } from '../core/dates/periodChoice';
import type { Period } from '../core/dates/periods';
import { draftSelfReview, type DraftChoice, type FinishedDraft } from '../core/draft/selfReviewFlow';
import type { JournalService } from '../journal/journalService';
import { pickNarrativeModel } from '../lm/vscodeNarrativeModel';
import type { Command } from '../util/commandManager';
import { entryFileReader, locatedEntries } from './entryFiles';
import { linkFrom, openUntitled } from './exportPacketCommand';

/** The argument form, for tests and keybindings: `period` as the command line takes it, `model` to answer the model question. */
export interface DraftSelfReviewArguments {
  readonly period?: string;
  readonly model?: DraftChoice;
}

export interface DraftedSelfReview {
  readonly uri: vscode.Uri;
  readonly writtenBy: FinishedDraft['writtenBy'];
  readonly note?: string;
  readonly unverified: number;
}

/**
 * Drafts the self-review for the review period and opens it unsaved: it is a
 * starting point to edit (and, when a model wrote it, to check), so nothing
 * lands on disk, in the journal or beside it, until the user saves it where
 * they want. Links are relative to the folder that holds the journal, like an
 * unsaved packet's.
 */
export class DraftSelfReviewCommand implements Command {
  readonly id = 'promotionJournal.draftSelfReview';

  constructor(
    private readonly service: JournalService,
    private readonly findModel: () => Promise<NarrativeModel | undefined> = pickNarrativeModel,
  ) {}

  async execute(argument?: unknown): Promise<DraftedSelfReview | undefined> {
    await this.service.ready();
    const journal = this.service.allJournals().find((candidate) => candidate.folderExists);
    if (!journal) {
      void vscode.window.showInformationMessage('There is no journal yet: log a strategic win first.');
      return undefined;
    }
    const options = isDraftArguments(argument) ? argument : {};
    const period = this.periodOf(options.period);
    if (!period) {
      return undefined;
    }
    const folder = vscode.Uri.joinPath(journal.uri, '..');
    const located = locatedEntries(this.service);
    const stories = await readStories(packetWins(located.keys(), period), entryFileReader(located), readStoryMode(journal.workspaceFolder));
    const cancellation = new vscode.CancellationTokenSource();
    let uri: vscode.Uri | undefined;
    try {
      const outcome = await draftSelfReview({
        input: { entries: [...located.keys()], elements: this.service.elements, period, linkOf: (entry) => linkFrom(folder, located.get(entry)!.uri), stories },
        model: await this.findModel(),
        choose: (model) => (options.model ? Promise.resolve(options.model) : chooseWriter(model)),
        cancellation: cancellation.token,
        present: async (draft) => {
          uri = await openUntitled(draft.markdown);
        },
      });
      if (outcome.kind === 'cancelled' || !uri) {
        return undefined;
      }
      const { draft } = outcome;
      if (draft.note) {
        void (draft.unverified > 0 ? vscode.window.showWarningMessage(draft.note) : vscode.window.showInformationMessage(draft.note));
      }
      return { uri, writtenBy: draft.writtenBy, note: draft.note, unverified: draft.unverified };
    } finally {
      cancellation.dispose();
    }
  }

  private periodOf(written: string | undefined): Period | undefined {
    if (written === undefined) {
      return this.service.period;
    }
    const parsed = parsePeriodChoice(written);
    if (!parsed.ok) {
      void vscode.window.showErrorMessage(`Cannot draft the self-review: ${parsed.error}`);
      return undefined;
    }
    return periodOfChoice(parsed.value, this.service.today, this.service.settings.fiscalYearStartMonth);
  }
}

async function chooseWriter(model: NarrativeModel): Promise<DraftChoice | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: `Write it with ${model.name}`, detail: "Sends this period's shared entries (never confidential ones); every sentence is checked against the entries it cites.", choice: 'model' as const },
      { label: 'Build it from my entries only', detail: 'Nothing is sent anywhere: one line per win, each linked to its entry.', choice: 'entries' as const },
    ],
    { title: 'Draft Self-Review', placeHolder: 'A language model is available. How should the draft be written?', ignoreFocusOut: true },
  );
  return picked?.choice;
}

function isDraftArguments(value: unknown): value is DraftSelfReviewArguments {
  const candidate = value as DraftSelfReviewArguments | undefined;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    (candidate.period === undefined || typeof candidate.period === 'string') &&
    (candidate.model === undefined || candidate.model === 'model' || candidate.model === 'entries')
  );
}
