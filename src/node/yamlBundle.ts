// The YAML library as a file of its own, dist/yaml.js: see yamlOnDemand.ts.
export * from 'yaml';
