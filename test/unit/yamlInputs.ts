// A seeded generator of YAML texts near the edge of what the fast frontmatter
// reader answers for, to compare it with the full parser. Not a test file itself.
import { seededRandom } from './helpers';

type Random = () => number;

/** Whitespace other than the space, and invisible characters: the library treats none of them as the space. */
const ODD_SPACES = ['\u00A0', '\u3000', '\f', '\v', '\t', '\u2028', '\u2029', '\u0085', '\uFEFF', '\u200B', '\u1680', '\u2003', '\r'];
/** Plain scalars that a YAML schema may read as something other than a string. */
const RESERVED = [
  'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL', 'nULL', '~', 'yes', 'Yes', 'no', 'NO', 'on', 'On', 'off',
  'OFF', 'y', 'n', 'Y', 'N', '0', '1', '12', '-1', '+1', '007', '0x1F', '0o17', '1.5', '1.50', '.5', '1e3', '-2E-2', '.inf', '-.Inf', '.NaN',
  '.nan', '1_000', '0b101', '2026-07-14', '2026-07-14T10:00:00', '10:30', '12:30:00', '1,000',
];
const KEYS = ['title', 'date', 'datetime', 'elements', 'impact', 'metrics', 'tags', 'stakeholders', 'confidential', 'x', '_k', 'a-b', 'due-date', 'constructor', 'toString'];
const CALM_WORDS = ['Launch', 'Q3 pricing launch', 'VP Sales', 'Finance', 'iterate-adapt', 'measure-success', 'SMB churn 4.1% -> 2.9%', 'a#b', 'http://x.y/z', 'it is (done)', '2,300 teams', 'A/B test', '$120k'];
const ODD_WORDS = [
  'a: b', 'a:b', 'a:', '-a', '- a', '?a', ':a', '@x', '`x', '%x', '!x', '!!str x', '&a x', '*a', '|', '>', 'x,y', '[x]', '{x}', "it's", 'say "hi"',
  'a\\b', '...', '---', '#x', ' #x', 'é', '日本', '🚀', 'Ünï', '\u00A0# 2', 'a\u3000', 'a\tb', '',
];
const LONG_KEY_LENGTHS = [999, 1000, 1020, 1022, 1023, 1024, 1025, 1030];

class Generator {
  constructor(
    private readonly random: Random,
    /** The chance that any one choice takes an odd turn. */
    private readonly oddness: number,
  ) {}

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  odd(): boolean {
    return this.random() < this.oddness;
  }

  word(): string {
    if (!this.odd()) {
      return this.pick(CALM_WORDS);
    }
    return this.random() < 0.3 ? this.pick(RESERVED) : this.random() < 0.8 ? this.pick(ODD_WORDS) : `a${this.pick(ODD_SPACES)}b`;
  }

  phrase(): string {
    const count = 1 + Math.floor(this.random() * 3);
    return Array.from({ length: count }, () => this.word()).join(this.odd() ? this.pick(['  ', ...ODD_SPACES]) : ' ');
  }

  key(): string {
    if (!this.odd()) {
      return this.pick(KEYS);
    }
    const kind = this.random();
    if (kind < 0.35) return this.pick(RESERVED);
    if (kind < 0.5) return 'k'.repeat(this.pick(LONG_KEY_LENGTHS));
    if (kind < 0.65) return this.quoted(this.pick(KEYS));
    if (kind < 0.8) return `${this.pick(KEYS)}${this.pick(ODD_SPACES)}`;
    return this.pick(['__proto__', 'SMB churn', 'a b', 'é', 'k1', '1k', '-k', 'k.x', '<<', '?']);
  }

  quoted(value: string): string {
    const kind = this.random();
    if (!this.odd() || kind < 0.3) {
      return this.random() < 0.5 ? `"${value.replace(/["\\]/g, '')}"` : `'${value.replace(/'/g, "''")}'`;
    }
    return this.pick([`"${value}`, `'${value}`, `"${value.replace(/"/g, '\\"')}"`, `"${value}\\n"`, `'${value}'''`, `"${value}"x`, `'${value}'#1`, `"a\\"b"`, `"${value}" "x"`]);
  }

  /** What ends a line after a value: nothing, spaces, a comment, or something that is not one. */
  ending(): string {
    if (this.random() < 0.5) {
      return '';
    }
    return this.odd() ? this.pick(['#c', '\t# c', ' x', `${this.pick(ODD_SPACES)}# c`, this.pick(ODD_SPACES), '# c', ' #c #d']) : this.pick([' # c', '  # note', ' ', '  ']);
  }

  scalar(): string {
    const kind = this.random();
    if (kind < 0.55) return this.phrase();
    if (kind < 0.85) return this.quoted(this.phrase());
    return this.pick(RESERVED);
  }

  colon(): string {
    return this.odd() ? this.pick([':', ' : ', ':  ', ':\t', `:${this.pick(ODD_SPACES)}`, `${this.pick(ODD_SPACES)}: `, '::']) : ': ';
  }

  flowList(): string {
    const count = Math.floor(this.random() * 4);
    const items = Array.from({ length: count }, () => (this.odd() ? this.scalar() : this.pick(CALM_WORDS.filter((word) => !/[,#:]/.test(word)))));
    const separator = this.odd() ? this.pick([',', ' , ', ', , ', ',\n  ', ',\r\n  ', ` ,${this.pick(ODD_SPACES)}`]) : ', ';
    const close = this.odd() ? this.pick(['', '\n]', '] ]', '}', ' ]x', ',]', ', ]']) : this.pick([']', ' ]']);
    return `[${this.odd() ? ' ' : ''}${items.join(separator)}${close}`;
  }

  blockList(): string {
    const indent = this.pick(['', '  ', '    ', ' ']);
    const lines: string[] = [];
    for (let index = 0, count = 1 + Math.floor(this.random() * 3); index < count; index++) {
      const itemIndent = this.odd() ? this.pick(['', '  ', '   ', '\t', `${indent}\u00A0`]) : indent;
      const dash = this.odd() ? this.pick(['-', '-\t', '-  ', `-${this.pick(ODD_SPACES)}`]) : '- ';
      const kind = this.random();
      const value = kind < 0.4 ? this.scalar() : kind < 0.75 ? `${this.odd() ? this.key() : this.pick(['SMB churn', 'NPS', 'KPI'])}${this.colon()}${this.scalar()}` : kind < 0.85 ? this.flowList() : kind < 0.9 ? '' : this.phrase();
      lines.push(`${itemIndent}${dash}${value}${this.ending()}`);
      if (this.odd()) {
        lines.push(this.pick(['# c', '  # c', '', '   ', '    more: 1', '      deeper', `${indent}  continued`]));
      }
    }
    return lines.join('\n');
  }

  line(): string {
    const kind = this.random();
    if (kind < 0.45) return `${this.key()}${this.colon()}${this.scalar()}${this.ending()}`;
    if (kind < 0.6) return `${this.key()}${this.colon()}${this.flowList()}${this.ending()}`;
    if (kind < 0.75) return `${this.key()}${this.pick([':', ': ', ':  # c', ': #c', ':#c', ':\t'])}\n${this.blockList()}`;
    if (kind < 0.85) return this.pick(['# comment', '  # indented comment', '', '   ', '#', '\t', ...ODD_SPACES]);
    if (kind < 0.9 || this.odd()) {
      return this.pick([
        '  continued', '  nested: 1', '\tbad: 1', '- top item', '...', '--- x', '%YAML 1.1', '? q', ': v', 'key: |\n  block', 'key: >\n  folded',
        'a: &x 1\nb: *x', 'a: !!str 1', '<<: {a: 1}', 'a: {x: 1}', 'a: b: c', '"q": 1', "'q': 1", 'a: [b,\n  c]', 'a: "b\n  c"',
      ]);
    }
    return `${this.key()}: ${this.word()}`;
  }
}

/** One YAML text: a few lines of keys, values, lists and comments, sometimes with CRLF and a trailing line break. */
export function yamlInput(seed: number): string {
  const random = seededRandom(seed);
  const generator = new Generator(random, [0.01, 0.03, 0.1, 0.3][Math.floor(random() * 4)]);
  const lines = Array.from({ length: 1 + Math.floor(random() * 7) }, () => generator.line());
  let text = lines.join('\n');
  if (random() < 0.25) {
    text = text.replace(/\r?\n/g, '\r\n');
  }
  if (random() < 0.85) {
    text += random() < 0.2 ? '\r\n' : '\n';
  }
  return random() < 0.03 ? `${text}\r` : text;
}
