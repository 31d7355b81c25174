// Runs in a fresh Node process. What the sidebar does when an element with
// 2,000 entries is expanded, measured on the core's entries: the element's
// entries, newest first, as tree nodes. The real provider imports vscode and
// runs only in VS Code; the workbench benchmark measures it there.
//   node treeChildren.child.js JOURNAL ENTRIES RUNS
'use strict';

const { performance } = require('perf_hooks');
const { ElementMatcher, JournalIndex, NodeFileSource } = require('./core');

const WARM_UP_RUNS = 5;

/** The provider's order (src/tree/journalTreeProvider.ts): newest first, undated last, then by title. */
function byDateDescending(a, b) {
  const left = a.entry.date ?? '';
  const right = b.entry.date ?? '';
  return left === right ? a.entry.title.localeCompare(b.entry.title) : left < right ? 1 : -1;
}

function childrenOf(elementEntries, parentKey) {
  return [...elementEntries].sort(byDateDescending).map((located) => ({ kind: 'entry', located, parentKey, showProblems: false }));
}

/** The element with the most entries, cut to `wanted` of them, in the index's (path) order. */
function elementNode(entries, wanted) {
  const byElement = new Map();
  for (const entry of entries) {
    for (const id of entry.elements) {
      if (!byElement.has(id)) byElement.set(id, []);
      byElement.get(id).push({ entry });
    }
  }
  const [id, located] = [...byElement].sort((a, b) => b[1].length - a[1].length)[0];
  if (located.length < wanted) throw new Error(`no element has ${wanted} entries (most: ${located.length})`);
  return { id, entries: located.slice(0, wanted) };
}

async function main() {
  const [journal, wantedArgument, runsArgument] = process.argv.slice(2);
  const index = new JournalIndex(new NodeFileSource(journal), new ElementMatcher());
  await index.loadAll();
  const node = elementNode([...index.all()], Number(wantedArgument));
  const samples = [];
  for (let run = 0; run < WARM_UP_RUNS + Number(runsArgument); run++) {
    const started = performance.now();
    const children = childrenOf(node.entries, `element:${node.id}`);
    const ms = performance.now() - started;
    if (children.length !== node.entries.length) throw new Error('lost children');
    if (run >= WARM_UP_RUNS) samples.push(ms);
  }
  process.stdout.write(`${JSON.stringify({ element: node.id, children: node.entries.length, samples })}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
