import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, waitFor, type ExtensionUnderTest } from './helpers';

interface SettingSchema {
  readonly type?: string | string[];
  readonly default?: unknown;
  readonly enum?: unknown[];
  readonly enumItemLabels?: string[];
  readonly markdownEnumDescriptions?: string[];
  readonly enumDescriptions?: string[];
  readonly markdownDescription?: string;
  readonly errorMessage?: string;
  readonly minimum?: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function schema(): Record<string, SettingSchema> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  return (extension.packageJSON as { contributes: { configuration: { properties: Record<string, SettingSchema> } } }).contributes.configuration.properties;
}

suite('Settings in the Settings editor', () => {
  let api: ExtensionUnderTest;
  const config = () => vscode.workspace.getConfiguration('promotionJournal');

  suiteSetup(async () => {
    api = await activateExtension();
  });

  test('every setting has a default and a markdown description', () => {
    for (const [key, setting] of Object.entries(schema())) {
      assert.ok('default' in setting, `${key} has a default`);
      assert.ok((setting.markdownDescription ?? '').length > 20, `${key} has a markdown description`);
    }
  });

  test('Review Period is a dropdown of quarter, half, year and days, each described, with the days in a number setting', () => {
    const period = schema()['promotionJournal.reviewPeriod'];
    assert.strictEqual(period.type, 'string', 'one type: the Settings editor shows a dropdown');
    assert.deepStrictEqual(period.enum, ['quarter', 'half', 'year', 'days']);
    assert.strictEqual(period.default, 'half');
    assert.strictEqual(period.markdownEnumDescriptions?.length, 4);
    assert.match(period.errorMessage ?? '', /promotionJournal\.reviewPeriodDays/, 'an older number in settings.json is told where it goes now');
    const days = schema()['promotionJournal.reviewPeriodDays'];
    assert.strictEqual(days.type, 'integer');
    assert.strictEqual(days.default, 90);
    assert.strictEqual(days.minimum, 1);
  });

  test('Fiscal Year Start Month is a dropdown of month names storing the month number', () => {
    const month = schema()['promotionJournal.fiscalYearStartMonth'];
    assert.deepStrictEqual(month.enum, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    assert.deepStrictEqual(month.enumItemLabels, MONTHS);
    assert.strictEqual(month.markdownEnumDescriptions?.length, 12);
    assert.strictEqual(month.default, 1);
  });

  test('days with the number of days, an older number, and an older numeric text all read to the same period', async () => {
    const periodText = () => JSON.stringify(api.service.period);
    try {
      await config().update('reviewPeriod', 'days', vscode.ConfigurationTarget.Workspace);
      await config().update('reviewPeriodDays', 30, vscode.ConfigurationTarget.Workspace);
      const days = await waitFor(() => api.service.period, (period) => period.label === 'in the last 30 days');
      assert.strictEqual(days.label, 'in the last 30 days');
      await config().update('reviewPeriodDays', undefined, vscode.ConfigurationTarget.Workspace);
      await config().update('reviewPeriod', 30, vscode.ConfigurationTarget.Workspace);
      assert.strictEqual(await waitFor(periodText, (text) => text === JSON.stringify(days)), JSON.stringify(days), 'an older number');
      await config().update('reviewPeriod', 'half', vscode.ConfigurationTarget.Workspace);
      await waitFor(() => api.service.period.label, (label) => label === 'this half');
      await config().update('reviewPeriod', '30', vscode.ConfigurationTarget.Workspace);
      assert.strictEqual(await waitFor(periodText, (text) => text === JSON.stringify(days)), JSON.stringify(days), 'an older numeric text');
      await config().update('reviewPeriod', 'days', vscode.ConfigurationTarget.Workspace);
      assert.strictEqual((await waitFor(() => api.service.period, (period) => period.label === 'in the last 90 days')).label, 'in the last 90 days', 'days alone counts the default days');
    } finally {
      await config().update('reviewPeriod', undefined, vscode.ConfigurationTarget.Workspace);
      await config().update('reviewPeriodDays', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => api.service.period.label, (label) => label === 'this half');
  });
});
