import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { findFrontmatter } from '../../src/core/frontmatter';
import { parsePlainYaml } from '../../src/core/plainYaml';
import { generateDocument } from './frontmatterDocuments';
import { seededRandom } from './helpers';

/** The fast reader must agree with the full parser wherever it answers at all. */
function agrees(yaml: string): boolean {
  const fast = parsePlainYaml(yaml);
  if (fast === undefined) {
    return false;
  }
  let full: unknown;
  try {
    full = parse(yaml) ?? {};
  } catch (error) {
    assert.fail(`the fast reader accepted YAML the full parser rejects (${(error as Error).message}):\n${yaml}`);
  }
  assert.deepStrictEqual(fast, full, `differs from the full parser on:\n${yaml}`);
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

  const accepted = [
    'title: a # a comment\n',
    "title: 'It''s done: shipped'\n",
    'title: "Quoted: with colon # and hash"\n',
    'confidential: true\nflag: False\n',
    'empty:\nnext: value\n',
    'list:\n- a\n- b\n',
    'list:\n    - a   # note\n    - b\n',
    'items: []\nmore: [a, b,]\n',
    '# leading comment\n\ntitle: a\r\ndate: 2026-01-02\r\n',
    'title: a#b\n',
    'at: 12:30\nwhen: 2026-07-14T10:00:00\n',
    'title: yes\nother: no\n',
    'title: 1,000 users\n',
    'metrics:\n  - SMB churn: 4.1% -> 2.9% # projected\n  - NPS 30 -> 42\n',
  ];
  for (const yaml of accepted) {
    test(`agrees with the full parser: ${JSON.stringify(yaml)}`, () => {
      assert.ok(agrees(yaml), 'the fast reader answers');
    });
  }

  const refused = [
    'title: 2026\n',
    'ratio: 1.5\n',
    'nothing: ~\n',
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
    'key:value\n',
    'flow: [a, [b]]\n',
    'flow: [a: b]\n',
    'flow: [a, , b]\n',
    '? complex key\n',
    '- a list\n',
    'just a scalar\n',
  ];
  for (const yaml of refused) {
    test(`leaves to the full parser: ${JSON.stringify(yaml)}`, () => {
      assert.strictEqual(parsePlainYaml(yaml), undefined);
    });
  }

  test('agrees with the full parser on 3000 generated frontmatter documents, and answers for most', () => {
    let answered = 0;
    let total = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const block = findFrontmatter(generateDocument(seed).text.replace(/^\uFEFF/, ''));
      if (!block) continue;
      total++;
      answered += agrees(block.yaml) ? 1 : 0;
    }
    assert.ok(total > 2000);
    console.log(`      (the fast reader answered ${answered} of ${total})`);
  });

  test('agrees with the full parser on 20000 random line mixes', () => {
    const random = seededRandom(20261126);
    const pieces = ['title: a', 'title: b c', "q: 'x y'", 'q2: "x: y"', 'n: 12', 'b: true', 'e:', '  - one', '- two', '    - three', 'l: [a, b]', 'l2: []', '# c', '', 'x: a # c', 'k: v: w', '  nested: 1', 'a: [x, y', 'dup: 1', 'dup: 2', 'd: 2026-07-14', 't: 10:30', 'z: ~', 's: -a', '  - KPI: 4% -> 9%', '  - k: v: w', '  - 12: x', '  - k: true', '    more: 1', '  - "q": v', '  - k:v'];
    for (let index = 0; index < 20000; index++) {
      const count = 1 + Math.floor(random() * 6);
      const yaml = Array.from({ length: count }, () => pieces[Math.floor(random() * pieces.length)]).join(random() < 0.2 ? '\r\n' : '\n');
      agrees(yaml);
    }
  });

  test('answers for every entry of the sample journal', () => {
    const root = path.join(__dirname, '..', '..', '..', 'sample', 'journal');
    const files = fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.md'));
    let answered = 0;
    for (const file of files) {
      const block = findFrontmatter(fs.readFileSync(path.join(file.parentPath, file.name), 'utf8'));
      answered += !block || agrees(block.yaml) ? 1 : 0;
    }
    assert.strictEqual(answered, files.length);
  });
});
