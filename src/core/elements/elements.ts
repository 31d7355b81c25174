/** One strategic element of a promotion framework. The id is part of the file format. */
export interface StrategicElement {
  readonly id: string;
  readonly label: string;
  /** A shorter name for narrow places, such as the sidebar's rows; the label stands in when absent. */
  readonly shortLabel?: string;
  /** What counts as evidence for this element. */
  readonly description: string;
  /** Questions to ask while logging a win for this element. */
  readonly prompts: readonly string[];
  /** A codicon name, without the `$()` wrapper. */
  readonly icon: string;
}

/** The six strategic elements, the default framework (docs/elements.md; the ids are part of the file format). */
export const DEFAULT_ELEMENTS: readonly StrategicElement[] = [
  {
    id: 'business-context',
    label: 'Understand the business context',
    shortLabel: 'Business context',
    description:
      "Knowing the company's goals and market position (competitors, market trends, customer needs, industry dynamics) and tying product decisions to them.",
    prompts: [
      'Which company goal did this serve?',
      'What market, customer or competitor insight shaped it?',
      'Which decision changed because of it?',
    ],
    icon: 'globe',
  },
  {
    id: 'smart-goals',
    label: 'Set clear goals and objectives',
    shortLabel: 'Clear goals',
    description:
      "Goals for the product that are specific, measurable, achievable, relevant and time-bound, aligned with the organization's objectives, giving the team one direction.",
    prompts: [
      'What was the goal and how is it measured?',
      'By when?',
      'Which company objective does it roll up to?',
    ],
    icon: 'target',
  },
  {
    id: 'future-trends',
    label: 'Anticipate future trends and challenges',
    shortLabel: 'Future trends',
    description:
      'Seeing shifts early (new technology, changing customer behaviour, regulation, competitive threats) and adjusting the strategy before they hit.',
    prompts: [
      'What did you see coming before others did?',
      'Which risk did you head off, or which opportunity did you take?',
    ],
    icon: 'telescope',
  },
  {
    id: 'iterate-adapt',
    label: 'Iterate and adapt',
    description:
      'Treating plans as living: acting on feedback, data and market signals; pivoting, re-prioritizing and experimenting.',
    prompts: [
      'What new information changed the plan?',
      'What experiment did you run and what did you learn?',
    ],
    icon: 'sync',
  },
  {
    id: 'align-stakeholders',
    label: 'Align stakeholders',
    description:
      'Winning buy-in from executives, cross-functional teams and partners; communicating the vision, rationale and expected outcomes; building consensus on key decisions.',
    prompts: [
      'Who had to agree?',
      'What did you communicate, and how?',
      'Which decision or commitment came out of it?',
    ],
    icon: 'organization',
  },
  {
    id: 'measure-success',
    label: 'Measure and evaluate success',
    shortLabel: 'Measure success',
    description:
      'Defining KPIs, tracking them, and using the data to decide what comes next and to justify investment.',
    prompts: ['Which KPI moved, from what to what?', 'How did the data change the next decision?'],
    icon: 'graph',
  },
];

/** Ids and labels both match; case and surrounding spaces do not matter. */
export class ElementMatcher {
  private readonly byKey = new Map<string, StrategicElement>();

  constructor(readonly elements: readonly StrategicElement[] = DEFAULT_ELEMENTS) {
    for (const element of elements) {
      this.byKey.set(normalizeKey(element.id), element);
      this.byKey.set(normalizeKey(element.label), element);
    }
  }

  match(raw: string): StrategicElement | undefined {
    return this.byKey.get(normalizeKey(raw));
  }

  get(id: string): StrategicElement | undefined {
    return this.elements.find((element) => element.id === id);
  }
}

function normalizeKey(value: string): string {
  return value.trim().toLowerCase();
}
