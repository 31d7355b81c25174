// The --extensionTestsPath module: VS Code calls run() inside the extension host.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 20000 });
  const grep = process.env.PJ_TEST_GREP;
  if (grep) {
    mocha.grep(grep);
  }
  // The multi-root suite needs a window opened on a multi-root workspace; the others one folder.
  const multiRoot = process.env.PJ_SUITE === 'multi-root';
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js') && file.endsWith('.multiroot.test.js') === multiRoot) {
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
