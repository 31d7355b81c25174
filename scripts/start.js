// `npm start`: builds the extension and opens a real VS Code with it loaded on
// the sample journal. A desktop VS Code when a `code` command exists; otherwise
// the browser workbench on localhost (code-server), whose address is printed.
const { spawnSync, spawn } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const sample = path.join(root, 'sample');

const build = spawnSync(process.execPath, [path.join(__dirname, 'build.js')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status || 1);

const which = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['code'], { encoding: 'utf8' });
if (which.status === 0 && !process.env.PJ_BROWSER) {
  console.log('Opening VS Code on the sample journal...');
  const code = spawnSync('code', [`--extensionDevelopmentPath=${root}`, '--new-window', sample], { stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(code.status || 0);
}

const install = spawnSync('bash', [path.join(__dirname, 'vscode-offline', 'install.sh')], { stdio: 'inherit' });
if (install.status !== 0) process.exit(install.status || 3);
const args = [path.join(__dirname, 'vscode-offline', 'workbench.js'), 'serve', '--extension', root, '--workspace', sample];
if (process.env.PORT) args.push('--port', process.env.PORT);
const server = spawn(process.execPath, args, { stdio: 'inherit' });
server.on('exit', (status) => process.exit(status || 0));
