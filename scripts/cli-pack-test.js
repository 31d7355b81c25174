// Tests the command line as npm users get it: `npm pack`, install that tarball
// into a temporary prefix (as `npm install -g` does), run the installed
// `promotion-journal` on the sample journal, and run it through `npm exec` (what
// `npx` does) too. Nothing reaches the registry: the package has no runtime
// dependencies, everything is bundled into dist/cli.js.
// `--summary FILE` receives { passes, failures, pending }.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { check, finish } = require('./checkList');

const root = path.join(__dirname, '..');
const sampleJournal = path.join(root, 'sample', 'journal');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npmFlags = ['--no-audit', '--no-fund', '--offline', '--loglevel=error'];


function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${(result.stderr || result.stdout).trim()}`);
  return result.stdout;
}


function listFiles(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((child) => (child.isDirectory() ? listFiles(path.join(folder, child.name)) : [path.join(folder, child.name)]));
}

function expectReport(output) {
  const report = JSON.parse(output);
  if (!Array.isArray(report.elements) || report.elements.length !== 6) throw new Error('the report does not list the six elements');
  if (!(report.entries > 0)) throw new Error('the report counts no entries of the sample journal');
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'promotion-journal-pack-'));
const prefix = path.join(tmp, 'prefix');
let tarball;
console.log('\nCommand line from npm pack');

check('npm pack writes a tarball with the bundled command line and no sources', () => {
  const packed = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', tmp, ...npmFlags], { cwd: root }));
  tarball = path.join(tmp, packed[0].filename);
  const files = packed[0].files.map((file) => file.path);
  for (const needed of ['package.json', 'README.md', 'LICENSE', 'dist/cli.js', 'dist/markdownIt.js', 'dist/yaml.js']) {
    if (!files.includes(needed)) throw new Error(`${needed} is missing`);
  }
  const stray = files.filter((file) => /^(src|test|scripts|sample|out|node_modules)\/|\.map$|\.ts$/.test(file));
  if (stray.length > 0) throw new Error(`should not ship: ${stray.join(', ')}`);
  console.log(`      (${files.length} files, ${(packed[0].size / 1024).toFixed(1)} KB)`);
});

check('installed from the tarball into a fresh prefix, promotion-journal reports the sample journal, the same again from its saved index, and writes the packet page', () => {
  if (!tarball) throw new Error('no tarball');
  run(npm, ['install', '--global', '--prefix', prefix, tarball, ...npmFlags]);
  const bin = process.platform === 'win32' ? path.join(prefix, 'promotion-journal.cmd') : path.join(prefix, 'bin', 'promotion-journal');
  // From another folder and with a bare PATH entry, as a user's shell would run it; its saved index in this test's folder.
  const env = { ...process.env, PATH: `${path.dirname(bin)}${path.delimiter}${process.env.PATH}`, PROMOTION_JOURNAL_CACHE: path.join(tmp, 'cache') };
  const reportArgs = ['report', '--json', '--period', 'year', '--today', '2026-12-01', sampleJournal];
  const first = run('promotion-journal', reportArgs, { cwd: tmp, env });
  expectReport(first);
  const indexFolder = path.join(tmp, 'cache', 'journal-index');
  const [indexFile] = fs.existsSync(indexFolder) ? fs.readdirSync(indexFolder).map((name) => path.join(indexFolder, name)) : [];
  if (!indexFile) throw new Error('no index saved in PROMOTION_JOURNAL_CACHE');
  // The sample's files were written just now: a saved entry of a file modified so close to its stamping is not trusted (2 s).
  // A copy of the sample, modified an hour ago, so that its saved entries can be trusted.
  const copy = path.join(tmp, 'journal');
  fs.cpSync(sampleJournal, copy, { recursive: true });
  const past = new Date(Math.floor(Date.now() / 1000 - 3600) * 1000); // whole seconds: the file system gives them back exactly
  for (const file of listFiles(copy)) fs.utimesSync(file, past, past);
  const copyArgs = reportArgs.map((arg) => (arg === sampleJournal ? copy : arg));
  const fromCopy = run('promotion-journal', copyArgs, { cwd: tmp, env }); // reads every file, saves the index
  const copyIndex = fs.readdirSync(indexFolder).map((name) => path.join(indexFolder, name)).find((file) => file !== indexFile);
  fs.utimesSync(copyIndex, past, past);
  if (run('promotion-journal', copyArgs, { cwd: tmp, env }) !== fromCopy) throw new Error('a run on the saved index reports otherwise');
  // A run that took every entry from the index, and read no file, leaves the index as it was.
  if (fs.statSync(copyIndex).mtimeMs !== past.getTime()) throw new Error('the saved index was not used: it was written again');
  if (run('promotion-journal', [...reportArgs, '--no-cache'], { cwd: tmp, env }) !== first) throw new Error('--no-cache reports otherwise');
  // The markdown parser is a file of its own, loaded on first use: the packet page needs it from the installed package.
  const page = run('promotion-journal', ['packet', '--format', 'html', '--period', 'year', '--today', '2026-12-01', sampleJournal], { cwd: tmp, env });
  if (!page.startsWith('<!DOCTYPE html>') || !page.includes('</html>')) throw new Error('packet --format html printed no page');
  const version = run('promotion-journal', ['--version'], { cwd: tmp, env }).trim();
  if (version !== require(path.join(root, 'package.json')).version) throw new Error(`--version printed "${version}"`);
});

check('npm exec (as npx does) runs it from the tarball', () => {
  if (!tarball) throw new Error('no tarball');
  const cache = path.join(tmp, 'npm-cache');
  const env = { ...process.env, PROMOTION_JOURNAL_CACHE: 'off' };
  expectReport(run(npm, ['exec', '--yes', `--package=${tarball}`, '--cache', cache, ...npmFlags, '--', 'promotion-journal', 'report', '--json', '--period', 'year', '--today', '2026-12-01', sampleJournal], { cwd: tmp, env }));
});

fs.rmSync(tmp, { recursive: true, force: true });
finish();
