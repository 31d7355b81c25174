// The extension in a real VS Code (code-server + headless Chromium, offline):
// activation to the tree's first render on a generated journal, and the
// longest event-loop block meanwhile. The measuring runs inside the extension
// host (test/bench/, compiled to out/test/bench/).
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..', '..');
const OFFLINE = path.join(ROOT, 'scripts', 'vscode-offline');
const TESTS = path.join(ROOT, 'out', 'test', 'bench', 'index.js');

function installWorkbench() {
  const result = spawnSync('bash', [path.join(OFFLINE, 'install.sh')], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('scripts/vscode-offline/install.sh failed');
}

/**
 * One workbench start; its figures come back through a file the extension host writes.
 * `extraEnv` reaches the extension host: PJ_BENCH_PROFILE (where to write a CPU
 * profile), PJ_BENCH_EXPECTED_REPORT (the command line's report to compare with).
 */
function measureOnce(workspace, extraEnv = {}, { userData, port } = {}) {
  const resultFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'promotion-journal-wb-')), 'figures.json');
  try {
    const run = spawnSync(
      process.execPath,
      [path.join(OFFLINE, 'workbench.js'), 'test', '--extension', ROOT, '--tests', TESTS, '--workspace', workspace, '--timeout', '300', ...(userData ? ['--user-data', userData] : []), ...(port ? ['--port', String(port)] : [])],
      { encoding: 'utf8', env: { ...process.env, ...extraEnv, PJ_BENCH_RESULT: resultFile } },
    );
    if (run.status !== 0 || !fs.existsSync(resultFile)) {
      throw new Error(`the workbench benchmark failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    }
    return JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  } finally {
    fs.rmSync(path.dirname(resultFile), { recursive: true, force: true });
  }
}

/** @returns every run's figures; the caller takes medians */
function measureWorkbench(workspace, runs, extraEnv = {}) {
  installWorkbench();
  return Array.from({ length: runs }, (_, run) => {
    console.log(`[bench] workbench run ${run + 1} of ${runs}`);
    return measureOnce(workspace, extraEnv);
  });
}

module.exports = { measureWorkbench, installWorkbench, measureOnce };
