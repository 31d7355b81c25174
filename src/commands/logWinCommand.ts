import * as vscode from 'vscode';
import { parseCalendarDay } from '../core/dates/calendarDay';
import type { StrategicElement } from '../core/elements/elements';
import { entryFileName } from '../core/journal/fileNaming';
import { renderNewEntry } from '../core/journal/newEntry';
import type { JournalService } from '../journal/journalService';
import type { JournalTreeNode } from '../tree/treeNodes';
import type { NewFileWriter } from '../util/newFileWriter';
import type { Command } from './commandManager';
import { elementPickItems, type ElementPick } from './elementPick';
import { offerPersonalJournal } from './choosePersonalJournalCommand';

/** The argument form: with it the command asks nothing (keybindings, other extensions, tests). */
export interface LogWinArguments {
  readonly title: string;
  /** Element ids or labels. */
  readonly elements?: readonly string[] | string;
  readonly impact?: string;
  /** `YYYY-MM-DD`; today when absent. */
  readonly date?: string;
  /** Name of the workspace folder whose journal gets the entry; the first with a journal when absent. */
  readonly folder?: string;
}

const TITLE = 'Log Strategic Win';

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
    if (isLogWinArguments(argument)) {
      return this.logFromArguments(argument, firstParagraph);
    }
    const preselected = preselectedElementId(argument);
    const target = await this.pickTarget();
    if (!target) {
      return undefined;
    }
    const elements = await this.pickElements(preselected);
    if (!elements) {
      return undefined;
    }
    const title = await vscode.window.showInputBox({
      title: `${TITLE} (2/3)`,
      prompt: 'What did you do? A short title for the win.',
      placeHolder: 'Re-scoped the Q3 pricing launch after churn data',
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim() ? undefined : 'A title is required.'),
    });
    if (title === undefined) {
      return undefined;
    }
    const impact = await vscode.window.showInputBox({
      title: `${TITLE} (3/3)`,
      prompt: 'Optional: the result, in one line, with a number if you have one. Press Enter to skip.',
      placeHolder: 'Cut projected churn from 4.1% to 2.9%',
      ignoreFocusOut: true,
    });
    if (impact === undefined) {
      return undefined;
    }
    return this.write(target, { title, elements, impact, date: this.service.today, firstParagraph }, options?.viewColumn);
  }

  private async logFromArguments(argument: LogWinArguments, firstParagraph: string | undefined): Promise<vscode.Uri | undefined> {
    const title = argument.title.trim();
    const date = argument.date === undefined ? this.service.today : parseCalendarDay(argument.date);
    const names = argument.elements === undefined ? [] : typeof argument.elements === 'string' ? [argument.elements] : argument.elements;
    const elements = names.map((name) => this.service.matcher.match(String(name)));
    const unknown = names.filter((_, index) => !elements[index]);
    const problem = !title
      ? 'a title is required'
      : !date
        ? `"${argument.date}" is not a date (use YYYY-MM-DD)`
        : unknown.length > 0
          ? `unknown element ${unknown.map((name) => `"${name}"`).join(', ')}`
          : undefined;
    const target = this.targetNamed(argument.folder);
    if (problem || !target) {
      void vscode.window.showErrorMessage(`Cannot log the win: ${problem ?? `there is no workspace folder named "${argument.folder}"`}.`);
      return undefined;
    }
    return this.write(target, {
      title,
      date: date!,
      elements: elements as StrategicElement[],
      impact: argument.impact,
      firstParagraph,
    });
  }

  private async write(target: JournalTarget, entry: Parameters<typeof renderNewEntry>[0], viewColumn?: vscode.ViewColumn): Promise<vscode.Uri | undefined> {
    await this.service.ready(); // a journal folder setting just changed is in force
    const journalUri = this.service.journalUriFor(target.folder);
    if (!journalUri) {
      offerPersonalJournal('Cannot log the win: open a folder, or choose a personal journal folder first.');
      return undefined;
    }
    const rendered = renderNewEntry(entry);
    const written = await this.newFiles.write(
      journalUri,
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

  /** Asks which journal only when the workspace folders have different ones. */
  private async pickTarget(): Promise<JournalTarget | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      if (!this.service.journalUriFor(undefined)) {
        offerPersonalJournal('Open a folder, or choose a personal journal folder: the journal lives in one of them.');
        return undefined;
      }
      return { folder: undefined };
    }
    const journals = new Set(folders.map((folder) => this.service.journalUriFor(folder)!.toString()));
    if (journals.size === 1) {
      return { folder: folders[0] };
    }
    const folder = await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which folder\'s journal gets this win?', ignoreFocusOut: true });
    return folder && { folder };
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

  private async pickElements(preselected: string | undefined): Promise<StrategicElement[] | undefined> {
    const items = elementPickItems(this.service.elements, (element) => element.id === preselected);
    for (;;) {
      const picked = await this.elementPick.show(items, `${TITLE} (1/3)`, 'Which strategic elements does this win show? Pick one or more.');
      if (!picked) {
        return undefined;
      }
      if (picked.length > 0) {
        return picked.map((item) => item.element);
      }
      void vscode.window.showInformationMessage('Pick at least one element for the win.');
    }
  }
}

function selectedText(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selection.isEmpty) {
    return undefined;
  }
  return editor.document.getText(editor.selection);
}

function isLogWinArguments(value: unknown): value is LogWinArguments {
  return typeof value === 'object' && value !== null && typeof (value as LogWinArguments).title === 'string';
}

function isElementNode(value: unknown): value is Extract<JournalTreeNode, { kind: 'element' }> {
  return typeof value === 'object' && value !== null && (value as JournalTreeNode).kind === 'element';
}

/** The element to pick in advance: from a sidebar element, or `{ elementId }` (the dashboard's gap buttons). */
function preselectedElementId(argument: unknown): string | undefined {
  if (isElementNode(argument)) {
    return argument.evidence.element.id;
  }
  const elementId = typeof argument === 'object' && argument !== null ? (argument as { elementId?: unknown }).elementId : undefined;
  return typeof elementId === 'string' ? elementId : undefined;
}
