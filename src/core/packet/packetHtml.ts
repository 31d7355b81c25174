import { escapeMarkup } from '../text/markup';
import { safeMarkdown } from './safeMarkdown';

/**
 * Nothing may load or run: no script, no image, no font, no frame, no form.
 * Styles are inline ('unsafe-inline' rather than a hash: the table's column
 * alignment comes as style attributes, which a hash cannot allow).
 */
export const PACKET_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** Plain, readable on screen and on paper: the page is printed to PDF or pasted into a review tool. */
const STYLE = `
:root { color-scheme: light; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f2328; background: #fff; max-width: 50rem; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.8rem; line-height: 1.25; margin: 0 0 .75rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
p, ul, ol, table { margin: 0 0 .9rem; }
ul ul { margin: .15rem 0 .35rem; }
li { margin: .15rem 0; }
em { color: #57606a; }
a { color: #0550ae; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { border: 1px solid #d0d7de; padding: .35rem .6rem; vertical-align: top; }
th { background: #f6f8fa; text-align: left; }
code { font-family: ui-monospace, SFMono-Regular, Consolas, monospace; font-size: .9em; background: #f6f8fa; padding: 0 .2em; border-radius: 3px; }
@page { margin: 18mm 16mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  h2, h3 { break-after: avoid; }
  li, tr { break-inside: avoid; }
  th { background: none; }
}
`;

/**
 * The promotion packet as one self-contained web page: rendered by a CommonMark
 * library with raw HTML, bare links and images off (see safeMarkdown), under a
 * Content-Security-Policy that lets nothing load or run. It can be opened from
 * disk, printed to PDF, or pasted into a review tool.
 */
export function renderPacketHtml(markdown: string): string {
  const renderer = safeMarkdown();
  const tokens = renderer.parse(markdown, {});
  const heading = tokens.findIndex((token) => token.type === 'heading_open' && token.tag === 'h1');
  const title = heading === -1 ? 'Promotion packet' : renderer.renderer.renderInlineAsText(tokens[heading + 1].children ?? [], renderer.options, {});
  const body = renderer.renderer.render(tokens, renderer.options, {});
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PACKET_PAGE_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeMarkup(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    body.trimEnd(),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
