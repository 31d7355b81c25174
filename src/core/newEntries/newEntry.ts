import { stringify } from 'yaml';
import type { CalendarDay } from '../dates/calendarDay';
import type { StrategicElement } from '../elements/elements';

export interface NewEntry {
  readonly title: string;
  readonly date: CalendarDay;
  readonly elements: readonly StrategicElement[];
  readonly impact?: string;
  /** Text the user had selected: it becomes the first paragraph of the body. */
  readonly firstParagraph?: string;
}

export interface RenderedEntry {
  readonly text: string;
  /** Where the user starts writing: a zero-based line and column. */
  readonly cursor: { readonly line: number; readonly character: number };
}

/** One YAML scalar on one line, quoted only when YAML needs it. */
function yamlScalar(value: string): string {
  return stringify(value.replace(/\s+/g, ' ').trim(), { lineWidth: 0 }).trimEnd();
}

/**
 * The text of a new entry: frontmatter, then a section per element with its
 * prompts as a comment, so the writer sees the questions and the rendered
 * markdown does not.
 */
export function renderNewEntry(entry: NewEntry, eol = '\n'): RenderedEntry {
  const lines = [
    '---',
    `title: ${yamlScalar(entry.title)}`,
    `date: ${entry.date}`,
    `elements: [${entry.elements.map((element) => element.id).join(', ')}]`,
  ];
  if (entry.impact?.trim()) {
    lines.push(`impact: ${yamlScalar(entry.impact)}`);
  }
  lines.push('---', '');
  let cursor: RenderedEntry['cursor'] | undefined;
  const paragraph = entry.firstParagraph?.replace(/\r\n?/g, '\n').trim();
  if (paragraph) {
    lines.push(...paragraph.split('\n'));
    cursor = { line: lines.length - 1, character: lines[lines.length - 1].length };
    lines.push('');
  }
  for (const element of entry.elements) {
    lines.push(`## ${element.label}`, '', `<!-- ${element.prompts.join(' ')} -->`, '');
    if (!cursor) {
      cursor = { line: lines.length - 1, character: 0 };
    }
    lines.push('');
  }
  if (!cursor) {
    cursor = { line: lines.length - 1, character: 0 };
    lines.push('');
  }
  return { text: lines.join(eol), cursor };
}
