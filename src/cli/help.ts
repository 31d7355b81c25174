import * as fs from 'fs';
import * as path from 'path';

export const USAGE = `Usage: promotion-journal <command> [FOLDER] [options]

Commands:
  report   The evidence per strategic element for the review period.
  check    Exit 0 when every element has enough evidence, 1 when any needs
           more (the gaps go to stderr): for a weekly cron or a git hook.
  packet   The promotion packet, as markdown or (--format html) as one
           self-contained web page to print or paste.
  draft    A self-review draft from the entries: per element what was done,
           the results and the stakeholders, each line linked to its entry.
  list     The entries, newest first, narrowed by the filters below.
  log      Writes a new entry, as Log Strategic Win does, and prints its path.
           Without --title, a terminal is asked for the win.

FOLDER is the journal folder itself: the argument, else the
PROMOTION_JOURNAL_DIR environment variable, else ./journal. Paths shown are
relative to it.

Options of report, check, packet and draft:
  --period P          quarter, half (default), year, last-12-months, a number
                      of days up to today such as 90, or START..END
                      (YYYY-MM-DD..YYYY-MM-DD)
  --fiscal-start M    first month of the fiscal year: 1-12 or a name (default 1)
  --today YYYY-MM-DD  the day to report as of (default: today, local time)
  --review-date YYYY-MM-DD
                      the next review, counted down to (default: the end of
                      the period)
  --min N             fewer wins than N in the period is "thin" (default 3)
  --stale-days N      no win for more than N days is "stale" (default 45)
  --json              report, check: the stable JSON form instead of text
  --out FILE          packet, draft: write to FILE, which must not exist yet
  --stories S         packet, draft: each win's story (its Result section or
                      first paragraph): none, summary (default) or full
  --format F          packet: markdown (default) or html

Options of log:
  --title T           what you did (asked on a terminal when absent)
  --element E         an element id or label; repeat for more (at least one)
  --impact I          the result, in one line
  --date YYYY-MM-DD   the day of the win (default: today)
  --entry-folder L    the sub-folder of the entry: none, {year} or
                      {year}/Q{quarter}; journal (default) follows the
                      layout most entries of the journal use

Options of list (each one narrows the list):
  --element E         shows E (repeat: shows every one)
  --not-element E     does not show E (repeatable)
  --from YYYY-MM-DD, --to YYYY-MM-DD
                      dated on or after, on or before
  --period P          dated in P (as above; with --today, --fiscal-start)
  --tag T             has the tag T (repeat: every one)
  --contains TEXT     TEXT in the title, impact or body (any case)
  --confidential, --no-confidential
                      only confidential entries, or only the others
  -n N                at most N entries, the newest
  --json              a JSON array, one object per entry

Every command:
  --framework FILE    a JSON framework replacing the six default elements
  --no-cache          every command but log: read every file, save nothing
  --help, --version

Each run saves the journal's index in the user's cache folder
(~/.cache/promotion-journal, or XDG_CACHE_HOME; ~/Library/Caches on macOS,
%LOCALAPPDATA% on Windows), readable by you only and never in the journal.
PROMOTION_JOURNAL_CACHE names another folder (absolute), or is off. The next
run re-reads only the files whose size or times changed; report and check,
run again the same way on the same day with no file changed, print what they
printed before.

Exit codes: 0 done (check: all elements ok), 1 check: some element needs
evidence, 2 a bad option, date, number or folder, 130 log: a question was
stopped (Ctrl+C, Ctrl+D) and nothing was written.
`;

/** The version in the nearest promotion-journal package.json above this file, bundled in dist/ or compiled in out/src/cli/. */
export function packageVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === 'promotion-journal' && typeof manifest.version === 'string') {
        return manifest.version;
      }
    } catch {
      // No readable package.json here: look further up.
    }
    if (path.dirname(dir) === dir) {
      return 'unknown';
    }
  }
}
