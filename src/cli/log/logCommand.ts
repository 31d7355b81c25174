import * as path from 'path';
import type { CalendarDay } from '../../core/dates/calendarDay';
import { ElementMatcher, type StrategicElement } from '../../core/elements/elements';
import { detectEntryFolderLayout, entryFolderSegments } from '../../core/newEntries/entryFolderLayout';
import { entryFileName } from '../../core/newEntries/fileNaming';
import { renderNewEntry } from '../../core/newEntries/newEntry';
import { printable } from '../../core/text/printable';
import { NodeFileSource } from '../../node/nodeFileSource';
import type { LogOptions } from '../arguments';
import { askWin } from './askWin';
import { createInFolder } from './createInFolder';
import { CliError, EXIT_CANCELLED, EXIT_OK, type CliIo } from '../io';

export interface LogContext {
  readonly io: CliIo;
  readonly log: LogOptions;
  /** The journal folder, absolute, and as the user gave it (the path printed is in the same form). */
  readonly folder: string;
  readonly folderAsGiven: string;
  readonly elements: readonly StrategicElement[];
  readonly today: CalendarDay;
}

/**
 * Writes a new entry as Log Strategic Win does (the same name, the same
 * frontmatter, never over a file) and prints its path. Without --title, a
 * terminal is asked the palette's questions; anything else is told what is missing.
 */
export async function logCommand(context: LogContext): Promise<number> {
  const { io, log } = context;
  const matcher = new ElementMatcher(context.elements);
  const elements = log.elements.map((name) => matcher.match(name) ?? unknownElement(name, context.elements));
  let win: { title: string; elements: readonly StrategicElement[]; impact?: string } | undefined;
  if (log.title !== undefined) {
    win = { title: log.title, elements, impact: log.impact };
  } else if (io.isTerminal && io.ask) {
    io.stderr(`Log a strategic win in ${printable(context.folderAsGiven)}\n`);
    win = await askWin({ ask: io.ask, say: io.stderr, matcher }, { elements, impact: log.impact });
    if (!win) {
      io.stderr('\nNothing was logged.\n');
      return EXIT_CANCELLED;
    }
  } else {
    throw new CliError('log: give the win a --title and at least one --element (questions are only asked on a terminal).');
  }
  if (win.elements.length === 0) {
    throw new CliError(`log: give at least one --element: ${context.elements.map((element) => element.id).join(', ')}.`);
  }
  const date = log.date ?? context.today;
  const rendered = renderNewEntry({ title: win.title, date, elements: win.elements, impact: win.impact });
  const layout = log.entryFolder === 'journal' ? detectEntryFolderLayout(await new NodeFileSource(context.folder).list()) : log.entryFolder;
  const segments = entryFolderSegments(layout, date);
  const folder = path.join(context.folder, ...segments);
  const folderAsGiven = path.join(context.folderAsGiven, ...segments);
  const created = await createInFolder(folder, folderAsGiven, (isTaken) => entryFileName(date, win.title, isTaken), rendered.text);
  if (created.createdFolder) {
    io.stderr(`Created the ${segments.length > 0 ? 'folder' : 'journal folder'} ${printable(folderAsGiven)}.\n`);
  }
  io.stdout(`${printable(path.join(folderAsGiven, created.name))}\n`);
  return EXIT_OK;
}

function unknownElement(name: string, elements: readonly StrategicElement[]): never {
  throw new CliError(`--element: unknown element "${name}": use one of ${elements.map((element) => element.id).join(', ')}.`);
}
