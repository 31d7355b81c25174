import { DEFAULT_ELEMENTS, type StrategicElement } from './elements';

/** A user-defined list of elements, as in a framework file or the setting. */
export interface Framework {
  readonly name: string;
  readonly elements: readonly StrategicElement[];
}

export const DEFAULT_FRAMEWORK: Framework = { name: 'Strategic product management', elements: DEFAULT_ELEMENTS };

export type FrameworkResult = { readonly framework: Framework } | { readonly error: string };

const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const ICON = /^[a-z0-9-]+$/;
const MAX_ELEMENTS = 30;
const DEFAULT_ICON = 'circle-large-outline';

/**
 * Validates a framework: either a list of elements, or `{ name, elements }`.
 * The first problem found is returned as one sentence naming the element and field.
 */
export function parseFramework(value: unknown, fallbackName = 'Custom framework'): FrameworkResult {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const list = isObject ? (value as { elements?: unknown }).elements : value;
  const name = isObject && typeof (value as { name?: unknown }).name === 'string' ? (value as { name: string }).name.trim() : '';
  if (!Array.isArray(list)) {
    return { error: 'a framework is a list of elements, or an object with an "elements" list' };
  }
  if (list.length === 0 || list.length > MAX_ELEMENTS) {
    return { error: `a framework needs from 1 to ${MAX_ELEMENTS} elements; this one has ${list.length}` };
  }
  const elements: StrategicElement[] = [];
  const seen = new Set<string>();
  for (const [index, item] of list.entries()) {
    const where = `element ${index + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      return { error: `${where} must be an object with "id", "label", "description" and "prompts"` };
    }
    const { id, label, shortLabel, description, prompts, icon } = item as Record<string, unknown>;
    if (typeof id !== 'string' || !ID.test(id)) {
      return { error: `${where}: "id" must be lowercase letters, digits and dashes, such as "technical-leadership"` };
    }
    if (seen.has(id)) {
      return { error: `${where}: the id "${id}" is used twice` };
    }
    seen.add(id);
    if (typeof label !== 'string' || !label.trim()) {
      return { error: `${where} ("${id}"): "label" must be a non-empty text` };
    }
    if (shortLabel !== undefined && (typeof shortLabel !== 'string' || !shortLabel.trim())) {
      return { error: `${where} ("${id}"): "shortLabel" must be a non-empty text, or left out` };
    }
    if (typeof description !== 'string') {
      return { error: `${where} ("${id}"): "description" must be a text saying what counts as evidence` };
    }
    if (!Array.isArray(prompts) || prompts.some((prompt) => typeof prompt !== 'string')) {
      return { error: `${where} ("${id}"): "prompts" must be a list of questions` };
    }
    if (icon !== undefined && (typeof icon !== 'string' || !ICON.test(icon))) {
      return { error: `${where} ("${id}"): "icon" must be a codicon name, such as "rocket"` };
    }
    const short = typeof shortLabel === 'string' ? { shortLabel: shortLabel.trim() } : {};
    elements.push({ id, label: label.trim(), ...short, description: description.trim(), prompts: prompts.map((prompt: string) => prompt.trim()).filter(Boolean), icon: icon ?? DEFAULT_ICON });
  }
  const labels = new Set<string>();
  for (const element of elements) {
    const key = element.label.toLowerCase();
    if (labels.has(key) || (seen.has(key) && key !== element.id)) {
      return { error: `the label "${element.label}" is used twice, or is another element's id` };
    }
    labels.add(key);
  }
  return { framework: { name: name || fallbackName, elements } };
}
