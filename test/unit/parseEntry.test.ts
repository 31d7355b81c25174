import * as assert from 'assert';
import { ElementMatcher } from '../../src/core/elements/elements';
import type { JournalEntry, ProblemCode } from '../../src/core/entries/entry';
import { parseEntry } from '../../src/core/entries/parseEntry';
import { ALIAS_BOMB, lines } from './helpers';

const matcher = new ElementMatcher();

function parse(text: string, path = '2026-07-14-a-win.md'): JournalEntry {
  return parseEntry(path, text, matcher);
}

function codes(entry: JournalEntry): ProblemCode[] {
  return entry.problems.map((problem) => problem.code);
}

function withFrontmatter(...yaml: string[]): string {
  return lines('---', ...yaml, '---', '', 'Body.', '');
}

/** The example entry of docs/elements.md. */
const SPEC_EXAMPLE = lines(
  '---',
  'title: Re-scoped Q3 pricing launch after churn data',
  'date: 2026-07-14',
  'elements: [iterate-adapt, measure-success]',
  'impact: Cut projected churn from 4.1% to 2.9% for the SMB tier',
  'metrics:',
  '  - SMB churn 4.1% -> 2.9% (projected)',
  'stakeholders: [VP Sales, Finance]',
  'tags: [pricing]',
  '---',
  '',
  '## Situation',
  '...',
  '',
);

const SPEC_EXAMPLE_ENTRY: JournalEntry = {
  path: 'pricing.md',
  title: 'Re-scoped Q3 pricing launch after churn data',
  date: '2026-07-14',
  elements: ['iterate-adapt', 'measure-success'],
  impact: 'Cut projected churn from 4.1% to 2.9% for the SMB tier',
  metrics: ['SMB churn 4.1% -> 2.9% (projected)'],
  stakeholders: ['VP Sales', 'Finance'],
  tags: ['pricing'],
  confidential: false,
  problems: [],
};

suite('parseEntry', () => {
  test('the example entry of the spec', () => {
    assert.deepStrictEqual(parse(SPEC_EXAMPLE, 'pricing.md'), SPEC_EXAMPLE_ENTRY);
  });

  test('the example entry of the spec with CRLF line breaks reads the same', () => {
    assert.deepStrictEqual(parse(SPEC_EXAMPLE.replace(/\n/g, '\r\n'), 'pricing.md'), SPEC_EXAMPLE_ENTRY);
  });

  test('CRLF: confidential on the last frontmatter line is still read', () => {
    const entry = parse('---\r\ntitle: Secret\r\nconfidential: true\r\n---\r\nBody\r\n');
    assert.strictEqual(entry.confidential, true);
  });

  test('CRLF: elements as the last frontmatter line are still read', () => {
    const entry = parse('---\r\ndate: 2026-07-14\r\nelements: [iterate-adapt, measure-success]\r\n---\r\nBody\r\n');
    assert.deepStrictEqual(entry.problems, []);
    assert.deepStrictEqual(entry.elements, ['iterate-adapt', 'measure-success']);
  });

  test('CRLF: a heading is read without its carriage return', () => {
    assert.strictEqual(parse('# Title with CRLF\r\n\r\ntext\r\n').title, 'Title with CRLF');
  });

  test('a byte order mark before the frontmatter is skipped', () => {
    const entry = parse(`\uFEFF${SPEC_EXAMPLE}`, 'pricing.md');
    assert.deepStrictEqual(entry, SPEC_EXAMPLE_ENTRY);
  });

  test('the path is kept as given', () => {
    assert.strictEqual(parse('x', 'work/2026/2026-07-14-a.md').path, 'work/2026/2026-07-14-a.md');
  });

  suite('title', () => {
    test('from the frontmatter', () => {
      assert.strictEqual(parse(withFrontmatter('title: "  From frontmatter  "') + '# Heading\n').title, 'From frontmatter');
    });

    test('a number as title', () => {
      assert.strictEqual(parse(withFrontmatter('title: 2026')).title, '2026');
    });

    test('from the first heading when the frontmatter has none', () => {
      assert.strictEqual(parse(lines('---', 'date: 2026-07-14', '---', 'text', '## First heading ##', '# Second')).title, 'First heading');
    });

    test('from the first heading when the title is empty', () => {
      assert.strictEqual(parse(lines('---', 'title: "   "', '---', '# Heading')).title, 'Heading');
    });

    test('from the first heading when there is no frontmatter', () => {
      assert.strictEqual(parse('Intro\n\n### A heading\n').title, 'A heading');
    });

    test('"#hashtag" and "#" alone are not headings', () => {
      assert.strictEqual(parse('#hashtag\n#\n', 'notes/2026-07-14-my-win.md').title, '2026-07-14-my-win');
    });

    test('from the file name, without folder or extension', () => {
      assert.strictEqual(parse('just text', 'notes/2026/2026-07-14-my-win.md').title, '2026-07-14-my-win');
      assert.strictEqual(parse('just text', 'UPPER.MD').title, 'UPPER');
    });
  });

  suite('date', () => {
    test('from frontmatter `date`', () => {
      const entry = parse(withFrontmatter('date: 2026-07-14'), 'undated.md');
      assert.strictEqual(entry.date, '2026-07-14');
      assert.deepStrictEqual(entry.problems, []);
    });

    test('quoted', () => {
      assert.strictEqual(parse(withFrontmatter('date: "2026-07-14"'), 'undated.md').date, '2026-07-14');
    });

    test('from frontmatter `datetime`, with a time', () => {
      for (const value of ['2026-07-14T09:30:00', '2026-07-14 09:30', '2026-07-14T23:59:59-10:00', '2026-07-14T00:30:00+14:00', '2026-07-14T12:00:00Z']) {
        const entry = parse(withFrontmatter(`datetime: ${value}`), 'undated.md');
        assert.strictEqual(entry.date, '2026-07-14', value);
        assert.deepStrictEqual(entry.problems, [], value);
      }
    });

    test('`date` with a time is never shifted by a time zone', () => {
      assert.strictEqual(parse(withFrontmatter('date: 2026-12-31T23:30:00-12:00'), 'undated.md').date, '2026-12-31');
    });

    test('from a YYYY-MM-DD file-name prefix', () => {
      const entry = parse('# No frontmatter', 'sub/2026-02-28-a-win.md');
      assert.strictEqual(entry.date, '2026-02-28');
      assert.deepStrictEqual(entry.problems, []);
    });

    test('only the file name counts, not the folders', () => {
      const entry = parse('# No frontmatter', '2026-02-28/a-win.md');
      assert.strictEqual(entry.date, undefined);
      assert.deepStrictEqual(codes(entry), ['no-date']);
    });

    test('the frontmatter date wins over the file name', () => {
      assert.strictEqual(parse(withFrontmatter('date: 2026-07-14'), '2025-01-01-old.md').date, '2026-07-14');
    });

    const invalid: [string, string][] = [
      ['a day that does not exist', '2026-02-30'],
      ['Feb 29 of a common year', '2025-02-29'],
      ['month 13', '2026-13-01'],
      ['a word', 'tomorrow'],
      ['a number', '20260714'],
      ['a boolean', 'true'],
      ['an unpadded date', '2026-7-14'],
      ['a day-first date', '14/07/2026'],
      ['a list', '[2026-07-14]'],
      ['a mapping', '{ day: 2026-07-14 }'],
      ['an empty string', '""'],
    ];
    for (const [name, value] of invalid) {
      test(`invalid: ${name} (${value}) is an invalid-date problem`, () => {
        const entry = parse(withFrontmatter(`date: ${value}`), 'undated.md');
        assert.strictEqual(entry.date, undefined);
        assert.deepStrictEqual(codes(entry), ['invalid-date']);
      });
    }

    test('an invalid datetime is a problem too', () => {
      assert.deepStrictEqual(codes(parse(withFrontmatter('datetime: next week'), 'undated.md')), ['invalid-date']);
    });

    test('an invalid frontmatter date falls back on the file name, and is still reported', () => {
      const entry = parse(withFrontmatter('date: 2026-02-30'), '2026-02-28-a-win.md');
      assert.strictEqual(entry.date, '2026-02-28');
      assert.deepStrictEqual(codes(entry), ['invalid-date']);
      assert.match(entry.problems[0].message, /2026-02-30/);
    });

    test('Feb 29 of a leap year is a date', () => {
      assert.strictEqual(parse(withFrontmatter('date: 2024-02-29'), 'undated.md').date, '2024-02-29');
      assert.strictEqual(parse('', '2024-02-29-leap.md').date, '2024-02-29');
    });

    test('no date anywhere: a no-date problem', () => {
      const entry = parse(withFrontmatter('title: Undated'), 'undated.md');
      assert.strictEqual(entry.date, undefined);
      assert.deepStrictEqual(codes(entry), ['no-date']);
    });

    test('an empty `date:` is no date', () => {
      assert.deepStrictEqual(codes(parse(withFrontmatter('date:'), 'undated.md')), ['no-date']);
    });

    suite('a year before 1000 is a typo, not a date', () => {
      test('in the frontmatter: a problem naming the day meant, never a day of 1926', () => {
        const entry = parse(withFrontmatter('date: 0026-07-14'), 'undated.md');
        assert.strictEqual(entry.date, undefined);
        assert.deepStrictEqual(entry.problems, [{ code: 'invalid-date', message: '0026-07-14 has a year before 1000: did you mean 2026-07-14?', line: 1 }]);
      });

      test('quoted, as a datetime, and the years 0000 and 0999', () => {
        assert.strictEqual(parse(withFrontmatter('date: "0050-06-15"'), 'undated.md').problems[0].message, '0050-06-15 has a year before 1000: did you mean 2050-06-15?');
        assert.strictEqual(parse(withFrontmatter('datetime: 0026-07-14T09:30'), 'undated.md').problems[0].message, '0026-07-14 has a year before 1000: did you mean 2026-07-14?');
        assert.strictEqual(parse(withFrontmatter('date: 0000-02-29'), 'undated.md').problems[0].message, '0000-02-29 has a year before 1000: did you mean 2000-02-29?');
        assert.strictEqual(parse(withFrontmatter('date: 0999-12-31'), 'undated.md').problems[0].message, '0999-12-31 has a year before 1000: write the year in full.');
      });

      test('the years 1000 and 9999 are dates', () => {
        assert.deepStrictEqual(parse(withFrontmatter('date: 1000-01-01'), 'undated.md').date, '1000-01-01');
        assert.deepStrictEqual(parse(withFrontmatter('date: 9999-12-31'), 'undated.md').date, '9999-12-31');
        assert.deepStrictEqual(parse('# Old', '1000-01-01-old.md').date, '1000-01-01');
      });

      test('in the file name: an undated entry whose problem names the day meant', () => {
        const entry = parse('# Typo', '0026-07-14-a-win.md');
        assert.strictEqual(entry.date, undefined);
        assert.deepStrictEqual(entry.problems, [{ code: 'no-date', message: 'In the file name, 0026-07-14 has a year before 1000: did you mean 2026-07-14?', line: 0 }]);
      });

      test('a frontmatter date of the wrong century still falls back on the file name', () => {
        const entry = parse(withFrontmatter('date: 0026-07-14'), '2026-07-14-a-win.md');
        assert.strictEqual(entry.date, '2026-07-14');
        assert.deepStrictEqual(codes(entry), ['invalid-date']);
      });
    });

    test('an impossible file-name date is no date', () => {
      const entry = parse('# Title', '2026-13-45-a-win.md');
      assert.strictEqual(entry.date, undefined);
      assert.deepStrictEqual(codes(entry), ['no-date']);
    });
  });

  suite('elements', () => {
    test('by id', () => {
      assert.deepStrictEqual(parse(withFrontmatter('elements: [align-stakeholders, smart-goals]')).elements, ['align-stakeholders', 'smart-goals']);
    });

    test('by label', () => {
      const entry = parse(withFrontmatter('elements: [Align stakeholders, Measure and evaluate success]'));
      assert.deepStrictEqual(entry.elements, ['align-stakeholders', 'measure-success']);
      assert.deepStrictEqual(entry.problems, []);
    });

    test('case and surrounding spaces do not matter', () => {
      const entry = parse(withFrontmatter('elements:', '  - "  ALIGN-Stakeholders  "', '  - "\tunderstand THE business context "'));
      assert.deepStrictEqual(entry.elements, ['align-stakeholders', 'business-context']);
      assert.deepStrictEqual(entry.problems, []);
    });

    test('a single string is read as a one-item list', () => {
      assert.deepStrictEqual(parse(withFrontmatter('elements: iterate-adapt')).elements, ['iterate-adapt']);
      assert.deepStrictEqual(parse(withFrontmatter('elements: Iterate and adapt')).elements, ['iterate-adapt']);
    });

    test('kept in the order written, without repeats (id and label of one element)', () => {
      const entry = parse(withFrontmatter('elements: [measure-success, iterate-adapt, Measure and evaluate success, MEASURE-SUCCESS]'));
      assert.deepStrictEqual(entry.elements, ['measure-success', 'iterate-adapt']);
      assert.deepStrictEqual(entry.problems, []);
    });

    test('an unknown element is a problem naming it, never silently dropped', () => {
      const entry = parse(withFrontmatter('elements: [iterate-adapt, stakeholder-alignment, "  Be Awesome "]'));
      assert.deepStrictEqual(entry.elements, ['iterate-adapt']);
      assert.deepStrictEqual(codes(entry), ['unknown-element', 'unknown-element']);
      assert.match(entry.problems[0].message, /"stakeholder-alignment"/);
      assert.match(entry.problems[1].message, /"Be Awesome"/);
    });

    test('a single unknown string is a problem too', () => {
      const entry = parse(withFrontmatter('elements: strategy'));
      assert.deepStrictEqual(entry.elements, []);
      assert.deepStrictEqual(codes(entry), ['unknown-element']);
    });

    test('no `elements` key (or an empty one) is an untagged entry with no problem', () => {
      assert.deepStrictEqual(parse(withFrontmatter('title: a')).problems, []);
      assert.deepStrictEqual(parse(withFrontmatter('elements:')).problems, []);
      assert.deepStrictEqual(parse(withFrontmatter('elements: []')).elements, []);
      assert.deepStrictEqual(parse(withFrontmatter('elements: []')).problems, []);
    });

    const wrongTypes: [string, string][] = [
      ['a mapping', 'elements: { id: iterate-adapt }'],
      ['a number', 'elements: 3'],
      ['a boolean', 'elements: true'],
    ];
    for (const [name, yaml] of wrongTypes) {
      test(`wrong type: ${name} is an elements-type problem`, () => {
        const entry = parse(withFrontmatter(yaml));
        assert.deepStrictEqual(entry.elements, []);
        assert.deepStrictEqual(codes(entry), ['elements-type']);
      });
    }

    test('wrong types inside the list are reported one by one; the rest is read', () => {
      const entry = parse(withFrontmatter('elements: [1, iterate-adapt, null, [nested], { a: b }, smart-goals]'));
      assert.deepStrictEqual(entry.elements, ['iterate-adapt', 'smart-goals']);
      assert.deepStrictEqual(codes(entry), ['elements-type', 'elements-type', 'elements-type', 'elements-type']);
    });

    test('a custom matcher is used', () => {
      const custom = new ElementMatcher([{ id: 'ship', label: 'Ship it', description: '', prompts: [], icon: 'rocket' }]);
      const entry = parseEntry('2026-07-14-a.md', withFrontmatter('elements: [ship it, iterate-adapt]'), custom);
      assert.deepStrictEqual(entry.elements, ['ship']);
      assert.deepStrictEqual(codes(entry), ['unknown-element']);
    });
  });

  suite('optional fields', () => {
    test('absent: empty lists, no impact, not confidential', () => {
      const entry = parse('# Only a heading');
      assert.strictEqual(entry.impact, undefined);
      assert.deepStrictEqual(entry.metrics, []);
      assert.deepStrictEqual(entry.stakeholders, []);
      assert.deepStrictEqual(entry.tags, []);
      assert.strictEqual(entry.confidential, false);
    });

    test('impact: text is trimmed, numbers become text, blank is absent', () => {
      assert.strictEqual(parse(withFrontmatter('impact: "  +12% activation "')).impact, '+12% activation');
      assert.strictEqual(parse(withFrontmatter('impact: 42')).impact, '42');
      assert.strictEqual(parse(withFrontmatter('impact: "  "')).impact, undefined);
      assert.strictEqual(parse(withFrontmatter('impact: [a, b]')).impact, undefined);
    });

    test('lists: a single string is a one-item list; blanks, nulls and nested lists are dropped', () => {
      const entry = parse(withFrontmatter('metrics: NPS 31 -> 45', 'stakeholders: [VP Sales, " ", 7, true, [nested], null]', 'tags: []'));
      assert.deepStrictEqual(entry.metrics, ['NPS 31 -> 45']);
      assert.deepStrictEqual(entry.stakeholders, ['VP Sales', '7', 'true']);
      assert.deepStrictEqual(entry.tags, []);
    });

    test('lists: an item with a colon (a one-key mapping in YAML) is read as the line the user wrote', () => {
      const entry = parse(withFrontmatter('metrics:', '  - SMB churn: 4.1% -> 2.9%', '  - Activation: 31%', '  - plain line'));
      assert.deepStrictEqual(entry.metrics, ['SMB churn: 4.1% -> 2.9%', 'Activation: 31%', 'plain line']);
    });

    test('confidential only when exactly true', () => {
      assert.strictEqual(parse(withFrontmatter('confidential: true')).confidential, true);
      assert.strictEqual(parse(withFrontmatter('confidential: false')).confidential, false);
      assert.strictEqual(parse(withFrontmatter('confidential: "yes"')).confidential, false);
    });

    test('unknown extra keys do not break anything', () => {
      const entry = parse(withFrontmatter(
        'title: With extras',
        'date: 2026-07-14',
        'elements: [smart-goals]',
        'owner: me',
        'nested: { a: [1, 2, { b: c }] }',
        'links:',
        '  - https://example.com',
        'constructor: x',
        'toString: y',
        '__proto__: { elements: [iterate-adapt] }',
      ));
      assert.strictEqual(entry.title, 'With extras');
      assert.deepStrictEqual(entry.elements, ['smart-goals']);
      assert.deepStrictEqual(entry.problems, []);
    });
  });

  suite('frontmatter shapes', () => {
    test('no frontmatter: an untagged entry', () => {
      assert.deepStrictEqual(parse('# A plain note\n\nText.\n', '2026-07-14-note.md'), {
        path: '2026-07-14-note.md',
        title: 'A plain note',
        date: '2026-07-14',
        elements: [],
        impact: undefined,
        metrics: [],
        stakeholders: [],
        tags: [],
        confidential: false,
        problems: [],
      });
    });

    test('an empty file', () => {
      const entry = parse('', '2026-07-14-empty.md');
      assert.strictEqual(entry.title, '2026-07-14-empty');
      assert.deepStrictEqual(entry.problems, []);
    });

    test('an empty frontmatter block', () => {
      assert.deepStrictEqual(parse('---\n---\n# Heading\n').problems, []);
    });

    test('a list as frontmatter is a frontmatter-not-mapping problem', () => {
      const entry = parse(lines('---', '- iterate-adapt', '- measure-success', '---', '# Heading'));
      assert.deepStrictEqual(codes(entry), ['frontmatter-not-mapping']);
      assert.strictEqual(entry.problems[0].line, 1);
      assert.deepStrictEqual(entry.elements, []);
      assert.strictEqual(entry.title, 'Heading');
    });

    test('a scalar as frontmatter is a frontmatter-not-mapping problem', () => {
      assert.deepStrictEqual(codes(parse(lines('---', 'just a sentence', '---'))), ['frontmatter-not-mapping']);
      assert.deepStrictEqual(codes(parse(lines('---', '42', '---'))), ['frontmatter-not-mapping']);
    });

    test('invalid YAML is a problem with its zero-based line in the file', () => {
      const entry = parse(lines('---', 'title: ok', 'elements: [iterate-adapt', 'date: 2026-07-14', '---', '# Heading'));
      assert.deepStrictEqual(codes(entry), ['frontmatter-invalid']);
      assert.strictEqual(entry.title, 'Heading');
      assert.strictEqual(entry.date, '2026-07-14', 'the file-name date still counts');
      assert.strictEqual(entry.problems[0].line, 2, 'line 2 opens the list that never closes');
      const tab = parse(lines('---', 'title: ok', '\tdate: 2026-07-14', '---'));
      assert.strictEqual(tab.problems[0].code, 'frontmatter-invalid');
      assert.strictEqual(tab.problems[0].line, 2, 'line 2 is the tab-indented line');
    });

    test('unclosed frontmatter is a problem; the title falls back on the file name', () => {
      const entry = parse(lines('---', 'title: Never closed', 'date: 2026-07-14', '', 'Body'), 'undated.md');
      assert.deepStrictEqual(codes(entry), ['frontmatter-unclosed', 'no-date']);
      assert.strictEqual(entry.problems[0].line, 0);
      assert.strictEqual(entry.title, 'undated');
    });

    test('a YAML alias bomb is a problem, stopped by the alias limit before it expands', () => {
      const entry = parse(ALIAS_BOMB);
      assert.deepStrictEqual(codes(entry), ['frontmatter-invalid']);
      assert.match(entry.problems[0].message, /Excessive alias count/);
    });

    test('deep nesting is a problem, not a crash', () => {
      assert.deepStrictEqual(codes(parse(`---\na: ${'['.repeat(20000)}${']'.repeat(20000)}\n---\n`)), ['frontmatter-invalid']);
    });
  });

  suite('every problem carries the line of its cause', () => {
    /** Each problem as `code@line`, lines zero-based in the file. */
    function placed(text: string, path?: string): string[] {
      return parse(text, path).problems.map((problem) => `${problem.code}@${problem.line}`);
    }

    test('an unknown element in a flow list or a block list: the item\'s line', () => {
      assert.deepStrictEqual(placed(withFrontmatter('title: a', 'elements: [iterate-adapt, vision]')), ['unknown-element@2']);
      assert.deepStrictEqual(placed(withFrontmatter('elements:', '  - iterate-adapt', '', '  - vision # typo', '  - nope')), ['unknown-element@4', 'unknown-element@5']);
    });

    test('an item that is not an id, and an `elements` that is not a list: their line', () => {
      assert.deepStrictEqual(placed(withFrontmatter('title: a', 'elements:', '  - 42')), ['elements-type@3']);
      assert.deepStrictEqual(placed(withFrontmatter('title: a', 'elements: {a: 1}')), ['elements-type@2']);
    });

    test('a date that is not one: its line; no date at all: the first line, or the empty date key', () => {
      assert.deepStrictEqual(placed(withFrontmatter('title: a', 'date: someday'), 'entry.md'), ['invalid-date@2']);
      assert.deepStrictEqual(placed(withFrontmatter('title: a'), 'entry.md'), ['no-date@0']);
      assert.deepStrictEqual(placed(withFrontmatter('title: a', 'date:'), 'entry.md'), ['no-date@2']);
    });

    test('CRLF and a byte-order mark count lines as the editor does', () => {
      assert.deepStrictEqual(placed('\uFEFF---\r\ntitle: a\r\n\r\nelements: [vision]\r\n---\r\n'), ['unknown-element@3']);
    });

    test('broken YAML with other problems: each at its line', () => {
      assert.deepStrictEqual(placed(lines('---', 'title: "never closed', 'date: x', '---'), 'entry.md'), ['frontmatter-invalid@1', 'no-date@0']);
    });
  });

  suite('the ---js attack: frontmatter is never run', () => {
    const globals = globalThis as Record<string, unknown>;
    let probe = 0;

    const attacks: [string, (flag: string) => string][] = [
      ['---js', (flag) => lines('---js', `globalThis.${flag} = true;`, '({ title: "pwned" })', '---', '# Body')],
      ['---javascript', (flag) => lines('---javascript', `globalThis.${flag} = true`, '---', '# Body')],
      ['---coffee', (flag) => lines('---coffee', `globalThis.${flag} = true`, '---', '# Body')],
      ['---cson', (flag) => lines('---cson', `globalThis.${flag} = true`, '---', '# Body')],
      ['--- js (a space before the marker)', (flag) => lines('--- js', `globalThis.${flag} = true`, '---', '# Body')],
      ['---  javascript  (spaces around)', (flag) => lines('---  javascript  ', `globalThis.${flag} = true`, '---', '# Body')],
      ['---\tjs (a tab)', (flag) => lines('---\tjs', `globalThis.${flag} = true`, '---', '# Body')],
      ['---JS (upper case)', (flag) => lines('---JS', `globalThis.${flag} = true`, '---', '# Body')],
      ['---js with CRLF', (flag) => `---js\r\nglobalThis.${flag} = true\r\n---\r\n# Body\r\n`],
      ['---js that throws', (flag) => lines('---js', `globalThis.${flag} = true; throw new Error("boom")`, '---', '# Body')],
      ['---js in an IIFE', (flag) => lines('---js', `(function () { globalThis.${flag} = true; return {}; })()`, '---')],
      ['---js never closed', (flag) => lines('---js', `globalThis.${flag} = true`, '# Body')],
      ['---js after a BOM', (flag) => `\uFEFF---js\nglobalThis.${flag} = true\n---\n# Body\n`],
    ];
    for (const [name, attack] of attacks) {
      test(`${name}: not run, and a frontmatter-language problem`, () => {
        const flag = `__pwned_${++probe}`;
        const entry = parse(attack(flag), '2026-07-14-attack.md');
        assert.strictEqual(globals[flag], undefined, 'the frontmatter code ran');
        assert.deepStrictEqual(codes(entry), ['frontmatter-language']);
        assert.strictEqual(entry.problems[0].line, 0);
        assert.notStrictEqual(entry.title, 'pwned');
        assert.deepStrictEqual(entry.elements, []);
      });
    }

    test('a file that is only "---js" plus code on the same line is plain text', () => {
      const flag = `__pwned_${++probe}`;
      const entry = parse(`---js globalThis.${flag} = true`, '2026-07-14-attack.md');
      assert.strictEqual(globals[flag], undefined);
      assert.deepStrictEqual(entry.problems, []);
    });
  });

  test('never throws on odd input', () => {
    const texts = [
      '---', '---\n', '---\n---', '---\n---\n---\n', '\uFEFF', '\uFEFF---\n', '---\r', '---\r\n\r\n---\r\n',
      '---\n:\n---\n', '---\n? [a]\n: b\n---\n', '---\n!!binary aGVsbG8=\n---\n', '---\n*undefined\n---\n',
      '---\n&a [*a]\n---\n', '---\nkey: "unterminated\n---\n', '\u0000\u0001', '#', '# ', '#\t#',
    ];
    for (const text of texts) {
      assert.doesNotThrow(() => parse(text), JSON.stringify(text));
    }
  });
});
