// Runs test/integration inside a real VS Code extension host.
//
//   PJ_VSCODE_RUNNER=auto (default)  desktop VS Code through @vscode/test-electron when a
//                                    `code` executable is installed or VS Code's download
//                                    server answers; otherwise the offline workbench.
//   PJ_VSCODE_RUNNER=electron        always @vscode/test-electron (VSCODE_EXECUTABLE_PATH to pin a build)
//   PJ_VSCODE_RUNNER=offline         always the offline workbench (code-server + headless Chromium)
//   PJ_SUITES=folder,no-folder       only these runs (see SUITES below); all four by default
//
// The fixture workspace is copied to a temporary folder so that tests may change it.
// The suite runs four times, since a window cannot change what it has open
// without restarting its extension host: in that folder; in a multi-root
// workspace of two folders with a journal each (*.multiroot.test.js only); in a
// window with no folder, whose user settings name a personal journal
// (*.nofolder.test.js); and in a multi-root workspace whose settings give both
// folders the same personal journal (*.sharedjournal.test.js).
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

/** The runs, in order; PJ_SUITE tells test/integration/index.ts which test files belong to each. */
const SUITES = [
  { name: 'folder', title: 'one workspace folder' },
  { name: 'multi-root', title: 'multi-root workspace of two folders, a journal each' },
  { name: 'no-folder', title: 'a window with no folder, a personal journal in the user settings' },
  { name: 'shared-journal', title: 'multi-root workspace of two folders sharing one personal journal' },
];

/**
 * Copies the fixture folders to a temporary place. `open` is what the window
 * opens (a folder, a .code-workspace file, or nothing), `settings` the user
 * settings, and `personalJournal` the absolute journal folder they name.
 */
function prepareWorkspace(suite) {
  const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'promotion-journal-it-'));
  const personalJournal = path.join(temporary, 'career', 'journal');
  switch (suite) {
    case 'folder':
      fs.cpSync(fixture, temporary, { recursive: true });
      return { open: temporary, cleanup: temporary };
    case 'multi-root': {
      fs.cpSync(fixture, path.join(temporary, 'first'), { recursive: true });
      fs.cpSync(path.join(root, 'test', 'fixtures', 'second-folder'), path.join(temporary, 'second'), { recursive: true });
      const file = path.join(temporary, 'journals.code-workspace');
      fs.writeFileSync(file, JSON.stringify({ folders: [{ path: 'first' }, { path: 'second' }] }, null, 2));
      return { open: file, cleanup: temporary };
    }
    case 'no-folder':
      fs.cpSync(path.join(fixture, 'journal'), personalJournal, { recursive: true });
      return { open: undefined, cleanup: temporary, personalJournal, settings: { 'promotionJournal.journalFolder': personalJournal } };
    case 'shared-journal': {
      fs.cpSync(path.join(fixture, 'journal'), personalJournal, { recursive: true });
      for (const folder of ['first', 'second']) {
        fs.mkdirSync(path.join(temporary, folder));
        fs.writeFileSync(path.join(temporary, folder, 'README.md'), `A project folder with no journal of its own.\n`);
      }
      const file = path.join(temporary, 'projects.code-workspace');
      const workspace = { folders: [{ path: 'first' }, { path: 'second' }], settings: { 'promotionJournal.journalFolder': personalJournal } };
      fs.writeFileSync(file, JSON.stringify(workspace, null, 2));
      return { open: file, cleanup: temporary, personalJournal };
    }
  }
  throw new Error(`unknown suite ${suite}`);
}

function readSummary(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** User settings for desktop VS Code go in a user-data folder of their own. */
function electronUserData(workspace) {
  const userData = path.join(workspace.cleanup, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(workspace.settings || {}, null, 2));
  return userData;
}

async function runElectron(workspace, env) {
  const { runTests } = require('@vscode/test-electron');
  const code = findDesktopCode();
  const opened = workspace.open ? [workspace.open] : [];
  const userData = workspace.settings ? [`--user-data-dir=${electronUserData(workspace)}`] : [];
  await runTests({
    vscodeExecutablePath: code && !code.endsWith('code') ? code : undefined,
    extensionDevelopmentPath: root,
    extensionTestsPath: testsIndex,
    extensionTestsEnv: env,
    launchArgs: [...opened, ...userData, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
  });
  return 0;
}

function runOffline(workspace, env) {
  const install = spawnSync('bash', [path.join(__dirname, 'vscode-offline', 'install.sh')], { stdio: 'inherit' });
  if (install.status !== 0) return install.status || 3;
  const opened = workspace.open ? ['--workspace', workspace.open] : ['--empty'];
  let settings = [];
  if (workspace.settings) {
    const file = path.join(workspace.cleanup, 'user-settings.json');
    fs.writeFileSync(file, JSON.stringify(workspace.settings));
    settings = ['--settings', file];
  }
  const run = spawnSync(
    process.execPath,
    [path.join(__dirname, 'vscode-offline', 'workbench.js'), 'test', '--extension', root, '--tests', testsIndex, ...opened, ...settings, '--timeout', process.env.PJ_TEST_TIMEOUT || '300'],
    { stdio: 'inherit', env: { ...process.env, ...env } },
  );
  return run.status ?? 1;
}

async function runSuite(runner, suite, summary) {
  const workspace = prepareWorkspace(suite.name);
  const env = { PJ_TEST_SUMMARY: summary || '', PJ_TEST_WORKSPACE: workspace.open || '', PJ_PERSONAL_JOURNAL: workspace.personalJournal || '', PJ_SUITE: suite.name };
  console.log(`[integration] ${suite.title}`);
  try {
    return runner === 'electron' ? await runElectron(workspace, env) : runOffline(workspace, env);
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
  // PJ_SUITES=no-folder,shared-journal runs only those (a run costs a workbench start).
  const wanted = process.env.PJ_SUITES ? process.env.PJ_SUITES.split(',').map((name) => name.trim()) : undefined;
  for (const suite of SUITES.filter((candidate) => !wanted || wanted.includes(candidate.name))) {
    const partSummary = summary ? `${summary}.${suite.name}` : '';
    const code = await runSuite(runner, suite, partSummary);
    status = status || code;
    parts.push(partSummary && readSummary(partSummary));
  }
  if (summary) {
    // Every run must report: a run that reported nothing counts as no test passed.
    const total = parts.every(Boolean)
      ? parts.reduce((sum, part) => ({ passes: sum.passes + part.passes, failures: sum.failures + part.failures, pending: sum.pending + part.pending }), { passes: 0, failures: 0, pending: 0 })
      : { passes: 0, failures: 1, pending: 0 };
    fs.writeFileSync(summary, JSON.stringify(total));
  }
  process.exit(status);
}

main();
