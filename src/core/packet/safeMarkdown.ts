import MarkdownIt from 'markdown-it';

/** `http:` and `https:` links, the only absolute ones a packet page may hold. */
const WEB_LINK = /^https?:\/\//i;
/** Any scheme (`javascript:`, `file:`, `data:`, ...), or a link that starts at a root or another host. */
const NOT_RELATIVE = /^(?:[a-z][a-z0-9+.-]*:|[/\\])/i;

/**
 * Whether a link may stay a link: http(s), or a relative file link (to an
 * entry beside the packet). A scheme, a protocol-relative `//host` or a root
 * path `/...` is refused, and the link shows as its text.
 */
export function isAllowedLink(url: string): boolean {
  const trimmed = url.trim();
  return WEB_LINK.test(trimmed) || !NOT_RELATIVE.test(trimmed);
}

/**
 * CommonMark with every door closed: raw HTML is shown as text, bare URLs stay
 * text, images are off (nothing is ever fetched), and links pass isAllowedLink.
 * Entries are user text: this renderer and its parser read them for the packet
 * page and the stories.
 */
export function safeMarkdown(): MarkdownIt {
  const markdown = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
  markdown.disable('image');
  markdown.validateLink = isAllowedLink;
  return markdown;
}
