// What `import MarkdownIt from 'markdown-it'` means in the desktop and command-line bundles (see scripts/build.js):
// markdown-it is a third of those bundles and only packets, stories and drafts need it, so it is a file of its own
// (dist/markdownIt.js, from markdownItBundle.ts), loaded the first time a parser is made. Loading every bundle in one
// piece made the extension host's longest block at activation; the web build keeps it inside its single file.
import type MarkdownItType from 'markdown-it';

type MarkdownItClass = typeof MarkdownItType;
let loaded: MarkdownItClass | undefined;

export default function MarkdownIt(...options: ConstructorParameters<MarkdownItClass>): MarkdownItType {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, from beside this bundle
  loaded ??= (require('./markdownIt.js') as { default: MarkdownItClass }).default;
  return new loaded(...options);
}
