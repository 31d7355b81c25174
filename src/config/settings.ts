import * as vscode from 'vscode';
import { DEFAULT_THRESHOLDS, type EvidenceThresholds } from '../core/evidence/evidence';
import { periodSettingOf, type PeriodGrouping, type PeriodSetting } from '../core/dates/periods';

export const SECTION = 'promotionJournal';

export interface JournalSettings {
  /** Relative to the workspace folder, or absolute. */
  readonly journalFolder: string;
  readonly reviewPeriod: PeriodSetting;
  readonly fiscalYearStartMonth: number;
  readonly thresholds: EvidenceThresholds;
  readonly periodGrouping: PeriodGrouping;
  /** A list of elements, `{ name, elements }`, or the path of a JSON file holding either; empty for the default. */
  readonly framework: unknown;
  /** `YYYY-MM-DD` as written, or empty: the period's end stands in (see `reviewCountdown`). */
  readonly reviewDate: string;
}

/** Reads the settings for a scope, falling back to the default for any invalid value. */
export function readSettings(scope?: vscode.ConfigurationScope): JournalSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const journalFolder = config.get<string>('journalFolder', 'journal').trim() || 'journal';
  const month = config.get<number>('fiscalYearStartMonth', 1);
  return {
    journalFolder,
    reviewPeriod: periodSettingOf(config.get('reviewPeriod'), config.get('reviewPeriodDays')) ?? 'half',
    fiscalYearStartMonth: Number.isInteger(month) && month >= 1 && month <= 12 ? month : 1,
    thresholds: {
      minEntries: positiveInteger(config.get('minimumEntries'), DEFAULT_THRESHOLDS.minEntries),
      staleDays: positiveInteger(config.get('staleAfterDays'), DEFAULT_THRESHOLDS.staleDays),
    },
    periodGrouping: config.get('tree.periodGrouping') === 'month' ? 'month' : 'quarter',
    framework: config.get('framework'),
    reviewDate: stringSetting(config.get('reviewDate')),
  };
}

function stringSetting(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function positiveInteger(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : fallback;
}

/** Writes the journal folder to the user settings: with an absolute path, a personal journal for every window. */
export async function setUserJournalFolder(folder: string): Promise<void> {
  await vscode.workspace.getConfiguration(SECTION).update('journalFolder', folder, vscode.ConfigurationTarget.Global);
}

/** Writes the journal folder of one workspace folder (relative to it, or absolute), or of the user when there is none. */
export async function setJournalFolder(folder: string, scope: vscode.WorkspaceFolder | undefined): Promise<void> {
  const target = scope ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration(SECTION, scope?.uri).update('journalFolder', folder, target);
}

export function affectsJournal(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION);
}
