import type { CalendarDay } from '../dates/calendarDay';

/** The sub-folders new entries can go to: none, one per year, or one per calendar quarter inside the year's. */
export const ENTRY_FOLDER_LAYOUTS = ['none', '{year}', '{year}/Q{quarter}'] as const;
export type EntryFolderLayout = (typeof ENTRY_FOLDER_LAYOUTS)[number];

/** The setting's values: a layout, or `journal`, which follows what the journal's entries mostly use. */
export const ENTRY_FOLDER_SETTINGS = ['journal', ...ENTRY_FOLDER_LAYOUTS] as const;
export type EntryFolderSetting = (typeof ENTRY_FOLDER_SETTINGS)[number];

export function isEntryFolderSetting(value: unknown): value is EntryFolderSetting {
  return (ENTRY_FOLDER_SETTINGS as readonly unknown[]).includes(value);
}

/** The layout one entry's folder shows; undefined for folders of another kind (topics, archives). */
function layoutOfPath(path: string): EntryFolderLayout | undefined {
  const folders = path.split('/').slice(0, -1);
  if (folders.length === 0) {
    return 'none';
  }
  if (!/^\d{4}$/.test(folders[0])) {
    return undefined;
  }
  if (folders.length === 1) {
    return '{year}';
  }
  return folders.length === 2 && /^Q[1-4]$/i.test(folders[1]) ? '{year}/Q{quarter}' : undefined;
}

/**
 * The layout most of the journal's entries use, from their paths in the
 * journal (`2026/Q3/2026-08-01-win.md`); `none` for an empty journal. A tie
 * goes to the simpler layout. Folders of another kind do not vote.
 */
export function detectEntryFolderLayout(paths: Iterable<string>): EntryFolderLayout {
  const votes = new Map<EntryFolderLayout, number>();
  for (const path of paths) {
    const layout = layoutOfPath(path);
    if (layout) {
      votes.set(layout, (votes.get(layout) ?? 0) + 1);
    }
  }
  let chosen: EntryFolderLayout = 'none';
  for (const layout of ENTRY_FOLDER_LAYOUTS) {
    if ((votes.get(layout) ?? 0) > (votes.get(chosen) ?? 0)) {
      chosen = layout;
    }
  }
  return chosen;
}

/** The layout a setting stands for in a journal whose entries have these paths. */
export function entryFolderLayoutFor(setting: EntryFolderSetting, paths: () => Iterable<string>): EntryFolderLayout {
  return setting === 'journal' ? detectEntryFolderLayout(paths()) : setting;
}

/** The sub-folders of a new entry dated `day`, as path segments: [], ['2026'] or ['2026', 'Q3'] (calendar quarters). */
export function entryFolderSegments(layout: EntryFolderLayout, day: CalendarDay): string[] {
  const year = day.slice(0, 4);
  switch (layout) {
    case 'none':
      return [];
    case '{year}':
      return [year];
    case '{year}/Q{quarter}':
      return [year, `Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`];
  }
}
