// A seeded generator of journal files with varied frontmatter, for property
// tests of the elements edit. Not a test file itself.
import { DEFAULT_ELEMENTS } from '../../src/core/elements/elements';
import { seededRandom } from './helpers';

export type ElementsStyle = 'flow' | 'block' | 'scalar' | 'empty-list' | 'absent' | 'no-frontmatter';

/** A generated file: `text` is `before + elements + after`, where `elements` is all the `elements` key's text (empty when absent). */
export interface GeneratedDocument {
  readonly seed: number;
  readonly style: ElementsStyle;
  readonly text: string;
  readonly before: string;
  readonly elements: string;
  readonly after: string;
}

type Random = () => number;

const WORDS = ['pricing', 'churn', 'Q3', 'café', 'naïve', 'Zürich', '日本語', 'данные', '🚀', 'roadmap', 'KPI', 'SMB', 'ünïcödé', 'x'];
const UNKNOWN_ITEMS = ['typo-thing', 'strategy', 'Alignment', 'mesure-success', 'vision 2030'];

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

function phrase(random: Random): string {
  return Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(random, WORDS)).join(' ');
}

/** A string in one of YAML's three inline styles; plain only where plain is safe. */
function quoted(random: Random, value: string, plainSafe: boolean): string {
  const style = plainSafe ? pick(random, ['plain', 'plain', 'double', 'single']) : pick(random, ['double', 'single']);
  if (style === 'double') {
    return JSON.stringify(value);
  }
  if (style === 'single') {
    return `'${value.replace(/'/g, "''")}'`;
  }
  return value;
}

function comment(random: Random): string {
  return `# ${pick(random, ['note', 'see --- below', 'élément: [x]', 'TODO 🚀', "it's fine", ''])}`;
}

/** How an element can be written: its id or label, in any case, quoted or not, or something that is no element. */
function writtenItem(random: Random, flow: boolean, stringsOnly = false): string {
  if (!stringsOnly && chance(random, 0.08)) {
    return pick(random, ['42', 'true', '[nested]']);
  }
  if (chance(random, 0.12)) {
    return quoted(random, pick(random, UNKNOWN_ITEMS), true);
  }
  const element = pick(random, DEFAULT_ELEMENTS);
  const name = chance(random, 0.7) ? element.id : element.label;
  const cased = chance(random, 0.2) ? name.toUpperCase() : name;
  if (chance(random, 0.1)) {
    return quoted(random, ` ${cased} `, false);
  }
  // Labels hold spaces: fine as plain scalars, in flow lists too (no `,[]{}#:` in them).
  return quoted(random, cased, !flow || !/[,[\]{}]/.test(cased));
}

function itemCount(random: Random): number {
  return 1 + Math.floor(random() * 4);
}

function elementsText(random: Random, style: ElementsStyle, eol: string): string {
  const trailing = chance(random, 0.3) ? ` ${comment(random)}` : '';
  switch (style) {
    case 'scalar':
      return `elements: ${writtenItem(random, false, true)}${trailing}${eol}`;
    case 'empty-list':
      return `elements: [${pick(random, ['', ' ', '  '])}]${trailing}${eol}`;
    case 'flow': {
      const items = Array.from({ length: itemCount(random) }, () => writtenItem(random, true));
      const multiline = chance(random, 0.25);
      const separators = items.slice(1).map(() =>
        multiline ? pick(random, [`,${eol}  `, `, ${comment(random)}${eol}  `]) : pick(random, [', ', ',', ' , ', ',  ']),
      );
      const open = multiline ? pick(random, [`[${eol}  `, '[']) : pick(random, ['[', '[ ']);
      const close = multiline ? pick(random, [`${eol}]`, ']', `,${eol}]`]) : pick(random, [']', ' ]', ', ]', ',]']);
      const list = items.map((item, index) => item + (separators[index] ?? '')).join('');
      return `elements: ${open}${list}${close}${trailing}${eol}`;
    }
    case 'block': {
      const indent = pick(random, ['', '  ', '    ', ' ']);
      const dash = pick(random, ['- ', '- ', '-   ']);
      const lines = [`elements:${trailing}${eol}`];
      for (let index = 0, count = itemCount(random); index < count; index++) {
        if (chance(random, 0.2)) {
          lines.push(`${indent}${comment(random)}${eol}`);
        }
        if (chance(random, 0.1)) {
          lines.push(eol);
        }
        const itemComment = chance(random, 0.2) ? ` ${comment(random)}` : '';
        lines.push(`${indent}${dash}${writtenItem(random, false)}${itemComment}${eol}`);
      }
      return lines.join('');
    }
    default:
      return '';
  }
}

/** Keys that are not `elements`, in the many ways a user writes them. */
function otherKey(random: Random, eol: string): string {
  switch (Math.floor(random() * 10)) {
    case 0:
      return `title: ${quoted(random, phrase(random), true)}${eol}`;
    case 1:
      return `date: ${quoted(random, '2026-07-14', true)}${chance(random, 0.3) ? ` ${comment(random)}` : ''}${eol}`;
    case 2:
      return `impact: ${quoted(random, `Cut churn: 4.1% -> 2.9% "${pick(random, WORDS)}"`, false)}${eol}`;
    case 3:
      return `metrics:${eol}  - ${quoted(random, phrase(random), true)}${eol}  ${comment(random)}${eol}  - SMB churn 4.1% -> 2.9%${eol}`;
    case 4:
      return `stakeholders: [VP Sales, ${quoted(random, phrase(random), false)}]${eol}`;
    case 5:
      return `${comment(random)}${eol}`;
    case 6:
      return eol;
    case 7:
      return `notes: |${eol}  elements: [not, this, one]${eol}  # not a comment ${pick(random, WORDS)}${eol}`;
    case 8:
      return `${quoted(random, `custom ${pick(random, WORDS)}`, false)}: ${pick(random, ['true', '12', '~', '{a: 1}', phrase(random)])}${eol}`;
    default:
      return `confidential: ${pick(random, ['true', 'false'])}${eol}`;
  }
}

function body(random: Random, eol: string): string {
  const lines = ['', `## Situation ${phrase(random)}`, '---', 'elements: [in, the, body]', phrase(random), '', `- ${phrase(random)}`];
  const count = Math.floor(random() * lines.length);
  return Array.from({ length: count }, () => pick(random, lines)).join(eol) + (chance(random, 0.5) ? eol : '');
}

export function generateDocument(seed: number): GeneratedDocument {
  const random = seededRandom(seed);
  const eol = chance(random, 0.4) ? '\r\n' : '\n';
  const bom = chance(random, 0.15) ? '\uFEFF' : '';
  const style = pick<ElementsStyle>(random, ['flow', 'flow', 'block', 'block', 'scalar', 'empty-list', 'absent', 'no-frontmatter']);
  if (style === 'no-frontmatter') {
    const text = bom + `# ${phrase(random)}${eol}` + body(random, eol);
    return { seed, style, text, before: text, elements: '', after: '' };
  }
  const keys = (count: number) => Array.from({ length: count }, () => otherKey(random, eol));
  // Unique keys: a repeated key is invalid YAML, which the generator must not produce.
  const unique = (lines: string[], taken: Set<string>) =>
    lines.filter((line) => {
      const key = /^([^\s#][^:]*):/.exec(line)?.[1].replace(/^["']|["']$/g, '');
      if (!key) {
        return true;
      }
      if (taken.has(key)) {
        return false;
      }
      taken.add(key);
      return true;
    });
  const taken = new Set<string>();
  const keysBefore = unique(keys(Math.floor(random() * 5)), taken);
  const keysAfter = unique(keys(Math.floor(random() * 4)), taken);
  const opening = pick(random, ['---', '---', '---', '--- ', '---yaml']) + eol;
  const before = bom + opening + keysBefore.join('');
  const elements = elementsText(random, style, eol);
  const after = keysAfter.join('') + '---' + eol + body(random, eol);
  return { seed, style, text: before + elements + after, before, elements, after };
}
