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

const BUILTIN_EXTENSIONS = path.join(process.env.VSCODE_OFFLINE_HOME || path.join(os.homedir(), '.cache', 'vscode-offline'), 'code-server', 'node_modules', 'code-server', 'lib', 'vscode', 'extensions');

/**
 * VS Code's built-in extensions that run code (git, TypeScript, JSON, emmet...), as
 * `publisher.name`. The bench starts the workbench without them: they start in the same
 * moments as ours, on the same thread, at random (a CPU profile showed the thread busy
 * 0.9 s in one stretch loading and starting them), and the watchdog cannot tell whose
 * code a block ran. The extension host still runs VS Code's own code, and languages
 * and themes stay.
 */
function builtinExtensionsWithCode() {
  return fs.readdirSync(BUILTIN_EXTENSIONS, { withFileTypes: true }).flatMap((entry) => {
    try {
      const manifest = JSON.parse(fs.readFileSync(path.join(BUILTIN_EXTENSIONS, entry.name, 'package.json'), 'utf8'));
      return manifest.main || manifest.browser ? [`${manifest.publisher}.${manifest.name}`] : [];
    } catch {
      return [];
    }
  });
}

/** The environment of a workbench start without the built-in extensions that run code (see builtinExtensionsWithCode). */
function withoutBuiltinExtensions(env = {}) {
  return { ...env, VSCODE_SKIP_BUILTIN_EXTENSIONS: builtinExtensionsWithCode().join(',') };
}

function installWorkbench() {
  const result = spawnSync('bash', [path.join(OFFLINE, 'install.sh')], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('scripts/vscode-offline/install.sh failed');
}

/**
 * One workbench start; its figures come back through a file the extension host writes.
 * `extraEnv` reaches the extension host: PJ_BENCH_PROFILE (where to write a CPU
 * profile), PJ_BENCH_EXPECTED_REPORT (the command line's report to compare with).
 */
function measureOnce(workspace, extraEnv = {}, { userData, port, extension = ROOT } = {}) {
  const resultFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'promotion-journal-wb-')), 'figures.json');
  try {
    const run = spawnSync(
      process.execPath,
      [path.join(OFFLINE, 'workbench.js'), 'test', '--extension', extension, '--tests', TESTS, '--workspace', workspace, '--timeout', '300', ...(userData ? ['--user-data', userData] : []), ...(port ? ['--port', String(port)] : [])],
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

/**
 * The extension as it is, but without its `onStartupFinished` activation, in a
 * folder of its own (links to this checkout's files, and a changed manifest):
 * for starts that wait until the workbench has finished starting before the
 * bench calls activate(), which VS Code would otherwise call itself by then.
 * @returns the folder, and a function that removes it
 */
function extensionWithoutStartupActivation() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'promotion-journal-ext-'));
  for (const name of fs.readdirSync(ROOT)) {
    if (name !== 'package.json' && name !== '.git') fs.symlinkSync(path.join(ROOT, name), path.join(folder, name));
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  manifest.activationEvents = manifest.activationEvents.filter((event) => event !== 'onStartupFinished');
  fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  return { folder, remove: () => fs.rmSync(folder, { recursive: true, force: true }) };
}

/** @returns every run's figures; the caller takes medians */
function measureWorkbench(workspace, runs, extraEnv = {}) {
  installWorkbench();
  return Array.from({ length: runs }, (_, run) => {
    console.log(`[bench] workbench run ${run + 1} of ${runs}`);
    return measureOnce(workspace, extraEnv);
  });
}

module.exports = { measureWorkbench, installWorkbench, measureOnce, withoutBuiltinExtensions, extensionWithoutStartupActivation };
