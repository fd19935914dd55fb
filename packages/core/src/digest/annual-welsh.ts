import { englishFingerprint } from '../bilingual/english-fingerprint.js';
import { textFields } from '../bilingual/text-fields.js';
import type { Frozen } from '../frozen.js';
import type { Assessment } from '../schema/assessment.js';
import type { AnnualFacts } from './annual-facts.js';

/** The sections whose texts annual facts hold: the title, team and own groups; evidence; intersections; actions. */
const annualSections = ['policy', 'evidence', 'intersectionality', 'actions'] as const;

/**
 * The Welsh of the texts an assessment's annual facts hold, by their English, where the assessment has it and
 * it was written for the English as it is now: what a Welsh annual report shows in their place. Welsh
 * written for English changed since is left out, so the report shows the English, marked as English.
 * Undefined when there is none, as for every assessment of a body that publishes in English alone.
 */
export function annualWelshOf(
  assessment: Frozen<Assessment>,
  facts: AnnualFacts,
): Record<string, string> | undefined {
  const { welsh, welshOf = {} } = assessment;
  if (!welsh) return undefined;
  const texts = textsOf(facts);
  const found: [string, string][] = [];
  for (const { key, english } of textFields(assessment, annualSections)) {
    const text = welsh[key];
    if (!text?.trim() || !texts.has(english)) continue;
    const writtenFor = welshOf[key];
    if (writtenFor !== undefined && writtenFor !== englishFingerprint(english)) continue;
    found.push([english, text]);
  }
  // Own properties whatever the English says ("__proto__" included), as JSON keeps them.
  return found.length === 0 ? undefined : Object.fromEntries(found);
}

/** The texts an author wrote that the facts hold, each of which may have a Welsh version. */
function textsOf(facts: AnnualFacts): Set<string> {
  return new Set([
    facts.title,
    facts.team,
    ...facts.impacts.flatMap((count) => (count.group === undefined ? [] : [count.group])),
    ...facts.intersectional.flatMap((impact) => [
      impact.description,
      ...impact.members.map((member) => member.subgroup),
      ...(impact.group === undefined ? [] : [impact.group]),
    ]),
    ...facts.disparities.map((disparity) => disparity.evidenceTitle),
    ...facts.actions.map((action) => action.description),
  ]);
}
