/**
 * A catalogue flattened to its messages, keyed by message id: the dotted path to each string
 * ("values.labels.lifecycleState.draft", "characteristics.age.prompts.0"). A message with values is a
 * function of one record of them; it is shown as its template, each value named in braces
 * ("Equality impact assessment: {policy}"), which is what a translator or reviewer reads.
 */
export function messageTexts(catalogue: object, prefix = ''): Record<string, string> {
  const texts: Record<string, string> = {};
  const visit = (value: unknown, id: string) => {
    if (typeof value === 'string') texts[id] = value;
    else if (typeof value === 'function') texts[id] = String(value(placeholders));
    else if (value && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) visit(child, id ? `${id}.${key}` : key);
  };
  visit(catalogue, prefix);
  return texts;
}

/** Any value a message asks for reads as its own name in braces: `{policy}`. */
const placeholders = new Proxy(
  {},
  { get: (_target, name) => (typeof name === 'string' ? `{${name}}` : undefined) },
);

/** One message in both languages, and whether a Welsh speaker has checked the Welsh. */
export interface ReviewRow {
  id: string;
  en: string;
  cy: string;
  reviewed: boolean;
}

/**
 * Every message of a catalogue in English and Welsh, for a Welsh speaker to check. `reviewed` holds the
 * Welsh text each checked message had: a message changed since reads as unreviewed again.
 */
export function reviewRows(
  english: object,
  welsh: object,
  reviewed: Readonly<Record<string, string>>,
  prefix = '',
): ReviewRow[] {
  const en = messageTexts(english, prefix);
  const cy = messageTexts(welsh, prefix);
  return Object.keys(en).map((id) => ({
    id,
    en: en[id] ?? '',
    cy: cy[id] ?? '',
    reviewed: cy[id] !== undefined && reviewed[id] === cy[id],
  }));
}
