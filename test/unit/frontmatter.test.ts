import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { findFrontmatter, parseFrontmatter } from '../../src/core/entries/frontmatter';
import { FrontmatterError } from '../../src/core/entries/frontmatterError';
import { ALIAS_BOMB } from './helpers';

function frontmatterError(text: string): FrontmatterError {
  try {
    parseFrontmatter(text);
  } catch (error) {
    assert.ok(error instanceof FrontmatterError, `expected a FrontmatterError, got ${String(error)}`);
    return error;
  }
  assert.fail(`expected ${JSON.stringify(text)} to be refused`);
}

suite('frontmatter: findFrontmatter', () => {
  const none: [string, string][] = [
    ['empty file', ''],
    ['no frontmatter', '# Title\n\ntext'],
    ['a lone --- without a line break', '---'],
    ['four dashes (a horizontal rule)', '----\ntitle: a\n----\n'],
    ['leading space', ' ---\ntitle: a\n---\n'],
    ['leading blank line', '\n---\ntitle: a\n---\n'],
    ['--- later in the file', '# Title\n---\ntitle: a\n---\n'],
  ];
  for (const [name, text] of none) {
    test(`none: ${name}`, () => {
      assert.strictEqual(findFrontmatter(text), undefined);
    });
  }

  test('a plain YAML block', () => {
    assert.deepStrictEqual(findFrontmatter('---\ntitle: a\ndate: 2026-07-14\n---\nbody'), {
      language: '',
      yaml: 'title: a\ndate: 2026-07-14\n',
      firstLine: 1,
      closed: true,
    });
  });

  test('CRLF line breaks', () => {
    assert.deepStrictEqual(findFrontmatter('---\r\ntitle: a\r\n---\r\nbody'), {
      language: '',
      yaml: 'title: a\r\n',
      firstLine: 1,
      closed: true,
    });
  });

  test('an empty block', () => {
    assert.deepStrictEqual(findFrontmatter('---\n---\nbody'), { language: '', yaml: '', firstLine: 1, closed: true });
  });

  test('a language marker, with or without spaces', () => {
    assert.strictEqual(findFrontmatter('---js\nx\n---\n')?.language, 'js');
    assert.strictEqual(findFrontmatter('--- javascript \nx\n---\n')?.language, 'javascript');
    assert.strictEqual(findFrontmatter('---\tcoffee\r\nx\r\n---\r\n')?.language, 'coffee');
    assert.strictEqual(findFrontmatter('---   \nx: 1\n---\n')?.language, '');
  });

  test('an unclosed block runs to the end of the file', () => {
    assert.deepStrictEqual(findFrontmatter('---\ntitle: a\nbody'), { language: '', yaml: 'title: a\nbody', firstLine: 1, closed: false });
  });
});

suite('frontmatter: parseFrontmatter', () => {
  test('no frontmatter: empty data, the whole text as body', () => {
    assert.deepStrictEqual(parseFrontmatter('# Title\n\ntext'), { data: {}, body: '# Title\n\ntext' });
  });

  test('a mapping and the body after it', () => {
    const parsed = parseFrontmatter('---\ntitle: A win\nelements: [iterate-adapt]\n---\n# Heading\n');
    assert.deepStrictEqual(parsed.data, { title: 'A win', elements: ['iterate-adapt'] });
    assert.strictEqual(parsed.body, '# Heading\n');
    assert.strictEqual(parsed.block?.closed, true);
  });

  test('dates stay strings (YAML 1.2 core schema, no Date objects)', () => {
    assert.deepStrictEqual(parseFrontmatter('---\ndate: 2026-07-14\n---\n').data, { date: '2026-07-14' });
  });

  test('an empty or comment-only block is empty data', () => {
    assert.deepStrictEqual(parseFrontmatter('---\n---\nbody').data, {});
    assert.deepStrictEqual(parseFrontmatter('---\n# nothing yet\n---\nbody').data, {});
  });

  test('a list or a scalar comes back as is (the caller reports it)', () => {
    assert.deepStrictEqual(parseFrontmatter('---\n- a\n- b\n---\n').data, ['a', 'b']);
    assert.strictEqual(parseFrontmatter('---\njust words\n---\n').data, 'just words');
  });

  test('CRLF: values on the last line carry no carriage return', () => {
    const parsed = parseFrontmatter('---\r\ntitle: A win\r\nconfidential: true\r\n---\r\nbody\r\n');
    assert.deepStrictEqual(parsed.data, { title: 'A win', confidential: true });
  });

  test('CRLF: a flow list on the last line parses', () => {
    const parsed = parseFrontmatter('---\r\ntitle: A win\r\ntags: [pricing, smb]\r\n---\r\nbody\r\n');
    assert.deepStrictEqual(parsed.data, { title: 'A win', tags: ['pricing', 'smb'] });
  });

  test('YAML tags for code are not run', () => {
    const name = '__frontmatterYamlTagRan';
    const parsed = parseFrontmatter(`---\ntitle: !!js/function "function () { globalThis.${name} = true; }"\n---\n`);
    assert.strictEqual(typeof (parsed.data as Record<string, unknown>).title, 'string');
    assert.strictEqual((globalThis as Record<string, unknown>)[name], undefined);
  });

  test('a __proto__ key does not pollute prototypes', () => {
    const parsed = parseFrontmatter('---\n__proto__:\n  polluted: true\n---\n');
    assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
    assert.strictEqual(Object.getPrototypeOf(parsed.data), Object.prototype);
  });

  suite('errors', () => {
    test('unclosed', () => {
      const error = frontmatterError('---\ntitle: a\n\nbody');
      assert.strictEqual(error.code, 'frontmatter-unclosed');
    });

    test('invalid YAML, with the zero-based file line of the error', () => {
      // Line 0 is `---`, line 1 `title: ok`, line 2 the tab-indented key.
      const error = frontmatterError('---\ntitle: ok\n\tbad: 1\n---\nbody');
      assert.strictEqual(error.code, 'frontmatter-invalid');
      assert.match(error.message, /^Invalid YAML: /);
      assert.doesNotMatch(error.message, /at line \d+/, 'the position is in yamlLine, not in the message');
      assert.strictEqual(error.yamlLine, 2);
    });

    test('invalid YAML on the first YAML line is file line 1', () => {
      const error = frontmatterError('---\n\tbad: 1\n---\n');
      assert.strictEqual(error.yamlLine, 1);
    });

    test('duplicate keys are invalid', () => {
      const error = frontmatterError('---\ntitle: a\ntitle: b\n---\n');
      assert.strictEqual(error.code, 'frontmatter-invalid');
    });

    test('an alias bomb is stopped by the alias limit, not expanded', () => {
      const error = frontmatterError(ALIAS_BOMB);
      assert.strictEqual(error.code, 'frontmatter-invalid');
      assert.match(error.message, /Excessive alias count/);
    });

    test('absurdly deep nesting is an error, not a crash', () => {
      const error = frontmatterError(`---\na: ${'['.repeat(20000)}${']'.repeat(20000)}\n---\n`);
      assert.strictEqual(error.code, 'frontmatter-invalid');
    });

    for (const marker of ['js', 'javascript', 'coffee', 'coffeescript', 'cson', 'json', 'toml', 'JS', 'constructor', 'unknown']) {
      test(`---${marker} is refused before anything reads it`, () => {
        const error = frontmatterError(`---${marker}\n({ title: "x" })\n---\n`);
        assert.strictEqual(error.code, 'frontmatter-language');
        assert.ok(error.message.includes(marker), error.message);
      });
    }

    test('a language is refused even when the block never closes', () => {
      assert.strictEqual(frontmatterError('---js\n({ title: "x" })\n').code, 'frontmatter-language');
    });
  });

  test('---yaml and ---yml are plain YAML, read like ---', () => {
    assert.deepStrictEqual(parseFrontmatter('---yaml\ntitle: a\n---\n').data, { title: 'a' });
    assert.deepStrictEqual(parseFrontmatter('---yml\ntitle: a\n---\n').data, { title: 'a' });
  });

  test('no code that could evaluate frontmatter ships: no gray-matter, js-yaml, eval or new Function in any bundle', () => {
    const dist = path.join(__dirname, '..', '..', '..', 'dist');
    for (const bundle of ['extension.js', 'web/extension.js', 'cli.js']) {
      const code = fs.readFileSync(path.join(dist, bundle), 'utf8');
      assert.doesNotMatch(code, /gray-matter|js-yaml|\beval\(|new Function\(/, bundle);
    }
  });
});

suite('frontmatter: a YAML error is at the line of its cause', () => {
  /** The zero-based file line of the error, and the text of that line. */
  function errorLine(text: string): string {
    const error = frontmatterError(text);
    assert.strictEqual(error.code, 'frontmatter-invalid', error.message);
    assert.notStrictEqual(error.yamlLine, undefined, 'the error has a line');
    return `${error.yamlLine}: ${text.split('\n')[error.yamlLine!]}`;
  }

  const cases: [string, string, string][] = [
    ['an unclosed double quote', '---\ntitle: "Q3 launch\ndate: 2026-07-14\nelements: [iterate-adapt]\n---\nbody', '1: title: "Q3 launch'],
    ['an unclosed single quote', "---\ndate: 2026-07-14\ntitle: 'Q3 launch\nelements: [iterate-adapt]\n---\n", "2: title: 'Q3 launch"],
    ['an unclosed flow list', '---\ntitle: A win\nelements: [iterate-adapt\ndate: 2026-07-14\nimpact: more\n---\n', '2: elements: [iterate-adapt'],
    ['an unclosed flow list on the last line', '---\ntitle: A win\nelements: [iterate-adapt\n---\n', '2: elements: [iterate-adapt'],
    ['an unclosed flow list over several lines', '---\nelements: [\n  iterate-adapt,\n  smart-goals\ntitle: a\n---\n', '1: elements: ['],
    ['an unclosed flow mapping', '---\ntitle: a\nmeta: {a: 1\ndate: 2026-07-14\n---\n', '2: meta: {a: 1'],
    ['an unclosed quote in a block list', '---\ntags:\n  - ok\n  - "not closed\ndate: 2026-07-14\n---\n', '3:   - "not closed'],
    ['an unclosed list inside a closed one', '---\nelements: [a, [b, c]\ndate: 2026-07-14\n---\n', '1: elements: [a, [b, c]'],
    ['a tab, where it is', '---\ntitle: ok\n\tbad: 1\n---\n', '2: \tbad: 1'],
    ['a repeated key, at the repeat', '---\ntitle: a\ndate: 2026-07-14\ntitle: b\n---\n', '3: title: b'],
    ['a quote followed by # without a space', '---\ndate: 2026-07-14\ntitle: "Q3 launch"#1\n---\n', '2: title: "Q3 launch"#1'],
    ['CRLF line breaks', '---\r\ntitle: a\r\nelements: [iterate-adapt\r\ndate: 2026-07-14\r\n---\r\n', '2: elements: [iterate-adapt\r'],
  ];
  for (const [name, text, expected] of cases) {
    test(name, () => {
      assert.strictEqual(errorLine(text), expected);
    });
  }

  test('the same line when the syntax tree is asked for (the editor reading)', () => {
    for (const [, text] of cases) {
      let withDocument: FrontmatterError | undefined;
      try {
        parseFrontmatter(text, { withDocument: true });
      } catch (error) {
        withDocument = error as FrontmatterError;
      }
      assert.deepStrictEqual([withDocument?.code, withDocument?.message, withDocument?.yamlLine], [frontmatterError(text).code, frontmatterError(text).message, frontmatterError(text).yamlLine]);
    }
  });
});
