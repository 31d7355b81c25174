import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_ELEMENTS } from '../../src/core/elements/elements';
import { parseFramework } from '../../src/core/elements/framework';

const element = (id: string, extra: Record<string, unknown> = {}) => ({ id, label: `Label ${id}`, description: 'What counts.', prompts: ['Why?'], ...extra });

function errorOf(value: unknown): string {
  const result = parseFramework(value);
  assert.ok('error' in result, `expected an error for ${JSON.stringify(value)}`);
  return result.error;
}

suite('framework: parseFramework', () => {
  test('a list of elements is a framework; the icon defaults', () => {
    const result = parseFramework([element('a'), element('b', { icon: 'rocket' })]);
    assert.ok('framework' in result);
    assert.deepStrictEqual(result.framework.elements.map((item) => [item.id, item.icon]), [['a', 'circle-large-outline'], ['b', 'rocket']]);
    assert.strictEqual(result.framework.name, 'Custom framework');
  });

  test('an object with a name and elements is a framework', () => {
    const result = parseFramework({ name: ' Designers ', elements: [element('craft')] });
    assert.ok('framework' in result);
    assert.strictEqual(result.framework.name, 'Designers');
  });

  test('the six default elements pass their own validation', () => {
    const result = parseFramework(DEFAULT_ELEMENTS);
    assert.ok('framework' in result);
    assert.deepStrictEqual(result.framework.elements, DEFAULT_ELEMENTS);
  });

  test('the shipped frameworks are valid and distinct from the default', () => {
    const folder = path.join(__dirname, '..', '..', '..', 'frameworks');
    const files = fs.readdirSync(folder).filter((name) => name.endsWith('.json'));
    assert.deepStrictEqual(files.sort(), ['engineering-manager.json', 'software-engineer.json']);
    for (const file of files) {
      const result = parseFramework(JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')));
      assert.ok('framework' in result, `${file}: ${'error' in result ? result.error : ''}`);
      assert.ok(result.framework.elements.length >= 5);
      assert.ok(result.framework.elements.every((item) => item.prompts.length > 0 && item.description.length > 20));
    }
  });

  test('each bad list gets a message naming the element and the field', () => {
    assert.match(errorOf('nope'), /a list of elements/);
    assert.match(errorOf({ elements: 'x' }), /a list of elements/);
    assert.match(errorOf([]), /from 1 to 30 elements; this one has 0/);
    assert.match(errorOf(Array.from({ length: 31 }, (_, index) => element(`e${index}`))), /this one has 31/);
    assert.match(errorOf([element('a'), 'b']), /^element 2 must be an object/);
    assert.match(errorOf([element('Not An Id')]), /^element 1: "id" must be lowercase/);
    assert.match(errorOf([element('../x')]), /"id" must be lowercase/);
    assert.match(errorOf([element('a'), element('a')]), /^element 2: the id "a" is used twice/);
    assert.match(errorOf([element('a', { label: ' ' })]), /"label" must be a non-empty text/);
    assert.match(errorOf([element('a', { description: 3 })]), /"description" must be a text/);
    assert.match(errorOf([element('a', { prompts: 'Why?' })]), /"prompts" must be a list of questions/);
    assert.match(errorOf([element('a', { prompts: ['ok', 2] })]), /"prompts" must be a list/);
    assert.match(errorOf([element('a', { icon: '$(rocket)' })]), /"icon" must be a codicon name/);
    assert.match(errorOf([element('a', { label: 'Same' }), element('b', { label: 'same' })]), /the label "same" is used twice/);
    assert.match(errorOf([element('a', { label: 'b' }), element('b')]), /is another element's id/);
  });
});
