import { isMap, isScalar, isSeq, Scalar, type CST, type Node, type Pair, type YAMLSeq } from 'yaml';
import type { FrontmatterSource } from '../entries/frontmatterSource';
import { lineStartOf, nextLineStart, type Span } from '../text/textLines';

export type Quoting = 'plain' | 'single' | 'double';

/** One item of the `elements` list (or its single value), where it is written in the file: from its anchor or tag, if any. */
export interface ElementsItem extends Span {
  /** Where the value itself starts, after any anchor or tag. */
  readonly valueStart: number;
  /** The value as parseEntry reads it: a string names an element, anything else is a mistake. */
  readonly value: unknown;
  /** Set for string items written inline, so that new items can be written alike. */
  readonly quoting?: Quoting;
}

/** An item of a block list also owns its lines, from the `-` line to the line break ending its value. */
export interface BlockItem extends ElementsItem {
  readonly lines: Span;
  /** What precedes a value on the item's line: indentation, the dash, the space after it. */
  readonly head: string;
}

interface Keyed {
  /** The `elements` key. */
  readonly key: Span;
  /** Just after the key's `:`. */
  readonly afterColon: number;
}

/** How the `elements` value is written. Spans are offsets in the file's text. */
export type ElementsValue =
  | { readonly kind: 'absent' }
  /** Nothing after the colon, or `~`/`null`: what is written sits at `value` (possibly empty). */
  | (Keyed & { readonly kind: 'empty'; readonly value: Span })
  | (Keyed & { readonly kind: 'scalar'; readonly value: Span; readonly item: ElementsItem })
  | (Keyed & { readonly kind: 'flow'; readonly value: Span; /** Just inside the brackets. */ readonly inner: Span; readonly items: readonly ElementsItem[] })
  | (Keyed & { readonly kind: 'block'; readonly value: Span; readonly items: readonly BlockItem[] })
  /** A mapping, a number, an alias, a block of text, or a list written in a way not understood here: never rewritten. */
  | (Keyed & { readonly kind: 'other'; readonly value: Span });

// The library's own names for these styles (checked by the type), written out: reading them from its class when
// this module loads would load the library in a run that parses nothing.
const QUOTING: Partial<Record<string, Quoting>> = {
  PLAIN: 'plain',
  QUOTE_SINGLE: 'single',
  QUOTE_DOUBLE: 'double',
} satisfies Partial<Record<Scalar.Type, Quoting>>;

/** The top-level `elements: ...` pair of the frontmatter, if any. */
export function findElementsPair(source: FrontmatterSource): Pair<Node, Node | null> | undefined {
  const contents = source.document.contents;
  if (!isMap(contents)) {
    return undefined;
  }
  return (contents.items as Pair<Node, Node | null>[]).find((pair) => isScalar(pair.key) && pair.key.value === 'elements');
}

/** Reads how `elements` is written, with every item's place in the file. */
export function readElementsValue(source: FrontmatterSource): ElementsValue {
  const pair = findElementsPair(source);
  const mapToken = source.document.contents?.srcToken;
  if (!pair || mapToken?.type !== 'block-map') {
    return { kind: 'absent' };
  }
  const at = source.yamlStart;
  const keyNode = pair.key as Scalar;
  const keyToken = mapToken.items.find((item) => item.key?.offset === keyNode.range![0]);
  const colon = keyToken?.sep?.find((token) => token.type === 'map-value-ind');
  const key = { start: at + keyNode.range![0], end: at + keyNode.range![1] };
  const valueNode = pair.value;
  if (!colon || !valueNode?.range) {
    return { kind: 'other', key, afterColon: key.end, value: key };
  }
  const keyed: Keyed = { key, afterColon: at + colon.offset + 1 };
  const [valueStart, valueEnd] = valueNode.range;
  const value = { start: at + (propsStart(keyToken?.sep) ?? valueStart), end: at + valueEnd };
  const values = (source.data as Record<string, unknown>).elements;

  if (isScalar(valueNode)) {
    if (valueNode.value === null || valueNode.value === undefined) {
      return { ...keyed, kind: 'empty', value };
    }
    const quoting = QUOTING[valueNode.type ?? ''];
    if (typeof valueNode.value === 'string' && quoting) {
      return { ...keyed, kind: 'scalar', value, item: { ...value, valueStart: at + valueStart, value: values, quoting } };
    }
  } else if (isSeq(valueNode) && Array.isArray(values)) {
    const items = readSeqItems(source, valueNode, values);
    if (items) {
      return { ...keyed, ...items, value };
    }
  }
  return { ...keyed, kind: 'other', value };
}

type SeqItems =
  | { readonly kind: 'flow'; readonly inner: Span; readonly items: readonly ElementsItem[] }
  | { readonly kind: 'block'; readonly items: readonly BlockItem[] };

/** The items of a list, matched with their tokens; undefined when the two do not line up. */
function readSeqItems(source: FrontmatterSource, seq: YAMLSeq, values: readonly unknown[]): SeqItems | undefined {
  const token = seq.srcToken;
  const nodes = seq.items as Node[];
  if (nodes.length !== values.length) {
    return undefined;
  }
  const at = source.yamlStart;
  if (token?.type === 'flow-collection') {
    const close = token.end.find((end) => end.type === 'flow-seq-end');
    const written = token.items.filter((item) => item.key || item.value);
    if (!close || written.length !== nodes.length) {
      return undefined;
    }
    const items: ElementsItem[] = [];
    for (const [index, node] of nodes.entries()) {
      const item = written[index];
      if (!node.range || (item.key ?? item.value)!.offset !== node.range[0]) {
        return undefined;
      }
      items.push(inlineItem(at, propsStart(item.start) ?? node.range[0], node, values[index]));
    }
    return { kind: 'flow', inner: { start: at + token.start.offset + 1, end: at + close.offset }, items };
  }
  // Comment lines after the last item come as one more token item, with no dash.
  const dashed = token?.type === 'block-seq' ? token.items.filter((item) => item.start.some((start) => start.type === 'seq-item-ind')) : [];
  if (token?.type === 'block-seq' && dashed.length === nodes.length) {
    const items: BlockItem[] = [];
    for (const [index, node] of nodes.entries()) {
      const item = dashed[index];
      const dashAt = item.start.findIndex((start) => start.type === 'seq-item-ind');
      if (dashAt === -1 || !node.range) {
        return undefined;
      }
      const dash = item.start[dashAt];
      const spaceAfterDash = item.start[dashAt + 1]?.type === 'space' ? item.start[dashAt + 1].source : ' ';
      const lineStart = lineStartOf(source.yaml, dash.offset);
      const inline = inlineItem(at, propsStart(item.start) ?? node.range[0], node, values[index]);
      items.push({
        ...inline,
        lines: { start: at + lineStart, end: at + lineEndAfter(source.yaml, Math.max(dash.offset + 1, node.range[1])) },
        head: source.yaml.slice(lineStart, dash.offset + 1) + spaceAfterDash,
      });
    }
    return { kind: 'block', items };
  }
  return undefined;
}

function inlineItem(at: number, start: number, node: Node, value: unknown): ElementsItem {
  const quoting = isScalar(node) && typeof node.value === 'string' ? QUOTING[node.type ?? ''] : undefined;
  return { start: at + start, end: at + node.range![1], valueStart: at + node.range![0], value, quoting };
}

/** Where an anchor or tag before a value starts: it belongs to the item. */
function propsStart(tokens: readonly CST.SourceToken[] | undefined): number | undefined {
  return tokens?.find((token) => token.type === 'anchor' || token.type === 'tag')?.offset;
}

/** Just after the line break that ends the line where a value ends (a value may already end with it). */
function lineEndAfter(text: string, valueEnd: number): number {
  const last = text[valueEnd - 1];
  return last === '\n' || last === '\r' ? valueEnd : nextLineStart(text, valueEnd);
}
