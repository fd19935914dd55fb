import { describe, expect, it } from 'vitest';
import { check, rules } from '../src/checks.js';
import { type CorpusCase, profileFor } from './corpus/build.js';
import { corpus } from './corpus/index.js';

const findings = ({ assessment, nation, now }: CorpusCase) => check(assessment, profileFor(nation), { now });

describe('the corpus of assessments written as UK public bodies publish them', () => {
  it('covers the four nations, screen-outs and full assessments, good and weak ones', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(16);
    expect(new Set(corpus.map((c) => c.nation))).toEqual(
      new Set(['england', 'wales', 'scotland', 'northern_ireland']),
    );
    expect(corpus.some((c) => c.quality === 'good') && corpus.some((c) => c.quality === 'weak')).toBe(true);
    for (const c of corpus) if (c.quality === 'weak') expect(c.weaknesses.length, c.name).toBeGreaterThan(0);
  });

  it.each(corpus)(
    '$name ($nation, $quality): every weakness an expert raises is flagged by its rule',
    (c) => {
      const flagged = new Set(findings(c).map((f) => f.ruleId));
      for (const { rule, says } of c.weaknesses) {
        expect(
          rules.some((r) => r.id === rule),
          `no rule ${rule}`,
        ).toBe(true);
        expect(flagged.has(rule), `${rule} should flag: ${says}`).toBe(true);
      }
    },
  );

  it.each(corpus.filter((c) => c.quality === 'good'))('$name ($nation) raises no error', (c) => {
    expect(
      findings(c)
        .filter((f) => f.severity === 'error')
        .map((f) => `${f.ruleId}: ${f.message}`),
    ).toEqual([]);
  });
});
