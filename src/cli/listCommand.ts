import { ElementMatcher } from '../core/elements/elements';
import { entryBody } from '../core/search/entryBody';
import { entryJson, renderEntryList } from '../core/search/entryListing';
import { findEntries, type EntryQuery } from '../core/search/entryQuery';
import type { JournalEntry } from '../core/entries/entry';
import { periodOfChoice } from '../core/dates/periodChoice';
import { printableJson } from '../core/text/printable';
import type { ReadEntryFile } from '../core/packet/packetStories';
import type { CommandContext } from './commandContext';
import { entryFileReader } from './entryFiles';
import { CliError, EXIT_OK } from './io';

const utf8 = new TextDecoder('utf-8');

/** The entries the filters find, newest first, as lines or `--json`. */
export async function listCommand(context: CommandContext): Promise<number> {
  const { io, options } = context;
  const query = queryOf(context);
  // Bodies are read only for --contains, through the journal's file source: links out of the journal stay unread.
  const read = entryFileReader(context.folder);
  const found = await findEntries(context.entries, query, (entry) => bodyOf(read, entry));
  if (options.json) {
    io.stdout(`${printableJson(found.map(entryJson))}\n`);
  } else {
    io.stdout(renderEntryList(found));
    if (found.length === 0) {
      io.stderr('No entry matches.\n');
    }
  }
  return EXIT_OK;
}

function queryOf(context: CommandContext): EntryQuery {
  const list = context.options.list!;
  const matcher = new ElementMatcher(context.elements);
  const idsOf = (option: string, names: readonly string[]) =>
    names.map((name) => {
      const element = matcher.match(name);
      if (!element) {
        throw new CliError(`${option}: unknown element "${name}": use one of ${context.elements.map((candidate) => candidate.id).join(', ')}.`);
      }
      return element.id;
    });
  let { from, to } = list;
  if (list.period) {
    // --period and --from/--to together: the days both allow.
    const period = periodOfChoice(list.period, context.today, context.options.fiscalStartMonth);
    from = from === undefined || period.start > from ? period.start : from;
    to = to === undefined || period.end < to ? period.end : to;
  }
  return {
    elements: idsOf('--element', list.elements),
    notElements: idsOf('--not-element', list.notElements),
    from,
    to,
    tags: list.tags,
    contains: list.contains,
    confidential: list.confidential,
    limit: list.limit,
  };
}

/** An entry that is not read (gone, too large, a link out of the journal) has no body to search. */
async function bodyOf(read: ReadEntryFile, entry: JournalEntry): Promise<string> {
  try {
    const bytes = await read(entry);
    return bytes instanceof Uint8Array ? entryBody(utf8.decode(bytes)) : '';
  } catch {
    return '';
  }
}
