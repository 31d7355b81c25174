// What `import ... from 'yaml'` means in the desktop and command-line bundles (see scripts/build.js): the YAML
// library is a file of its own (dist/yaml.js, from yamlBundle.ts), loaded the first time anything of it is used.
// A restart taken from the saved index, and a command-line run on an unchanged journal, parse no file and never
// load it. No import or export here: esbuild bundles this as CommonJS, whose getters the importers read lazily.
(() => {
  /** Every name the code imports from 'yaml' as a value (types need nothing at run time). */
  const used = ['CST', 'Document', 'Parser', 'Scalar', 'isMap', 'isNode', 'isScalar', 'isSeq', 'parseDocument', 'stringify', 'visit'];
  let loaded: Record<string, unknown> | undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, from beside this bundle
  const library = () => (loaded ??= require('./yaml.js') as Record<string, unknown>);
  for (const name of used) {
    Object.defineProperty(exports, name, { enumerable: true, get: () => library()[name] });
  }
})();
