// Bundles the extension (for Node and for the web worker), the command line and
// the web test suite into dist/, and the dashboard's webview script into media/,
// with esbuild.
// `node scripts/build.js --production` minifies; `--watch` rebuilds on change.
const fs = require('fs');
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  external: ['vscode'],
};

// vscode.dev and github.dev run extensions in a web worker: no Node APIs, one file.
const web = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
};

/**
 * In the desktop and command-line bundles, markdown-it (a third of each) is a file of its own, loaded the first
 * time a packet, story or draft needs it (src/node/markdownItOnDemand.ts): a bundle loads in one piece, and the
 * extension host's longest block at activation was that piece.
 */
const markdownItOnDemand = {
  name: 'markdown-it-on-demand',
  setup(build) {
    // dist/markdownIt.js itself is built without this plugin: there, markdown-it is markdown-it.
    build.onResolve({ filter: /^markdown-it$/ }, () => ({ path: require('path').join(__dirname, '..', 'src', 'node', 'markdownItOnDemand.ts') }));
  },
};
/**
 * The same for the YAML library (dist/yaml.js, from src/node/yamlBundle.ts): a run that parses no file never loads
 * it. Where the bundles import 'yaml', they get a CommonJS module with a getter for each of the library's exports,
 * taken from the library itself so that a name imported later is never missing; the first getter read loads the file.
 */
const yamlOnDemand = {
  name: 'yaml-on-demand',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, () => ({ path: 'yaml', namespace: 'yaml-on-demand' }));
    build.onLoad({ filter: /.*/, namespace: 'yaml-on-demand' }, () => {
      const getters = Object.keys(require('yaml')).map((name) => `Object.defineProperty(exports, ${JSON.stringify(name)}, { enumerable: true, get: () => library()[${JSON.stringify(name)}] });`);
      return { contents: ["let loaded;", "const library = () => (loaded ??= require('./yaml.js'));", ...getters].join('\n'), loader: 'js' };
    });
  },
};
const onDemand = { plugins: [markdownItOnDemand, yamlOnDemand], external: [...common.external, './markdownIt.js', './yaml.js'] };

// Two entries: the desktop one may use Node (src/node/), the web one must not (esbuild fails on a Node import).
const builds = [
  { ...common, ...onDemand, entryPoints: ['src/node/extension.ts'], outfile: 'dist/extension.js' },
  { ...common, entryPoints: ['src/node/markdownItBundle.ts'], outfile: 'dist/markdownIt.js' },
  { ...common, entryPoints: ['src/node/yamlBundle.ts'], outfile: 'dist/yaml.js' },
  // The desktop extension's worker thread, which loads journals on disk; it sits next to dist/extension.js, and
  // loads dist/yaml.js only when a file needs the library too (the saved index's key names the library's version).
  { ...common, plugins: [yamlOnDemand], external: [...common.external, './yaml.js'], entryPoints: ['src/node/worker/journalWorker.ts'], outfile: 'dist/journalWorker.js' },
  { ...web, entryPoints: ['src/web/extension.ts'], outfile: 'dist/web/extension.js' },
  // The web test suite must be one file too: the worker can only require('vscode').
  { ...web, entryPoints: ['test/web/index.ts'], outfile: 'dist/web/test/index.js', minify: false },
  // The dashboard's script, loaded by its webview page (a browser, no require).
  { ...web, format: 'iife', entryPoints: ['src/webview/dashboard.ts'], outfile: 'media/dashboard.js' },
  // The `promotion-journal` bin of package.json.
  { ...common, ...onDemand, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

async function main() {
  if (watch) {
    for (const options of builds) {
      const context = await esbuild.context(options);
      await context.watch();
    }
    console.log('[build] watching for changes');
    return;
  }
  await Promise.all(builds.map((options) => esbuild.build(options)));
  fs.chmodSync('dist/cli.js', 0o755); // so that ./dist/cli.js runs without an npm install
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
