// A strict enough check that generated HTML or SVG nests properly. Not a test file itself.

/** HTML elements that never have a closing tag. */
const VOID = new Set(['meta', 'link', 'br', 'img', 'input', 'hr']);

/**
 * Throws when a tag closes out of order or stays open, or when a stray `<`
 * or `>` shows that some text was not escaped.
 */
export function assertWellFormed(markup: string): void {
  const withoutScripts = markup.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '<script></script>').replace(/<!DOCTYPE html>/i, '');
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w:-]+(?:="[^"<>]*")?)*)\s*(\/?)>/g;
  let last = 0;
  for (let match = tag.exec(withoutScripts); match; match = tag.exec(withoutScripts)) {
    const between = withoutScripts.slice(last, match.index);
    if (/[<>]/.test(between)) {
      throw new Error(`unescaped < or > in text: ${JSON.stringify(between.slice(0, 80))}`);
    }
    last = tag.lastIndex;
    const [, closing, name, , selfClosing] = match;
    if (closing) {
      const open = stack.pop();
      if (open !== name) {
        throw new Error(`</${name}> closes <${open}>`);
      }
    } else if (!selfClosing && !VOID.has(name.toLowerCase())) {
      stack.push(name);
    }
  }
  if (/[<>]/.test(withoutScripts.slice(last))) {
    throw new Error('unescaped < or > after the last tag');
  }
  if (stack.length > 0) {
    throw new Error(`unclosed: ${stack.join(' > ')}`);
  }
}
