// `npm test`: lint, type-check, unit tests in Node, integration tests in a real
// VS Code, the packaged extension, the packed command line and the packet's web
// page in a real browser, then one closing line "N passed, N failed" over all
// of them. Lint and type-check count as one test each. An integration run
// that reports no passed test counts as a failure: a suite that silently skips
// must not look green.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
let passed = 0;
let failed = 0;

function step(title, command, args) {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}

function count(title, ok) {
  if (ok) passed++;
  else {
    failed++;
    console.log(`*** ${title} failed`);
  }
}

function suite(title, script, args) {
  const summaryFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pj-summary-')), 'summary.json');
  const ok = step(title, process.execPath, [path.join(__dirname, script), ...args(summaryFile)]);
  let summary;
  try {
    summary = JSON.parse(fs.readFileSync(summaryFile, 'utf8'));
  } catch {
    summary = undefined;
  }
  if (!summary || summary.passes === 0) {
    console.log(`*** ${title}: no test ran`);
    failed++;
    return;
  }
  passed += summary.passes;
  failed += summary.failures;
  if (!ok && summary.failures === 0) {
    console.log(`*** ${title} exited with an error`);
    failed++;
  }
}

count('lint', step('lint (eslint)', bin('eslint'), ['.']));
const compiled = step('type-check and compile (tsc)', bin('tsc'), ['-p', '.']) && step('type-check the webview scripts (tsc)', bin('tsc'), ['-p', 'src/webview']);
count('type-check', compiled);
const built = compiled && step('bundle (esbuild)', process.execPath, [path.join(__dirname, 'build.js')]);
if (built) {
  suite('unit tests (mocha, Node)', 'run-unit.js', (file) => [file]);
  suite('integration tests (mocha, real VS Code)', 'integration.js', (file) => ['--summary', file]);
  suite('web extension tests (mocha, real VS Code for the web)', 'web-integration.js', (file) => ['--summary', file]);
  suite('packaged extension (.vsix installed into a real VS Code)', 'package-test.js', (file) => ['--summary', file]);
  suite('command line (npm pack, installed into a temporary prefix)', 'cli-pack-test.js', (file) => ['--summary', file]);
  suite('the packet as a web page (real Chromium)', 'packet-html-test.js', (file) => ['--summary', file]);
} else {
  failed++;
  console.log('*** build failed: unit and integration tests did not run');
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
