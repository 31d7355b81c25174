import * as vscode from 'vscode';
import { olderPeriodDays } from '../core/dates/periods';
import { Disposable } from '../util/disposable';

export type UpgradePrompt = (message: string, actions: readonly string[]) => Thenable<string | undefined>;

export const UPGRADE_ACTIONS = { update: 'Update Setting', keep: 'Keep It' } as const;

/** Older values the user chose to keep: never offered again. */
const KEPT_KEY = 'promotionJournal.reviewPeriodUpgrade.kept';

/** A review period written the older way, and where. */
interface OlderSetting {
  readonly days: number;
  readonly target: vscode.ConfigurationTarget;
  readonly folder?: vscode.WorkspaceFolder;
  readonly where: string;
}

export type UpgradeOutcome = 'none' | 'updated' | 'kept' | 'dismissed';

/**
 * A review period of a number of days used to be written as the number itself
 * (`90`); it still counts, but the Settings editor's dropdown cannot show it.
 * Offers once to write it the current way (`days` and Review Period Days), in
 * the same settings file: the period stays the same.
 */
export class ReviewPeriodUpgrade extends Disposable {
  private offering: Promise<UpgradeOutcome> | undefined;

  constructor(
    private readonly memento: vscode.Memento,
    private readonly prompt: UpgradePrompt = (message, actions) => vscode.window.showInformationMessage(message, ...actions),
  ) {
    super();
    this._register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('promotionJournal.reviewPeriod')) {
          void this.offer();
        }
      }),
    );
  }

  /** Asks about the first older value found, unless kept before; one question at a time. */
  offer(): Promise<UpgradeOutcome> {
    this.offering ??= this.ask().finally(() => (this.offering = undefined));
    return this.offering;
  }

  private async ask(): Promise<UpgradeOutcome> {
    const kept = this.memento.get<string[]>(KEPT_KEY, []);
    const older = olderSettings().find((setting) => !kept.includes(keyOf(setting)));
    if (!older) {
      return 'none';
    }
    const answer = await this.prompt(
      `Review Period is ${older.days} in your ${older.where} settings, the older way to write a number of days. Update it to "Last days" with Review Period Days ${older.days}? The period stays the same, and the Settings editor can show it.`,
      [UPGRADE_ACTIONS.update, UPGRADE_ACTIONS.keep],
    );
    if (answer === UPGRADE_ACTIONS.update) {
      // The question may have stayed open a while: write only over the value it asked about, never over a newer one.
      if (!olderSettings().some((setting) => keyOf(setting) === keyOf(older))) {
        return 'none';
      }
      const config = vscode.workspace.getConfiguration('promotionJournal', older.folder?.uri);
      // The days first: `days` alone would count the default number of days for a moment.
      await config.update('reviewPeriodDays', older.days, older.target);
      await config.update('reviewPeriod', 'days', older.target);
      return 'updated';
    }
    if (answer === UPGRADE_ACTIONS.keep) {
      await this.memento.update(KEPT_KEY, [...kept, keyOf(older)]);
      return 'kept';
    }
    return 'dismissed';
  }
}

function olderSettings(): OlderSetting[] {
  const found: OlderSetting[] = [];
  const inspected = vscode.workspace.getConfiguration('promotionJournal').inspect('reviewPeriod');
  const add = (value: unknown, target: vscode.ConfigurationTarget, where: string, folder?: vscode.WorkspaceFolder) => {
    const days = olderPeriodDays(value);
    if (days !== undefined) {
      found.push({ days, target, where, folder });
    }
  };
  add(inspected?.globalValue, vscode.ConfigurationTarget.Global, 'user');
  add(inspected?.workspaceValue, vscode.ConfigurationTarget.Workspace, 'workspace');
  // With one folder open, its settings are the workspace's: only a multi-root workspace has folder settings of their own.
  const folders = vscode.workspace.workspaceFile ? (vscode.workspace.workspaceFolders ?? []) : [];
  for (const folder of folders) {
    const inFolder = vscode.workspace.getConfiguration('promotionJournal', folder.uri).inspect('reviewPeriod');
    add(inFolder?.workspaceFolderValue, vscode.ConfigurationTarget.WorkspaceFolder, `"${folder.name}" folder`, folder);
  }
  return found;
}

function keyOf(setting: OlderSetting): string {
  return `${setting.where}:${setting.days}`;
}
