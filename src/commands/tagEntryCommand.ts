import * as vscode from 'vscode';
import { elementsEdit } from '../core/editing/elementsEdit';
import { KeyedQueue } from '../core/journal/keyedQueue';
import { parseEntry } from '../core/entries/parseEntry';
import type { JournalService } from '../journal/journalService';
import { journalEntryFile } from '../language/journalEntryFile';
import type { EntryNode } from '../tree/treeNodes';
import type { Command } from '../util/commandManager';
import { elementPickItems, type ElementPick } from './elementPick';
import type { EntryEditOutcome } from '../core/editing/entryBytesEdit';
import { editEntryText, readEntryText, type EditEntryFile } from './entryText';
import { fileName } from '../util/fileName';

/** The argument form, which asks nothing (keybindings, other extensions, tests). */
export interface TagEntryArguments {
  /** The entry; the active editor's when absent. A `vscode.Uri` or its string form. */
  readonly uri?: vscode.Uri | string;
  /** Element ids or labels: the entry's elements become exactly these. */
  readonly elements: readonly string[];
}

const TITLE = 'Tag Entry with Elements';

/**
 * Sets an entry's elements from a multi-select pick with the current ones
 * checked. Only the `elements` value changes (the core computes that edit);
 * an entry whose frontmatter cannot be read is left alone, and the user is
 * told why. Returns what happened, or undefined when the user cancelled.
 * `editFile` writes an entry no editor shows.
 */
export class TagEntryCommand implements Command {
  readonly id = 'promotionJournal.tagEntry';
  /** Two taggings of one entry at once: the second reads what the first wrote, never the bytes both started from. */
  private readonly edits = new KeyedQueue();

  constructor(
    private readonly service: JournalService,
    private readonly editFile: EditEntryFile,
    private readonly elementPick: ElementPick,
  ) {}

  async execute(argument?: unknown): Promise<EntryEditOutcome | undefined> {
    await this.service.ready();
    const uri = entryUriOf(argument);
    if (!uri) {
      return this.refuse('Open a journal entry first, or pick one in the Promotion Journal sidebar.');
    }
    const file = journalEntryFile(this.service, uri);
    if (!file) {
      return this.refuse(`${fileName(uri)} is not an entry: entries are the markdown files in the journal folder.`);
    }
    const matcher = this.service.matcher;
    let ids: readonly string[];
    if (isTagEntryArguments(argument)) {
      ids = argument.elements;
    } else {
      const read = await readEntryText(uri);
      if ('error' in read) {
        return this.refuse(read.error, uri);
      }
      const entry = parseEntry(file.path, read.text, matcher);
      // A dry run with the elements it has: the core says before anything is picked when the entry cannot be tagged.
      const dryRun = elementsEdit(read.text, entry.elements, matcher);
      if ('error' in dryRun) {
        return this.refuse(dryRun.error, uri);
      }
      const picked = await this.pick(entry.title, entry.elements);
      if (!picked) {
        return undefined;
      }
      ids = picked;
    }
    // Computed from the text at the moment of the edit: it may have changed while the pick was open.
    const outcome = await this.edits.run(uri.toString(), () => editEntryText(uri, (text) => elementsEdit(text, ids, matcher), this.editFile));
    return 'error' in outcome ? this.refuse(outcome.error, outcome.namesFile ? undefined : uri) : outcome;
  }

  private async pick(title: string, current: readonly string[]): Promise<string[] | undefined> {
    const items = elementPickItems(this.service.elements, (element) => current.includes(element.id));
    const picked = await this.elementPick.show(items, TITLE, `Which strategic elements does "${title}" show? Checked: its elements now.`);
    return picked?.map((item) => item.element.id);
  }

  private refuse(error: string, uri?: vscode.Uri): { error: string } {
    void vscode.window.showErrorMessage(uri ? `Cannot tag ${fileName(uri)}: ${error}` : error);
    return { error };
  }
}

/** The entry to tag: named in the argument form, a sidebar entry, a file from a menu, else the active editor's. */
function entryUriOf(argument: unknown): vscode.Uri | undefined {
  if (argument instanceof vscode.Uri) {
    return argument;
  }
  if (isEntryNode(argument)) {
    return argument.located.uri;
  }
  if (isTagEntryArguments(argument) && argument.uri !== undefined) {
    return typeof argument.uri === 'string' ? vscode.Uri.parse(argument.uri) : argument.uri;
  }
  return vscode.window.activeTextEditor?.document.uri;
}

function isEntryNode(value: unknown): value is EntryNode {
  return typeof value === 'object' && value !== null && (value as EntryNode).kind === 'entry' && (value as EntryNode).located?.uri instanceof vscode.Uri;
}

function isTagEntryArguments(value: unknown): value is TagEntryArguments {
  const elements = (value as TagEntryArguments | undefined)?.elements;
  const uri = (value as TagEntryArguments | undefined)?.uri;
  return Array.isArray(elements) && elements.every((id) => typeof id === 'string') && (uri === undefined || typeof uri === 'string' || uri instanceof vscode.Uri);
}
