import * as assert from 'assert';
import * as vscode from 'vscode';
import { ReviewPeriodUpgrade, UPGRADE_ACTIONS } from '../../src/config/reviewPeriodUpgrade';
import { activateExtension, MemoryMemento, waitFor, type ExtensionUnderTest } from './helpers';

suite('An older review period number', () => {
  let api: ExtensionUnderTest;
  const config = () => vscode.workspace.getConfiguration('promotionJournal');
  const asked: string[] = [];
  let answer: string | undefined;
  const prompt = async (message: string, actions: readonly string[]) => {
    asked.push(message);
    assert.deepStrictEqual(actions, [UPGRADE_ACTIONS.update, UPGRADE_ACTIONS.keep]);
    return answer;
  };

  suiteSetup(async () => {
    api = await activateExtension();
  });

  teardown(async () => {
    asked.length = 0;
    await config().update('reviewPeriod', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('reviewPeriodDays', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => api.service.period.label, (label) => label === 'this half');
  });

  test('is offered an update that writes days and the number in the same settings, and the period stays the same', async () => {
    await config().update('reviewPeriod', 60, vscode.ConfigurationTarget.Workspace);
    const before = await waitFor(() => api.service.period, (period) => period.label === 'in the last 60 days');
    // Made after the setting is written, so that only the test asks it to offer.
    const upgrade = new ReviewPeriodUpgrade(new MemoryMemento(), prompt);
    try {
      answer = UPGRADE_ACTIONS.update;
      assert.strictEqual(await upgrade.offer(), 'updated');
      assert.match(asked[0], /^Review Period is 60 in your workspace settings, the older way to write a number of days\./);
      const inspected = config().inspect('reviewPeriod');
      assert.strictEqual(inspected?.workspaceValue, 'days');
      assert.strictEqual(config().inspect('reviewPeriodDays')?.workspaceValue, 60);
      assert.deepStrictEqual(api.service.period, before, 'the same period');
      assert.strictEqual(await upgrade.offer(), 'none', 'nothing older is left');
    } finally {
      upgrade.dispose();
    }
  });

  test('kept as it is, it is not offered again; dismissed, it is offered next time', async () => {
    await config().update('reviewPeriod', '45', vscode.ConfigurationTarget.Workspace);
    const upgrade = new ReviewPeriodUpgrade(new MemoryMemento(), prompt);
    try {
      answer = undefined;
      assert.strictEqual(await upgrade.offer(), 'dismissed');
      answer = UPGRADE_ACTIONS.keep;
      assert.strictEqual(await upgrade.offer(), 'kept');
      assert.strictEqual(await upgrade.offer(), 'none');
      assert.strictEqual(asked.length, 2);
      assert.strictEqual(config().inspect('reviewPeriod')?.workspaceValue, '45', 'kept as written');
    } finally {
      upgrade.dispose();
    }
  });
});
