// Bundled alone as dist/markdownIt.js: the markdown parser that markdownItOnDemand.ts loads on first use.
export { default } from 'markdown-it';
