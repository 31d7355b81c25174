import * as path from 'path';
import { packetWins, readStories } from '../core/packet/packetStories';
import { printable } from '../core/text/printable';
import { buildSelfReviewDraft } from '../core/draft/selfReview';
import type { CommandContext } from './commandContext';
import { entryFileReader, linkFrom } from './entryFiles';
import { EXIT_OK } from './io';
import { writeNewFile } from './log/writeNewFile';

/**
 * The self-review draft built from the entries alone (the command line has
 * no language model), to stdout or a new --out file; links are relative to
 * where it lands, as the packet's are.
 */
export async function draftCommand(context: CommandContext): Promise<number> {
  const { io, options } = context;
  const outFile = options.out === undefined ? undefined : path.resolve(io.cwd, options.out);
  const stories = await readStories(packetWins(context.entries, context.period), entryFileReader(context.folder), options.stories);
  const markdown = buildSelfReviewDraft({
    entries: context.entries,
    elements: context.elements,
    period: context.period,
    linkOf: linkFrom(outFile === undefined ? io.cwd : path.dirname(outFile), context.folder),
    stories,
  });
  if (outFile === undefined) {
    io.stdout(markdown);
    return EXIT_OK;
  }
  await writeNewFile(outFile, options.out!, markdown);
  io.stderr(`Wrote the self-review draft to ${printable(options.out!)}.\n`);
  return EXIT_OK;
}
