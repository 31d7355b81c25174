import * as vscode from 'vscode';
import type { CalendarDay } from '../core/dates/calendarDay';
import type { StrategicElement } from '../core/elements/elements';
import { entryFolderLayoutFor, entryFolderSegments } from '../core/newEntries/entryFolderLayout';
import { entryFileName } from '../core/newEntries/fileNaming';
import { dayBefore, readLogWinArguments, readWinDay } from '../core/newEntries/logWinArguments';
import { renderNewEntry } from '../core/newEntries/newEntry';
import { readNewEntryFolder } from '../config/newEntryFolderSetting';
import { journalUriFor } from '../journal/journalLocations';
import type { JournalService } from '../journal/journalService';
import type { JournalTreeNode } from '../tree/treeNodes';
import type { NewFileWriter } from '../util/newFileWriter';
import type { Command } from '../util/commandManager';
import { BACK, elementPickItems, type ElementPick, type StepAnswer, type StepPlace } from './elementPick';
import { offerPersonalJournal } from './choosePersonalJournalCommand';

const TITLE = 'Log Strategic Win';

/** What the questions gathered so far. */
interface Answers {
  elements: readonly StrategicElement[];
  date: CalendarDay | undefined;
  title: string;
  impact: string;
}

/** Whose journal gets the win: a workspace folder's, or with none, the personal journal of the settings. */
interface JournalTarget {
  readonly folder: vscode.WorkspaceFolder | undefined;
}

/**
 * Logs a win: asks for elements, a title and an optional impact, writes a new
 * entry (never over an existing file) and opens it where the user starts writing.
 */
export class LogWinCommand implements Command {
  readonly id = 'promotionJournal.logWin';

  constructor(
    private readonly service: JournalService,
    private readonly newFiles: NewFileWriter,
    private readonly elementPick: ElementPick,
  ) {}

  /** `options.viewColumn`: where the new entry opens (the dashboard opens it beside itself); the active group by default. */
  async execute(argument?: unknown, options?: { readonly viewColumn?: vscode.ViewColumn }): Promise<vscode.Uri | undefined> {
    const firstParagraph = selectedText();
    const request = readLogWinArguments(isElementNode(argument) ? { elementId: argument.evidence.element.id } : argument, this.service.matcher);
    if (!request.ok) {
      void vscode.window.showErrorMessage(`Cannot log the win: ${request.error}`);
      return undefined;
    }
    if (request.value.kind === 'write') {
      const { title, elements, impact, date, folder } = request.value;
      const target = this.targetNamed(folder);
      if (!target) {
        void vscode.window.showErrorMessage(`Cannot log the win: there is no workspace folder named "${folder}".`);
        return undefined;
      }
      return this.write(target, { title, elements, impact, date: date ?? this.service.today, firstParagraph }, options?.viewColumn);
    }
    const target = await this.pickTarget();
    if (!target) {
      return undefined;
    }
    const answers = await this.ask({ elements: request.value.element ? [request.value.element] : [], date: request.value.date, title: '', impact: '' }, request.value.date !== undefined);
    return answers && this.write(target, { ...answers, date: answers.date ?? this.service.today, firstParagraph }, options?.viewColumn);
  }

  /**
   * The questions, one step each, with Back between them (VS Code's
   * multi-step quick input): elements, the day (unless given), title, impact.
   */
  private async ask(answers: Answers, dateGiven: boolean): Promise<Answers | undefined> {
    const steps: readonly ((place: StepPlace) => Promise<StepAnswer<Partial<Answers>>>)[] = [
      (place) => this.askElements(answers, place),
      ...(dateGiven ? [] : [(place: StepPlace) => this.askDay(answers, place)]),
      (place) => this.askTitle(answers, place),
      (place) => this.askImpact(answers, place),
    ];
    for (let index = 0; index < steps.length; ) {
      const place = { title: this.stepTitle(answers, index), step: index + 1, totalSteps: steps.length };
      const answer = await steps[index](place);
      if (answer === undefined) {
        return undefined;
      }
      if (answer === BACK) {
        index = Math.max(0, index - 1);
        continue;
      }
      Object.assign(answers, answer);
      index++;
    }
    return answers;
  }

  /** The first step's title is the command's; the later ones say what was picked, so the user sees it while typing. */
  private stepTitle(answers: Answers, index: number): string {
    if (index === 0) {
      return TITLE;
    }
    const day = answers.date === undefined || answers.date === this.service.today ? 'today' : answers.date === dayBefore(this.service.today) ? 'yesterday' : answers.date;
    return `${TITLE}: ${answers.elements.map((element) => element.label).join(', ')} · ${day}`;
  }

  private async askElements(answers: Answers, place: StepPlace): Promise<StepAnswer<Partial<Answers>>> {
    const chosen = new Set(answers.elements.map((element) => element.id));
    const items = elementPickItems(this.service.elements, (element) => chosen.has(element.id), this.service.evidence());
    const picked = await this.elementPick.showStep(items, place, 'Which strategic elements does this win show? Pick one or more.');
    return picked === undefined || picked === BACK ? picked : { elements: picked.map((item) => item.element) };
  }

  private async askDay(answers: Answers, place: StepPlace): Promise<StepAnswer<Partial<Answers>>> {
    const today = this.service.today;
    const yesterday = dayBefore(today);
    const choices: (vscode.QuickPickItem & { day?: CalendarDay })[] = [
      { label: 'Today', description: today, day: today },
      { label: 'Yesterday', description: yesterday, day: yesterday },
      { label: 'Another day…', description: 'YYYY-MM-DD' },
    ];
    const current = answers.date ?? today;
    for (;;) {
      const active = choices.find((choice) => choice.day === current) ?? choices[2];
      const choice = await this.elementPick.pickOneStep(choices, place, 'When was the win?', active);
      if (choice === undefined || choice === BACK || choice.day) {
        return choice === undefined || choice === BACK ? choice : { date: choice.day };
      }
      const typed = await this.elementPick.inputStep(place, {
        prompt: 'The day of the win, as YYYY-MM-DD.',
        placeHolder: yesterday,
        value: current,
        validate: (value) => {
          const day = readWinDay(value);
          return day.ok ? undefined : day.error;
        },
      });
      if (typed === undefined) {
        return undefined;
      }
      const day = typed === BACK ? undefined : readWinDay(typed);
      if (day?.ok) {
        return { date: day.value }; // Enter waits for a valid day, so this is the typed one
      }
    }
  }

  private askTitle(answers: Answers, place: StepPlace): Promise<StepAnswer<Partial<Answers>>> {
    return this.elementPick
      .inputStep(place, {
        prompt: 'What did you do? A short title for the win.',
        placeHolder: 'Re-scoped the Q3 pricing launch after churn data',
        value: answers.title,
        validate: (value) => (value.trim() ? undefined : 'A title is required.'),
        remember: (value) => (answers.title = value),
      })
      .then((title) => (title === undefined || title === BACK ? title : { title: title.trim() }));
  }

  private askImpact(answers: Answers, place: StepPlace): Promise<StepAnswer<Partial<Answers>>> {
    return this.elementPick
      .inputStep(place, {
        prompt: 'Optional: the result, in one line, with a number if you have one. Press Enter to skip.',
        placeHolder: 'Cut projected churn from 4.1% to 2.9%',
        value: answers.impact,
        remember: (value) => (answers.impact = value),
      })
      .then((impact) => (impact === undefined || impact === BACK ? impact : { impact }));
  }

  private async write(target: JournalTarget, entry: Parameters<typeof renderNewEntry>[0], viewColumn?: vscode.ViewColumn): Promise<vscode.Uri | undefined> {
    await this.service.ready(); // a journal folder setting just changed is in force
    const journalUri = journalUriFor(target.folder);
    if (!journalUri) {
      offerPersonalJournal('Cannot log the win: open a folder, or choose a personal journal folder first.');
      return undefined;
    }
    const rendered = renderNewEntry(entry);
    const written = await this.newFiles.write(
      this.entryFolder(journalUri, target, entry.date),
      (isTaken) => entryFileName(entry.date, entry.title, isTaken),
      new TextEncoder().encode(rendered.text),
    );
    if (!written.uri) {
      void vscode.window.showErrorMessage(written.failure);
      return undefined;
    }
    this.service.noteWritten(written.uri);
    const editor = await vscode.window.showTextDocument(written.uri, { preview: false, viewColumn });
    const position = new vscode.Position(rendered.cursor.line, rendered.cursor.character);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position));
    return written.uri;
  }

  /** Where a new entry dated `day` goes: the sub-folder the setting names, or the one the journal mostly uses. */
  private entryFolder(journalUri: vscode.Uri, target: JournalTarget, day: CalendarDay): vscode.Uri {
    const journal = this.service.allJournals().find((candidate) => candidate.uri.toString() === journalUri.toString());
    const layout = entryFolderLayoutFor(readNewEntryFolder(target.folder ?? journalUri), () => [...(journal?.entries() ?? [])].map((entry) => entry.path));
    return vscode.Uri.joinPath(journalUri, ...entryFolderSegments(layout, day));
  }

  /** Asks which journal only when the workspace folders have different ones. */
  private async pickTarget(): Promise<JournalTarget | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      if (!journalUriFor(undefined)) {
        offerPersonalJournal('Open a folder, or choose a personal journal folder: the journal lives in one of them.');
        return undefined;
      }
      return { folder: undefined };
    }
    const journals = new Set(folders.map((folder) => journalUriFor(folder)!.toString()));
    if (journals.size === 1) {
      return { folder: folders[0] };
    }
    const choices = folders.map((folder) => ({ label: folder.name, description: vscode.workspace.asRelativePath(journalUriFor(folder)!, true), folder }));
    const choice = await this.elementPick.pickOneStep(choices, { title: TITLE }, 'Which folder\'s journal gets this win?');
    return choice && choice !== BACK ? { folder: choice.folder } : undefined;
  }

  /** The named workspace folder's journal; without a name, the first journal that exists, else the first folder's. */
  private targetNamed(name: string | undefined): JournalTarget | undefined {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (name !== undefined) {
      const folder = folders.find((candidate) => candidate.name === name);
      return folder && { folder };
    }
    const withJournal = this.service.allJournals().find((journal) => journal.folderExists);
    return { folder: withJournal ? withJournal.workspaceFolder : folders[0] };
  }
}

function selectedText(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selection.isEmpty) {
    return undefined;
  }
  return editor.document.getText(editor.selection);
}

function isElementNode(value: unknown): value is Extract<JournalTreeNode, { kind: 'element' }> {
  return typeof value === 'object' && value !== null && (value as JournalTreeNode).kind === 'element';
}
