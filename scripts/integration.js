// Runs test/integration inside a real VS Code extension host.
//
//   PJ_VSCODE_RUNNER=auto (default)  desktop VS Code through @vscode/test-electron when a
//                                    `code` executable is installed or VS Code's download
//                                    server answers; otherwise the offline workbench.
//   PJ_VSCODE_RUNNER=electron        always @vscode/test-electron (VSCODE_EXECUTABLE_PATH to pin a build)
//   PJ_VSCODE_RUNNER=offline         always the offline workbench (code-server + headless Chromium)
//
// The fixture workspace is copied to a temporary folder so that tests may change it.
// The suite runs twice: in that folder, then (tests named *.multiroot.test.js only)
// in a multi-root workspace of two folders, since a window cannot become
// multi-root without restarting its extension host.
// `--summary FILE` receives { passes, failures, pending } from the extension host.
const { spawnSync } = require('child_process');
const dns = require('dns');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const testsIndex = path.join(root, 'out', 'test', 'integration', 'index.js');
const fixture = path.join(root, 'test', 'fixtures', 'workspace');

function argument(name) {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

function findDesktopCode() {
  if (process.env.VSCODE_EXECUTABLE_PATH) return process.env.VSCODE_EXECUTABLE_PATH;
  const which = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['code'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.split(/\r?\n/)[0].trim() : undefined;
}

function canDownloadVSCode() {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), 3000);
    dns.lookup('update.code.visualstudio.com', (error) => {
      clearTimeout(timer);
      resolve(!error);
    });
  });
}

async function chooseRunner() {
  const wanted = process.env.PJ_VSCODE_RUNNER || 'auto';
  if (wanted !== 'auto') return wanted;
  if (findDesktopCode() || (await canDownloadVSCode())) return 'electron';
  return 'offline';
}

/** Copies the fixture folders to a temporary place; a .code-workspace file lists both for the multi-root run. */
function prepareWorkspace(multiRoot) {
  const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'promotion-journal-it-'));
  if (!multiRoot) {
    fs.cpSync(fixture, temporary, { recursive: true });
    return { open: temporary, cleanup: temporary };
  }
  fs.cpSync(fixture, path.join(temporary, 'first'), { recursive: true });
  fs.cpSync(path.join(root, 'test', 'fixtures', 'second-folder'), path.join(temporary, 'second'), { recursive: true });
  const file = path.join(temporary, 'journals.code-workspace');
  fs.writeFileSync(file, JSON.stringify({ folders: [{ path: 'first' }, { path: 'second' }] }, null, 2));
  return { open: file, cleanup: temporary };
}

function readSummary(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

async function runElectron(workspace, env) {
  const { runTests } = require('@vscode/test-electron');
  const code = findDesktopCode();
  await runTests({
    vscodeExecutablePath: code && !code.endsWith('code') ? code : undefined,
    extensionDevelopmentPath: root,
    extensionTestsPath: testsIndex,
    extensionTestsEnv: env,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
  });
  return 0;
}

function runOffline(workspace, env) {
  const install = spawnSync('bash', [path.join(__dirname, 'vscode-offline', 'install.sh')], { stdio: 'inherit' });
  if (install.status !== 0) return install.status || 3;
  const run = spawnSync(
    process.execPath,
    [path.join(__dirname, 'vscode-offline', 'workbench.js'), 'test', '--extension', root, '--tests', testsIndex, '--workspace', workspace, '--timeout', process.env.PJ_TEST_TIMEOUT || '300'],
    { stdio: 'inherit', env: { ...process.env, ...env } },
  );
  return run.status ?? 1;
}

async function runSuite(runner, multiRoot, summary) {
  const workspace = prepareWorkspace(multiRoot);
  const env = { PJ_TEST_SUMMARY: summary || '', PJ_TEST_WORKSPACE: workspace.open, PJ_SUITE: multiRoot ? 'multi-root' : 'folder' };
  console.log(`[integration] ${multiRoot ? 'multi-root workspace of two folders' : 'one workspace folder'}`);
  try {
    return runner === 'electron' ? await runElectron(workspace.open, env) : runOffline(workspace.open, env);
  } catch (error) {
    console.error(`[integration] ${error && error.message ? error.message : error}`);
    return 1;
  } finally {
    fs.rmSync(workspace.cleanup, { recursive: true, force: true });
  }
}

async function main() {
  const summary = argument('--summary');
  const runner = await chooseRunner();
  console.log(`[integration] running in a real VS Code (${runner === 'electron' ? 'desktop, @vscode/test-electron' : 'offline workbench, code-server + Chromium'})`);
  const parts = [];
  let status = 0;
  for (const multiRoot of [false, true]) {
    const partSummary = summary ? `${summary}.${multiRoot ? 'multi-root' : 'folder'}` : '';
    const code = await runSuite(runner, multiRoot, partSummary);
    status = status || code;
    parts.push(partSummary && readSummary(partSummary));
  }
  if (summary) {
    // Both runs must report: a run that reported nothing counts as no test passed.
    const total = parts.every(Boolean)
      ? parts.reduce((sum, part) => ({ passes: sum.passes + part.passes, failures: sum.failures + part.failures, pending: sum.pending + part.pending }), { passes: 0, failures: 0, pending: 0 })
      : { passes: 0, failures: 1, pending: 0 };
    fs.writeFileSync(summary, JSON.stringify(total));
  }
  process.exit(status);
}

main();
