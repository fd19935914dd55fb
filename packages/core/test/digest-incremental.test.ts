import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLanguage, createIncrementalDigest, digestAssessment } from '../src/checks.js';
import { welshMessages } from '../src/cy.js';
import {
  type Assessment,
  type AssessmentDigest,
  cafcassProfile,
  Profile,
  wording,
  workedExample,
} from '../src/index.js';
import { assessment, profile } from './checks/arbitraries.js';

const languages = [checkLanguage(wording(welshMessages))];

/** Any profile, publishing in English alone, or in Welsh too (its violations then kept in both). */
const publishingProfile = fc
  .tuple(profile, fc.boolean())
  .map(([p, welsh]) =>
    welsh ? Profile.parse({ ...p, languages: { publishes: ['cy', 'en'], default: 'cy' } }) : p,
  );

/** The digest as a store keeps it: through JSON. */
const stored = (digest: AssessmentDigest): unknown => JSON.parse(JSON.stringify(digest));

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/**
 * Replaces one part of `target` with the same part of `source`, going down `depth` levels where both
 * have it (picking among the keys by `pick`): a field, an item, or a whole section changes.
 */
function graft(target: Json, source: Json, pick: number[], depth: number): void {
  const keys = Object.keys(source);
  let key = keys[(pick[0] ?? 0) % keys.length];
  if (key === undefined) return;
  // An item past the end of a shorter list is added at its end: a list never has holes.
  if (Array.isArray(target) && Number(key) > target.length) key = String(target.length);
  const [inner, from] = [target[key], source[key]];
  if (depth > 0 && isObject(inner) && isObject(from) && Object.keys(from).length > 0) {
    graft(inner, from, pick.slice(1), depth - 1);
  } else target[key] = structuredClone(from);
}

const edit = fc.record({
  from: assessment,
  pick: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
  depth: fc.integer({ min: 0, max: 4 }),
  /** The same object changed in place, as a caller holding a mutable copy would. */
  inPlace: fc.boolean(),
  /** Digested under another profile from this version on. */
  newProfile: fc.option(publishingProfile, { nil: undefined }),
});

describe('a digest kept across versions of one assessment', () => {
  it('is, after any run of edits, what digestAssessment gives for each version', () => {
    fc.assert(
      fc.property(
        assessment,
        publishingProfile,
        fc.array(edit, { maxLength: 8 }),
        (first, startProfile, edits) => {
          const kept = createIncrementalDigest();
          let current: Assessment = structuredClone(first);
          let under = startProfile;
          expect(stored(kept.digest(current, under, languages))).toEqual(
            stored(digestAssessment(current, under, languages)),
          );
          for (const { from, pick, depth, inPlace, newProfile } of edits) {
            const next = inPlace ? current : structuredClone(current);
            graft(next as unknown as Json, from as unknown as Json, pick, depth);
            current = next;
            under = newProfile ?? under;
            expect(stored(kept.digest(current, under, languages))).toEqual(
              stored(digestAssessment(current, under, languages)),
            );
          }
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);

  it('follows a frozen assessment edited field by field, as a session saves it', () => {
    const kept = createIncrementalDigest();
    let current: Assessment = workedExample;
    const versions: Assessment[] = [
      { ...current, policy: { ...current.policy, scope: `${current.policy.scope} (edited)` } },
      { ...current, screening: { ...current.screening, decision: undefined } },
      { ...current, actions: [] },
      { ...current, analysis: {} },
      workedExample,
    ];
    expect(kept.digest(current, cafcassProfile, languages)).toEqual(
      digestAssessment(current, cafcassProfile, languages),
    );
    for (const version of versions) {
      current = Object.freeze(version);
      expect(stored(kept.digest(current, cafcassProfile, languages))).toEqual(
        stored(digestAssessment(current, cafcassProfile, languages)),
      );
    }
  });
});
