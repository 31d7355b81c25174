import * as assert from 'assert';
import { DEFAULT_ELEMENTS, ElementMatcher, type StrategicElement } from '../../src/core/elements/elements';

/** The ids and labels of docs/elements.md: the ids are part of the file format. */
const SPEC: [string, string][] = [
  ['business-context', 'Understand the business context'],
  ['smart-goals', 'Set clear goals and objectives'],
  ['future-trends', 'Anticipate future trends and challenges'],
  ['iterate-adapt', 'Iterate and adapt'],
  ['align-stakeholders', 'Align stakeholders'],
  ['measure-success', 'Measure and evaluate success'],
];

suite('elements: DEFAULT_ELEMENTS', () => {
  test('the six elements of the spec, in order, with their ids and labels', () => {
    assert.deepStrictEqual(
      DEFAULT_ELEMENTS.map((element) => [element.id, element.label]),
      SPEC,
    );
  });

  test('every element has a description, prompts and an icon', () => {
    for (const element of DEFAULT_ELEMENTS) {
      assert.ok(element.description.length > 20, element.id);
      assert.ok(element.prompts.length > 0, element.id);
      assert.ok(element.prompts.every((prompt) => prompt.endsWith('?')), element.id);
      assert.match(element.icon, /^[a-z-]+$/, element.id);
    }
  });
});

suite('elements: ElementMatcher', () => {
  const matcher = new ElementMatcher();

  for (const [id, label] of SPEC) {
    test(`${id}: matched by id and by label`, () => {
      assert.strictEqual(matcher.match(id)?.id, id);
      assert.strictEqual(matcher.match(label)?.id, id);
    });
  }

  const variants: [string, string][] = [
    ['ALIGN-STAKEHOLDERS', 'align-stakeholders'],
    ['  align-stakeholders  ', 'align-stakeholders'],
    ['\talign-stakeholders\n', 'align-stakeholders'],
    ['Align-Stakeholders', 'align-stakeholders'],
    ['align stakeholders', 'align-stakeholders'],
    ['ALIGN STAKEHOLDERS', 'align-stakeholders'],
    ['  Measure And Evaluate Success ', 'measure-success'],
    ['\u00a0iterate-adapt\u00a0', 'iterate-adapt'],
  ];
  for (const [written, id] of variants) {
    test(`case and surrounding spaces do not matter: ${JSON.stringify(written)}`, () => {
      assert.strictEqual(matcher.match(written)?.id, id);
    });
  }

  const unknown = ['', '   ', 'stakeholders', 'align', 'align_stakeholders', 'alignstakeholders', 'measure-success!', 'constructor', '__proto__', 'toString'];
  for (const written of unknown) {
    test(`unknown: ${JSON.stringify(written)}`, () => {
      assert.strictEqual(matcher.match(written), undefined);
    });
  }

  test('get finds an element by its exact id only', () => {
    assert.strictEqual(matcher.get('smart-goals')?.label, 'Set clear goals and objectives');
    assert.strictEqual(matcher.get('Set clear goals and objectives'), undefined);
    assert.strictEqual(matcher.get('nope'), undefined);
  });

  test('uses the default elements unless told', () => {
    assert.strictEqual(matcher.elements, DEFAULT_ELEMENTS);
  });

  test('a custom framework replaces the defaults', () => {
    const custom: StrategicElement[] = [
      { id: 'ship', label: 'Ship it', description: 'Delivers.', prompts: ['What shipped?'], icon: 'rocket' },
      { id: 'grow-people', label: 'Grow people', description: 'Mentors.', prompts: ['Who grew?'], icon: 'person' },
    ];
    const customMatcher = new ElementMatcher(custom);
    assert.strictEqual(customMatcher.match(' SHIP IT ')?.id, 'ship');
    assert.strictEqual(customMatcher.match('grow-people')?.id, 'grow-people');
    assert.strictEqual(customMatcher.match('iterate-adapt'), undefined);
    assert.strictEqual(customMatcher.get('ship'), custom[0]);
    assert.strictEqual(customMatcher.elements, custom);
  });

  test('returns the element objects themselves', () => {
    assert.strictEqual(matcher.match('iterate-adapt'), DEFAULT_ELEMENTS[3]);
  });
});
