// Tests what a user installs: builds the .vsix with vsce, checks its size and
// contents, installs it into a real VS Code (code-server --install-extension),
// opens the sample journal and checks that the tree renders.
// `--summary FILE` receives { passes, failures, pending }.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { check, finish } = require('./checkList');

const root = path.join(__dirname, '..');
const MAX_VSIX_BYTES = 1024 * 1024;



const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'promotion-journal-vsix-'));
const vsix = path.join(tmp, 'promotion-journal.vsix');
const vsce = path.join(root, 'node_modules', '.bin', 'vsce');
console.log('\nPackaged extension');

check('npm run package writes a .vsix under 1 MB', () => {
  const build = spawnSync(process.execPath, [path.join(__dirname, 'build.js'), '--production'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(build.stderr);
  const pack = spawnSync(vsce, ['package', '--no-dependencies', '--out', vsix], { cwd: root, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(pack.stderr || pack.stdout);
  const size = fs.statSync(vsix).size;
  console.log(`      (${(size / 1024).toFixed(1)} KB)`);
  if (size >= MAX_VSIX_BYTES) throw new Error(`${size} bytes`);
});

check('the .vsix holds what runs, and nothing else', () => {
  const list = spawnSync(vsce, ['ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
  if (list.status !== 0) throw new Error(list.stderr);
  const files = list.stdout.trim().split('\n').sort();
  for (const needed of ['dist/extension.js', 'dist/journalWorker.js', 'dist/markdownIt.js', 'dist/yaml.js', 'dist/web/extension.js', 'package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'media/journal.svg', 'media/icon.png', 'media/dashboard.css', 'media/dashboard.js', 'media/walkthrough/log-win.png', 'snippets/markdown.json', 'frameworks/software-engineer.json']) {
    if (!files.includes(needed)) throw new Error(`${needed} is missing`);
  }
  const stray = files.filter((file) => /^(src|test|scripts|node_modules|out|sample|media\/screenshots)\/|\.map$|\.ts$/.test(file));
  if (stray.length > 0) throw new Error(`should not ship: ${stray.join(', ')}`);
});

check('installed from the .vsix into a real VS Code, it shows the journal tree', () => {
  if (!fs.existsSync(vsix)) throw new Error('no .vsix');
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(root, 'sample'), workspace, { recursive: true });
  const run = spawnSync(
    process.execPath,
    [path.join(__dirname, 'vscode-offline', 'workbench.js'), 'screenshot', '--extension', root, '--vsix', vsix, '--workspace', workspace, '--out', path.join(tmp, 'installed.png'), '--expect-text', 'Business context'],
    { encoding: 'utf8' },
  );
  process.stdout.write(run.stdout.split('\n').filter((line) => /installed|tree shows/.test(line)).map((line) => `      ${line}\n`).join(''));
  if (run.status !== 0) throw new Error(`exit ${run.status}: ${run.stderr.trim().split('\n').pop()}`);
});

fs.rmSync(tmp, { recursive: true, force: true });
finish();
