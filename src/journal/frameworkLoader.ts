import * as vscode from 'vscode';
import { resolveSettingPath } from '../util/folderPath';
import { DEFAULT_FRAMEWORK, parseFramework, type Framework } from '../core/elements/framework';

/**
 * The framework the `promotionJournal.framework` setting asks for: a list of
 * elements, or the path of a JSON file (relative to the workspace folder). A
 * bad one is reported once and the six default elements are used instead.
 */
export async function loadFramework(setting: unknown, folder: vscode.WorkspaceFolder | undefined): Promise<Framework> {
  if (setting === undefined || setting === null || setting === '' || (Array.isArray(setting) && setting.length === 0)) {
    return DEFAULT_FRAMEWORK;
  }
  let value = setting;
  let name = 'Custom framework';
  if (typeof setting === 'string') {
    const uri = resolveSettingPath(setting.trim(), folder);
    name = uri.path.slice(uri.path.lastIndexOf('/') + 1).replace(/\.json$/i, '');
    try {
      value = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
    } catch (error) {
      return fallBack(`cannot read ${setting}: ${error instanceof SyntaxError ? `not valid JSON (${error.message})` : 'no such file'}`);
    }
  }
  const result = parseFramework(value, name);
  return 'framework' in result ? result.framework : fallBack(result.error);
}

function fallBack(reason: string): Framework {
  void vscode.window.showWarningMessage(`Promotion Journal: the framework setting is not valid (${reason}). The six default elements are used instead.`, 'Open Settings').then((choice) => {
    if (choice) {
      void vscode.commands.executeCommand('workbench.action.openSettings', 'promotionJournal.framework');
    }
  });
  return DEFAULT_FRAMEWORK;
}
