// The extensionTestsPath module of the web extension host (a web worker).
// mocha's browser build defines the global `mocha`; the tests are bundled in.
import 'mocha/mocha';

export function run(): Promise<void> {
  mocha.setup({ ui: 'tdd', reporter: undefined, timeout: 20000 });
  // Suites register on import, so they load only after mocha.setup().
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./journal.web.test');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes = 0, pending = 0 } = runner.stats ?? {};
      // The runner reads this line from the worker's console.
      console.log(`[web-integration] ${passes} tests passed, ${failures} failed, ${pending} pending`);
      if (failures > 0) {
        reject(new Error(`${failures} web test(s) failed`));
      } else {
        resolve();
      }
    });
    // One line per test, for the runner to print: the worker's console is all it sees.
    runner.on('pass', (test) => console.log(`[web-integration] ✔ ${test.fullTitle()}`));
    runner.on('fail', (test, error) => console.log(`[web-integration] ✖ ${test.fullTitle()}: ${error.message}`));
  });
}
