// One synthetic journal entry: frontmatter in the shapes people really write
// (flow and block lists, labels instead of ids, comments, CRLF) and a STAR body
// of a few hundred words. A small share is broken on purpose.
'use strict';

const VERBS = ['Re-scoped', 'Launched', 'Aligned', 'Negotiated', 'Reframed', 'Cut', 'Piloted', 'Killed', 'Rebuilt', 'Prioritized', 'Defined', 'Sunset', 'Expanded', 'Validated', 'Shipped'];
const OBJECTS = ['pricing launch', 'onboarding funnel', 'enterprise roadmap', 'checkout experiment', 'partner API', 'mobile release plan', 'SMB tier', 'search relevance work', 'data retention policy', 'analytics dashboard', 'trial-to-paid flow', 'support deflection bot', 'billing migration', 'EU expansion', 'churn model'];
const QUALIFIERS = ['after churn data', 'with Finance', 'for Q3', 'ahead of the competitor launch', 'on new regulation', 'from user interviews', 'with the exec team', 'under budget pressure', 'for the next half', 'after the A/B test', ''];
const STAKEHOLDERS = ['VP Sales', 'Finance', 'CTO', 'Design', 'Legal', 'Support', 'Data Science', 'Marketing', 'Head of Product', 'Platform team', 'Customer Success'];
const TAGS = ['pricing', 'growth', 'retention', 'platform', 'enterprise', 'mobile', 'compliance', 'experiment', 'okr', 'roadmap'];
const KPIS = ['SMB churn', 'Activation rate', 'Trial conversion', 'NPS', 'Weekly active teams', 'Support tickets', 'Time to value', 'ARR', 'Checkout completion'];
const IMPACT_NUMBERS = ['Cut projected churn from 4.1% to 2.9% for the SMB tier', 'Raised trial conversion by 12%', 'Saved $120k a year in infrastructure', 'Brought 2,300 teams onto the new plan', 'Halved time to first value, 6 days to 3', 'Grew weekly active teams 3x in a quarter'];
const IMPACT_WORDS = ['Got the exec team behind one roadmap', 'Finance signed off on the pilot', 'Avoided a costly rebuild', 'The team now reviews the KPI weekly', 'Unblocked the partner launch'];
const COMMENTS = ['# carried over from the Q3 review', '# TODO: add the final numbers', '# shared with my manager', '# draft'];
const WORDS = ('the team customer data roadmap decision finance market signal churn pricing launch metric experiment review quarter goal ' +
  'stakeholders feedback interviews segment revenue retention onboarding funnel partner risk regulation competitor trend plan ' +
  'scope budget trade-off hypothesis result learned agreed proposed measured shipped paused reprioritized aligned presented ' +
  'with for from into after before because while although so that which our their new existing key early late weekly').split(' ');

function sentence(random) {
  const words = Array.from({ length: random.int(8, 18) }, () => random.pick(WORDS));
  if (random.chance(0.2)) {
    words.splice(random.int(1, words.length - 1), 0, `${random.int(2, 97)}%`);
  }
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random, sentences) {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ');
}

/** About 300 words in the STAR shape the snippets suggest. */
function body(random) {
  const sections = ['Situation', 'Task', 'Action', 'Result'].map((heading) => {
    const bullets = random.chance(0.3) ? ['', ...Array.from({ length: random.int(2, 4) }, () => `- ${sentence(random)}`)] : [];
    return [`## ${heading}`, '', paragraph(random, random.int(3, 5)), ...bullets, ''];
  });
  return sections.flat();
}

function list(items, style) {
  if (style === 'block') {
    return ['', ...items.map((item) => `  - ${item}`)];
  }
  return [`[${items.join(', ')}]`];
}

/** `key: value`, or a key followed by its block list lines. */
function field(key, valueLines) {
  const [first, ...rest] = valueLines;
  return [first === '' ? `${key}:` : `${key}: ${first}`, ...rest];
}

function elementsField(random, elements, broken) {
  const written = elements.map((element) => (random.chance(0.05) ? (random.chance(0.5) ? element.label : element.label.toLowerCase()) : element.id));
  if (broken === 'unknown-element') {
    written.push(random.pick(['growth-hacking', 'leadership', 'Execution']));
  }
  if (written.length === 1 && random.chance(0.3)) {
    return field('elements', [written[0]]);
  }
  return field('elements', list(written, random.chance(0.25) ? 'block' : 'flow'));
}

/**
 * @param random  the journal's Random
 * @param elements  the framework's elements ({ id, label })
 * @param date  YYYY-MM-DD, the entry's day
 * @param broken  undefined, or 'invalid-yaml' | 'unknown-element' | 'no-date'
 * @returns { title, frontmatter lines, text }
 */
/** `small`: a one-sentence body instead of a STAR story, for the stress journal of many small files. */
function syntheticEntry(random, elements, date, broken, small = false) {
  const title = `${random.pick(VERBS)} ${random.pick(OBJECTS)} ${random.pick(QUALIFIERS)}`.trim();
  const lines = ['---'];
  if (random.chance(0.1)) {
    lines.push(random.pick(COMMENTS));
  }
  lines.push(`title: ${random.chance(0.1) ? `"${title}"` : title}`);
  if (broken !== 'no-date' && random.chance(0.95)) {
    lines.push(`date: ${random.chance(0.1) ? `'${date}'` : date}`);
  }
  lines.push(...elementsField(random, random.pickDistinct(elements, random.int(1, 3)), broken));
  if (random.chance(0.8)) {
    lines.push(`impact: ${random.chance(0.6) ? random.pick(IMPACT_NUMBERS) : random.pick(IMPACT_WORDS)}`);
  }
  if (random.chance(0.6)) {
    const metrics = Array.from({ length: random.int(1, 3) }, () => {
      const from = random.int(5, 60);
      return random.chance(0.2) ? `${random.pick(KPIS)}: ${from}% -> ${from + random.int(1, 20)}%` : `${random.pick(KPIS)} ${from}% -> ${from + random.int(1, 20)}%`;
    });
    lines.push(...field('metrics', list(metrics, 'block')));
  }
  if (random.chance(0.7)) {
    lines.push(...field('stakeholders', list(random.pickDistinct(STAKEHOLDERS, random.int(1, 4)), 'flow')));
  }
  if (random.chance(0.6)) {
    const tags = list(random.pickDistinct(TAGS, random.int(1, 3)), 'flow');
    lines.push(...field('tags', random.chance(0.1) ? [`${tags[0]} # for the packet`] : tags));
  }
  if (random.chance(0.03)) {
    lines.push('confidential: true');
  }
  if (broken === 'invalid-yaml') {
    // An unclosed flow list or a stray indentation: the two slips people make most.
    lines.push(random.chance(0.5) ? 'owner: [VP Sales, Finance' : '  owner: me\n bad: indent');
  }
  lines.push('---', '', ...(small ? [sentence(random)] : body(random)));
  const text = lines.join('\n');
  return { title, text: random.chance(0.1) ? text.replace(/\n/g, '\r\n') : text };
}

module.exports = { syntheticEntry };
