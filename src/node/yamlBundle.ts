// The YAML library as a file of its own, dist/yaml.js, which the desktop and command-line bundles load on first use
// (see yamlOnDemand in scripts/build.js).
export * from 'yaml';
