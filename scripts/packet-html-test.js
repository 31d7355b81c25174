// Opens the packet's web page (`promotion-journal packet --format html`, the
// bundled bin) in a real browser: Debian's headless Chromium, driven by
// playwright-core from the offline runner (scripts/vscode-offline/install.sh).
// Checks that the page renders, prints, runs no script and fetches nothing,
// even when an entry holds script tags, event handlers, images and frames.
// Chromium or playwright-core missing is a failure, never a skip.
// `--summary FILE` receives { passes, failures, pending }; `--screenshot FILE`
// keeps the screenshot of the sample journal's page (the README's).
/* global window, document, getComputedStyle, requestAnimationFrame -- inside page.evaluate, run by the browser */
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { argument, check, finish } = require('./checkList');
const { pathToFileURL } = require('url');

const root = path.join(__dirname, '..');
const HOME = process.env.VSCODE_OFFLINE_HOME || path.join(os.homedir(), '.cache', 'vscode-offline');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CLI = path.join(root, 'dist', 'cli.js');
/** A port nothing listens on: a request that leaks is refused at once, never sent anywhere. */
const DEAD = 'http://127.0.0.1:9';



function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Writes the packet page of `journal` with the bundled bin, into `out`. */
function writePage(journal, out, extra = []) {
  const run = spawnSync(process.execPath, [CLI, 'packet', journal, '--today', '2026-12-01', '--period', 'year', '--format', 'html', '--out', out, ...extra], {
    encoding: 'utf8',
    env: { ...process.env, PROMOTION_JOURNAL_CACHE: 'off' }, // no saved index of a test journal left in the user's cache folder
  });
  if (run.status !== 0) throw new Error(`the bin exited ${run.status}: ${run.stderr.trim()}`);
  return out;
}

/** Opens a file in a fresh page, watching every request, dialog and console line, and returns what it saw. */
async function open(browser, file, inspect) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 1300 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const requests = [];
  const dialogs = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  try {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    // Let anything late (an onerror handler, a lazy frame) have its chance to act.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    const inspected = inspect ? await inspect(page) : undefined;
    return { requests, dialogs, ran: await page.evaluate(() => window.__pjRan), inspected };
  } finally {
    await context.close();
  }
}

/** The checks that need the browser. */
async function pageChecks(browser, tmp) {
  const workspace = path.join(tmp, 'sample');
  fs.cpSync(path.join(root, 'sample'), workspace, { recursive: true });
  const samplePage = path.join(workspace, 'packet.html');

  await check("the sample journal's page renders: title, glance, coverage table, links to the entries, stories", async () => {
    writePage(path.join(workspace, 'journal'), samplePage);
    const seen = await open(browser, samplePage, async (page) => {
      const shot = argument('--screenshot') || path.join(tmp, 'packet-html.png');
      await page.screenshot({ path: shot });
      console.log(`      (screenshot: ${path.relative(root, shot).startsWith('..') ? shot : path.relative(root, shot)})`);
      return page.evaluate(() => ({
        title: document.title,
        h1: document.querySelector('h1')?.textContent,
        h2: [...document.querySelectorAll('h2')].map((heading) => heading.textContent),
        rows: document.querySelectorAll('table tbody tr').length,
        links: [...document.querySelectorAll('a')].map((link) => link.getAttribute('href')),
        stories: [...document.querySelectorAll('li')].filter((item) => /^(Story|Result): /.test(item.textContent)).length,
        styled: getComputedStyle(document.querySelector('th')).borderTopStyle,
      }));
    });
    const { title, h1, h2, rows, links, stories, styled } = seen.inspected;
    assert(title === 'Promotion packet: 1 Jan – 31 Dec 2026' && h1 === title, `title ${title}, h1 ${h1}`);
    assert(h2[0] === 'At a glance' && h2[1] === 'Coverage' && h2.includes('Evidence gaps'), `headings: ${h2.join(', ')}`);
    assert(rows === 6, `${rows} table rows`);
    assert(links.length > 10 && links.every((href) => href.startsWith('journal/2026/')), `links: ${links.join(', ')}`);
    assert(stories >= 5, `${stories} stories`);
    assert(styled === 'solid', 'the inline style applies under the policy');
    assert(seen.requests.length === 1 && seen.requests[0] === pathToFileURL(samplePage).href, `requests: ${seen.requests.join(', ')}`);
  });

  await check('it prints to PDF (the print styles apply)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(pathToFileURL(samplePage).href);
    await page.emulateMedia({ media: 'print' });
    const linkColour = await page.evaluate(() => getComputedStyle(document.querySelector('a')).color);
    const pdf = await page.pdf({ format: 'A4' });
    await context.close();
    assert(pdf.subarray(0, 5).toString() === '%PDF-' && pdf.length > 10000, `${pdf.length} bytes`);
    assert(linkColour === 'rgb(31, 35, 40)', `links print as text colour, got ${linkColour}`);
  });

  await check('the detector works: a page without the policy that runs a script and fetches an image is caught', async () => {
    const control = path.join(tmp, 'control.html');
    fs.writeFileSync(control, `<!DOCTYPE html><title>control</title><script>window.__pjRan = 'script'; alert('control')</script><img src="${DEAD}/control.png">`);
    const seen = await open(browser, control);
    assert(seen.ran === 'script', `flag ${seen.ran}`);
    assert(seen.dialogs.includes('control'), `dialogs: ${seen.dialogs.join(', ')}`);
    assert(seen.requests.some((url) => url.startsWith(DEAD)), `requests: ${seen.requests.join(', ')}`);
  });

  await check('an entry full of script tags, handlers, images and frames runs nothing and fetches nothing', async () => {
    const journal = path.join(tmp, 'hostile', 'journal');
    fs.mkdirSync(journal, { recursive: true });
    const attack = `<script>window.__pjRan = 'script'; alert(1)</script><img src="${DEAD}/title.png" onerror="window.__pjRan = 'onerror'; alert(2)">`;
    fs.writeFileSync(
      path.join(journal, '2026-05-01-hostile.md'),
      [
        '---',
        `title: '${attack.replace(/'/g, "''")}'`,
        'date: 2026-05-01',
        'elements: [iterate-adapt]',
        `impact: '![pixel](${DEAD}/impact.png) [click](javascript:window.__pjRan=3) 4.1% -> 2.9%'`,
        `stakeholders: ['<iframe src="${DEAD}/frame"></iframe>']`,
        '---',
        '',
        '## Result',
        '',
        `<svg onload="window.__pjRan = 'svg'; alert(4)"></svg> <style>@import url(${DEAD}/a.css); body { background: url(${DEAD}/bg.png) }</style> <object data="${DEAD}/o"></object>`,
        `<link rel="stylesheet" href="${DEAD}/b.css"> <meta http-equiv="refresh" content="0; url=${DEAD}/r"> [home](//127.0.0.1:9/p) <${DEAD}/auto>`,
        '',
      ].join('\n'),
    );
    const page = writePage(journal, path.join(tmp, 'hostile', 'packet.html'));
    const seen = await open(browser, page, (opened) => opened.evaluate(() => document.body.innerText));
    assert(seen.ran === undefined, `a script ran: ${seen.ran}`);
    assert(seen.dialogs.length === 0, `dialogs: ${seen.dialogs.join(', ')}`);
    assert(seen.requests.length === 1 && seen.requests[0] === pathToFileURL(page).href, `requests: ${seen.requests.join(', ')}`);
    assert(seen.inspected.includes("<script>window.__pjRan = 'script'; alert(1)</script>"), 'the title shows as text');
    assert(seen.inspected.includes('<svg onload='), 'the story shows as text');
  });
}

async function main() {
  console.log('\nThe packet as a web page, in a real browser (Chromium)');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'promotion-journal-page-'));
  let browser;
  try {
    await check('Chromium and playwright-core are installed', async () => {
      assert(fs.existsSync(CHROMIUM), `no browser at ${CHROMIUM}: run scripts/vscode-offline/install.sh`);
      assert(fs.existsSync(path.join(HOME, 'runner', 'node_modules', 'playwright-core')), 'no playwright-core: run scripts/vscode-offline/install.sh');
      assert(fs.existsSync(CLI), `${CLI} is missing: run node scripts/build.js`);
      const { chromium } = require(path.join(HOME, 'runner', 'node_modules', 'playwright-core'));
      browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    });
    if (browser) await pageChecks(browser, tmp);
  } finally {
    if (browser) await browser.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  finish();
}

main().catch((error) => {
  console.error(`[packet-html-test] ${error && error.stack ? error.stack : error}`);
  process.exit(3);
});
