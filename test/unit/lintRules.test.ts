import * as assert from 'assert';
import * as path from 'path';
import { ESLint } from 'eslint';

const ROOT = path.join(__dirname, '..', '..', '..');

async function ruleIds(code: string, file: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

suite('lint rules that keep the core pure', function () {
  this.timeout(60000);

  test('a vscode import under src/core fails lint', async () => {
    assert.deepStrictEqual(await ruleIds("import * as vscode from 'vscode';\nexport const x = vscode;\n", 'src/core/probe.ts'), ['no-restricted-imports']);
  });

  test('reading the clock under src/core fails lint', async () => {
    assert.deepStrictEqual(await ruleIds('export const a = new Date();\nexport const b = Date.now();\n', 'src/core/probe.ts'), ['no-restricted-syntax', 'no-restricted-syntax']);
  });

  test('the same code outside src/core is fine', async () => {
    assert.deepStrictEqual(await ruleIds("import * as vscode from 'vscode';\nexport const x = [vscode, new Date()];\n", 'src/journal/probe.ts'), []);
  });
});
