// Runs the unit tests (compiled to out/test/unit) with mocha in plain Node and
// writes { passes, failures, pending } to the file named by the first argument.
const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');

const summaryFile = process.argv[2];
const root = path.join(__dirname, '..', 'out', 'test', 'unit');

function testFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return entry.name.endsWith('.test.js') ? [full] : [];
  });
}

const mocha = new Mocha({ ui: 'tdd', color: Boolean(process.stdout.isTTY), timeout: 10000 });
for (const file of testFiles(root).sort()) mocha.addFile(file);
const runner = mocha.run((failures) => {
  const { passes = 0, pending = 0 } = runner.stats || {};
  if (summaryFile) fs.writeFileSync(summaryFile, JSON.stringify({ passes, failures, pending }));
  process.exitCode = failures ? 1 : 0;
});
