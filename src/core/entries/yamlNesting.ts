import { CST, Parser } from 'yaml';

/**
 * Where YAML text first nests collections deeper than `maxDepth`, as an offset
 * into the text, or undefined when it does not. The YAML composer recurses once
 * per level, so absurd nesting (100000 `[`) must be refused before it runs: deep
 * enough, it exhausts the stack, and V8 has been seen to abort the whole process
 * instead of throwing. The parser that builds the syntax tree is not recursive,
 * and neither is this walk.
 */
export function excessiveNestingOffset(yaml: string, maxDepth: number): number | undefined {
  const pending: { token: CST.Token; depth: number }[] = [];
  for (const token of new Parser().parse(yaml)) {
    pending.push({ token, depth: 0 });
  }
  while (pending.length > 0) {
    const { token, depth } = pending.pop()!;
    if (depth > maxDepth) {
      return token.offset;
    }
    if (token.type === 'document' && token.value) {
      pending.push({ token: token.value, depth });
    } else if (CST.isCollection(token)) {
      for (const item of token.items) {
        if (item.key) {
          pending.push({ token: item.key, depth: depth + 1 });
        }
        if (item.value) {
          pending.push({ token: item.value, depth: depth + 1 });
        }
      }
    }
  }
  return undefined;
}
