import * as vscode from 'vscode';
import { parseNudgeCadence, type NudgeCadence } from '../core/review/nudgeCadence';
import { DEFAULT_NUDGE_RULES, type NudgeRules } from '../core/review/reviewUrgency';
import { positiveInteger, SECTION } from './settings';

export const CADENCE_SETTING = `${SECTION}.nudge.cadence`;

export interface NudgeSettings {
  readonly cadence: NudgeCadence;
  readonly rules: NudgeRules;
}

/** The nudge's settings for a scope, falling back to the default for any invalid value. */
export function readNudgeSettings(scope?: vscode.ConfigurationScope): NudgeSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    cadence: parseNudgeCadence(config.get('nudge.cadence')),
    rules: {
      leadTimeDays: 7 * positiveInteger(config.get('nudge.leadTimeWeeks'), DEFAULT_NUDGE_RULES.leadTimeDays / 7),
      daysWithoutWin: positiveInteger(config.get('nudge.daysWithoutWin'), DEFAULT_NUDGE_RULES.daysWithoutWin),
    },
  };
}

/** "Don't remind me": the cadence becomes `off` where it is decided now (folder, workspace, or user settings). */
export async function turnNudgeOff(scope?: vscode.ConfigurationScope): Promise<void> {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const set = config.inspect('nudge.cadence');
  const target =
    set?.workspaceFolderValue !== undefined
      ? vscode.ConfigurationTarget.WorkspaceFolder
      : set?.workspaceValue !== undefined
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
  await config.update('nudge.cadence', 'off', target);
}
