import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

/** Compiled to out/test/unit: three levels up is the repository. */
const ROOT = path.join(__dirname, '..', '..', '..');
const RESTRICTED = ['promotionJournal.journalFolder', 'promotionJournal.framework'];

interface Manifest {
  readonly capabilities: { readonly untrustedWorkspaces: { readonly supported: unknown; readonly description?: unknown; readonly restrictedConfigurations?: unknown } };
  readonly contributes: { readonly configuration: { readonly properties: Record<string, unknown> } };
}

function manifest(): Manifest {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

suite('workspace trust: the settings that name files are restricted', () => {
  test('the manifest supports untrusted workspaces in a limited way, saying why', () => {
    const untrusted = manifest().capabilities.untrustedWorkspaces;
    assert.strictEqual(untrusted.supported, 'limited');
    assert.deepStrictEqual(untrusted.restrictedConfigurations, RESTRICTED);
    assert.ok(typeof untrusted.description === 'string' && untrusted.description.length > 20, 'VS Code shows the description in Restricted Mode');
  });

  test('each restricted setting is a setting the extension contributes', () => {
    const properties = manifest().contributes.configuration.properties;
    for (const key of RESTRICTED) {
      assert.ok(key in properties, key);
    }
  });

  test('settings are read only through getConfiguration().get, which VS Code restricts itself', () => {
    // inspect() would hand out the workspace's values of a restricted setting; reading settings files would bypass VS Code.
    const readers = sourceFiles(path.join(ROOT, 'src')).filter((file) => fs.readFileSync(file, 'utf8').includes('getConfiguration('));
    assert.deepStrictEqual(
      readers.map((file) => path.relative(ROOT, file).split(path.sep).join('/')).filter((file) => !file.startsWith('src/config/')),
      [],
      'settings are read in src/config only',
    );
    for (const file of sourceFiles(path.join(ROOT, 'src'))) {
      const text = fs.readFileSync(file, 'utf8');
      // The nudge's cadence and the review period are no restricted settings: where they are set decides where an update writes.
      assert.ok(!/\.inspect\s*[<(]\s*(?!'nudge\.cadence'|'reviewPeriod')/.test(text), `${file} inspects a setting`);
      assert.ok(!/settings\.json|\.code-workspace/.test(text), `${file} reads a settings file`);
    }
  });
});
