import * as assert from 'assert';
import { DEFAULT_ELEMENTS, ElementMatcher } from '../../src/core/elements/elements';
import { elementsEdit, setEntryElements } from '../../src/core/editing/elementsEdit';
import { parseEntry } from '../../src/core/entries/parseEntry';
import { applyEdit } from '../../src/core/text/textLines';
import { generateDocument, type GeneratedDocument } from './frontmatterDocuments';
import { seededRandom } from './helpers';

/** Enough documents to meet every style many times over in a second or two; PROPERTY_DOCUMENTS=50000 for a long run. */
const DOCUMENTS = Number(process.env.PROPERTY_DOCUMENTS) || 600;
const matcher = new ElementMatcher();
const ALL_IDS = DEFAULT_ELEMENTS.map((element) => element.id);

function describe(document: GeneratedDocument): string {
  return `seed ${document.seed} (${document.style}):\n${JSON.stringify(document.text)}`;
}

function setElements(document: GeneratedDocument, text: string, ids: readonly string[]): string {
  const result = setEntryElements(text, ids, matcher);
  assert.ok('text' in result, `setting ${JSON.stringify(ids)} failed: ${'error' in result ? result.error : ''}\n${describe(document)}`);
  return result.text;
}

function elementsOf(text: string): string[] {
  return [...parseEntry('2026-07-14-entry.md', text, matcher).elements];
}

function sameSet(actual: readonly string[], expected: readonly string[]): boolean {
  return actual.length === expected.length && expected.every((id) => actual.includes(id));
}

/** Problems other than those about elements, which an elements edit must leave as they were. */
function otherProblems(text: string): string[] {
  return parseEntry('2026-07-14-entry.md', text, matcher)
    .problems.filter((problem) => problem.code !== 'unknown-element' && problem.code !== 'elements-type')
    .map((problem) => problem.code);
}

/** Ids in a random order, some of them, seeded. */
function someIds(random: () => number, count: number): string[] {
  const shuffled = [...ALL_IDS].sort(() => random() - 0.5);
  return shuffled.slice(0, count);
}

const documents = Array.from({ length: DOCUMENTS }, (_, index) => generateDocument(index + 1));

suite('elementsEdit: properties over generated documents', () => {
  test('the generator makes readable documents of every style', () => {
    const styles = new Set(documents.map((document) => document.style));
    assert.deepStrictEqual([...styles].sort(), ['absent', 'block', 'empty-list', 'flow', 'no-frontmatter', 'scalar']);
    for (const document of documents) {
      const problems = parseEntry('2026-07-14-entry.md', document.text, matcher).problems.filter((problem) => problem.code.startsWith('frontmatter-'));
      assert.deepStrictEqual(problems, [], describe(document));
    }
    assert.ok(documents.some((document) => document.text.includes('\r\n')));
    assert.ok(documents.some((document) => document.text.startsWith('\uFEFF')));
  });

  test('tagging then untagging gives back the identical bytes (flow lists, block lists, empty lists)', () => {
    let checked = 0;
    for (const document of documents.filter((candidate) => ['flow', 'block', 'empty-list'].includes(candidate.style))) {
      const random = seededRandom(document.seed * 7919);
      const original = elementsOf(document.text);
      const extra = someIds(random, 1 + Math.floor(random() * 3)).filter((id) => !original.includes(id));
      const tagged = setElements(document, document.text, [...original, ...extra]);
      assert.ok(sameSet(elementsOf(tagged), [...original, ...extra]), `tagged with ${extra}: ${describe(document)}\n${JSON.stringify(tagged)}`);
      const untagged = setElements(document, tagged, original);
      assert.strictEqual(untagged, document.text, `untagging ${extra}: ${describe(document)}\ntagged: ${JSON.stringify(tagged)}`);
      checked++;
    }
    assert.ok(checked > DOCUMENTS / 3, `${checked} documents checked`);
  });

  test('setting any ids reads back as exactly those ids, and changes nothing outside `elements`', () => {
    for (const document of documents.filter((candidate) => candidate.style !== 'absent' && candidate.style !== 'no-frontmatter')) {
      const random = seededRandom(document.seed * 104729);
      const ids = someIds(random, Math.floor(random() * (ALL_IDS.length + 1)));
      const tagged = setElements(document, document.text, ids);
      assert.ok(sameSet(elementsOf(tagged), ids), `set ${JSON.stringify(ids)}: ${describe(document)}\n${JSON.stringify(tagged)}`);
      assert.ok(tagged.startsWith(document.before), `the text before \`elements\` is kept: ${describe(document)}\n${JSON.stringify(tagged)}`);
      assert.ok(tagged.endsWith(document.after), `the text after \`elements\` is kept: ${describe(document)}\n${JSON.stringify(tagged)}`);
      assert.deepStrictEqual(otherProblems(tagged), otherProblems(document.text), describe(document));
      // Setting the same ids again changes nothing.
      const again = elementsEdit(tagged, ids, matcher);
      assert.deepStrictEqual(again, { start: 0, end: 0, newText: '' }, `idempotent: ${describe(document)}\n${JSON.stringify(tagged)}`);
    }
  });

  test('setting the ids already there changes nothing', () => {
    for (const document of documents) {
      const edit = elementsEdit(document.text, elementsOf(document.text), matcher);
      assert.ok(!('error' in edit), describe(document));
      assert.strictEqual(applyEdit(document.text, edit), document.text, describe(document));
    }
  });

  test('without `elements`, tagging adds one line (or one frontmatter block) and nothing else', () => {
    for (const document of documents.filter((candidate) => candidate.style === 'absent' || candidate.style === 'no-frontmatter')) {
      const random = seededRandom(document.seed * 15485863);
      const ids = someIds(random, 1 + Math.floor(random() * 3));
      const edit = elementsEdit(document.text, ids, matcher);
      assert.ok(!('error' in edit), describe(document));
      assert.strictEqual(edit.start, edit.end, `an insertion: ${describe(document)}`);
      const eol = document.text.includes('\r\n') ? '\r\n' : '\n';
      const expected = document.style === 'absent' ? `elements: [${ids.join(', ')}]${eol}` : `---${eol}elements: [${ids.join(', ')}]${eol}---${eol}`;
      assert.strictEqual(edit.newText, expected, describe(document));
      const tagged = applyEdit(document.text, edit);
      assert.ok(sameSet(elementsOf(tagged), ids), describe(document));
      assert.deepStrictEqual(otherProblems(tagged), otherProblems(document.text), describe(document));
    }
  });
});
