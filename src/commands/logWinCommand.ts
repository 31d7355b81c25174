import * as vscode from 'vscode';
import { parseCalendarDay } from '../core/dates/calendarDay';
import type { StrategicElement } from '../core/elements/elements';
import { entryFileName } from '../core/journal/fileNaming';
import { renderNewEntry } from '../core/journal/newEntry';
import type { JournalService } from '../journal/journalService';
import type { JournalTreeNode } from '../tree/treeNodes';
import type { NewFileWriter } from '../util/newFileWriter';
import type { Command } from './commandManager';

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

/**
 * Logs a win: asks for elements, a title and an optional impact, writes a new
 * entry (never over an existing file) and opens it where the user starts writing.
 */
export class LogWinCommand implements Command {
  readonly id = 'promotionJournal.logWin';

  constructor(
    private readonly service: JournalService,
    private readonly newFiles: NewFileWriter,
  ) {}

  async execute(argument?: unknown): Promise<vscode.Uri | undefined> {
    const firstParagraph = selectedText();
    if (isLogWinArguments(argument)) {
      return this.logFromArguments(argument, firstParagraph);
    }
    const preselected = preselectedElementId(argument);
    const folder = await this.pickFolder();
    if (!folder) {
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
    return this.write(folder, { title, elements, impact, date: this.service.today, firstParagraph });
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
    const folder = this.folderNamed(argument.folder);
    if (problem || !folder) {
      void vscode.window.showErrorMessage(`Cannot log the win: ${problem ?? 'open a folder first'}.`);
      return undefined;
    }
    return this.write(folder, {
      title,
      date: date!,
      elements: elements as StrategicElement[],
      impact: argument.impact,
      firstParagraph,
    });
  }

  private async write(folder: vscode.WorkspaceFolder, entry: Parameters<typeof renderNewEntry>[0]): Promise<vscode.Uri | undefined> {
    await this.service.ready(); // a journal folder setting just changed is in force
    const rendered = renderNewEntry(entry);
    const written = await this.newFiles.write(
      this.service.journalUriFor(folder),
      (isTaken) => entryFileName(entry.date, entry.title, isTaken),
      new TextEncoder().encode(rendered.text),
    );
    if (!written.uri) {
      void vscode.window.showErrorMessage(written.failure);
      return undefined;
    }
    this.service.noteWritten(written.uri);
    const editor = await vscode.window.showTextDocument(written.uri, { preview: false });
    const position = new vscode.Position(rendered.cursor.line, rendered.cursor.character);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position));
    return written.uri;
  }

  private async pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      void vscode.window.showErrorMessage('Open a folder first: the journal lives in a workspace folder.');
      return undefined;
    }
    if (folders.length === 1) {
      return folders[0];
    }
    return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Which folder\'s journal gets this win?', ignoreFocusOut: true });
  }

  private folderNamed(name: string | undefined): vscode.WorkspaceFolder | undefined {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (name !== undefined) {
      return folders.find((folder) => folder.name === name);
    }
    const withJournal = this.service.allJournals().find((journal) => journal.folderExists);
    return withJournal?.workspaceFolder ?? folders[0];
  }

  private async pickElements(preselected: string | undefined): Promise<StrategicElement[] | undefined> {
    const items = this.service.elements.map((element) => ({
      label: element.label,
      description: element.id,
      detail: element.description,
      picked: element.id === preselected,
      element,
    }));
    for (;;) {
      const picked = await vscode.window.showQuickPick(items, {
        title: `${TITLE} (1/3)`,
        placeHolder: 'Which strategic elements does this win show? Pick one or more.',
        canPickMany: true,
        matchOnDescription: true,
        matchOnDetail: true,
        ignoreFocusOut: true,
      });
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
