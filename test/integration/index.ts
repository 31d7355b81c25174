// The --extensionTestsPath module: VS Code calls run() inside the extension host.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

/** The file suffix of each run's tests: one folder (no suffix), two folders, no folder, two folders sharing a personal journal. */
const SUITE_SUFFIXES: Readonly<Record<string, string>> = { folder: '', 'multi-root': '.multiroot', 'no-folder': '.nofolder', 'shared-journal': '.sharedjournal' };

function suiteSuffixOf(file: string): string {
  return Object.values(SUITE_SUFFIXES).find((suffix) => suffix && file.endsWith(`${suffix}.test.js`)) ?? '';
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 20000 });
  const grep = process.env.PJ_TEST_GREP;
  if (grep) {
    mocha.grep(grep);
  }
  // Each run of scripts/integration.js opens its own kind of window; a file's suffix says which it needs.
  const suffix = SUITE_SUFFIXES[process.env.PJ_SUITE ?? 'folder'];
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js') && suiteSuffixOf(file) === suffix) {
      mocha.addFile(path.join(__dirname, file));
    }
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes = 0, pending = 0 } = runner.stats ?? {};
      console.log(`[integration] ${passes} tests passed, ${failures} failed, ${pending} pending`);
      if (process.env.PJ_TEST_SUMMARY) {
        fs.writeFileSync(process.env.PJ_TEST_SUMMARY, JSON.stringify({ passes, failures, pending }));
      }
      if (failures > 0) {
        reject(new Error(`${failures} integration test(s) failed`));
      } else {
        resolve();
      }
    });
  });
}
