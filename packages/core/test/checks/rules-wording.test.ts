import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/index.js';
import { findingsOf, screenedOutExample, variant } from './fixtures.js';

// What a finding says a reader must be able to act on: which text it is about. These cases pin the words
// that name the place, where the rules-conditions cases pin only the path.

type Recipe = (draft: Draft<Assessment>) => void;

const LATER = 'This will be assessed in a future EqIA once the detail is known.';
const messages = (ruleId: string, recipe: Recipe, base?: Assessment) =>
  findingsOf(ruleId, variant(recipe, base)).map((finding) => finding.message);

describe('assessment-not-deferred names the text that puts the assessment off', () => {
  const deferred = (recipe: Recipe, base?: Assessment) => messages('assessment-not-deferred', recipe, base);

  it('in an assessment: the analysis, an impact, the intersectionality and cumulative statements, the outcome', () => {
    const found = deferred((d) => {
      d.analysis.race!.impacts[0]!.description = LATER;
      d.analysis.religion_belief!.reasoning = LATER;
      d.intersectionality.noneFoundReasoning = LATER;
      d.intersectionality.cumulativeImpact = LATER;
      d.outcome!.rationale = LATER;
      d.actions = [];
    });
    const where = found.map((message) => message.split(' leaves the assessment to later')[0]);
    expect(new Set(where)).toEqual(
      new Set([
        'The Race impact "imp-race-trust"',
        'The Religion or belief analysis',
        'The intersectionality statement',
        'The cumulative impact statement',
        'The outcome',
      ]),
    );
  });

  it('in a screening-out: the rationale and a characteristic’s screening', () => {
    const found = deferred((d) => {
      d.screening.decision!.rationale = LATER;
      d.screening.answers.age!.reason = LATER;
    }, screenedOutExample);
    expect(found).toEqual([
      'The screening rationale leaves the assessment to later ("will be assessed in a future") without a dated action to assess it.',
      'Age’s screening leaves the assessment to later ("will be assessed in a future") without an interim view of the likely impact and its extent.',
      'Age’s screening leaves the assessment to later ("will be assessed in a future") without a dated action to assess it.',
    ]);
  });

  it('reads a screening-out with data gaps about other characteristics without failing', () => {
    const found = deferred((d) => {
      d.screening.answers.age!.reason = LATER;
      d.screening.answers.age!.likelyImpact = 'minor';
      d.evidence.gaps = [
        {
          id: 'gap-other',
          description: 'Who reads the translated versions.',
          characteristics: ['language'],
          actionIds: [],
        },
      ];
    }, screenedOutExample);
    expect(found).toEqual([
      'Age’s screening leaves the assessment to later ("will be assessed in a future") without a dated action to assess it.',
    ]);
  });
});

describe('absence-not-evidence in a screening-out', () => {
  const absent = (recipe: Recipe) => messages('absence-not-evidence', recipe, screenedOutExample);
  const noEvidence: Recipe = (d) => {
    d.screening.answers.disability!.reason = 'There is no evidence of any effect on disabled staff.';
  };

  it('accepts "no evidence" when the screening cites evidence about the characteristic, among others', () => {
    expect(absent(noEvidence)).toEqual([]);
    expect(
      absent((d) => {
        noEvidence(d);
        d.evidence.items.push({ ...d.evidence.items[0]!, id: 'ev-other', characteristics: ['age'] });
      }),
    ).toEqual([]);
    expect(
      absent((d) => {
        noEvidence(d);
        d.screening.evidenceIds = [];
      }),
    ).toEqual([
      'Disability is screened out on "no evidence", with no data gap recorded and no action to find out.',
    ]);
  });
});

// Appended, not inserted: Stryker's incremental file knows the tests above by their position.
describe('relevance-not-adverse asks a minor impact for its mitigation, anything else for its reason', () => {
  const said = (likelyImpact: 'minor' | 'none' | 'positive') =>
    messages(
      'relevance-not-adverse',
      (d) => void Object.assign(d.screening.answers.age!, { relevance: 'yes', likelyImpact, reason: '' }),
      screenedOutExample,
    );

  it('in the words that fit its likely impact', () => {
    expect(said('minor')).toEqual([
      'Age is marked relevant without a reason saying how the minor impact is mitigated.',
    ]);
    expect(said('none')).toEqual(['Age is marked relevant without a reason.']);
    expect(said('positive')).toEqual(['Age is marked relevant without a reason.']);
  });
});

describe('reasoning-specific reads the reasoning of a "no impact" conclusion only', () => {
  it('leaves a short reasoning beside identified impacts to the impacts themselves', () => {
    const short = (status: 'no_impact' | 'impacts_identified') =>
      findingsOf(
        'reasoning-specific',
        variant((d) => {
          Object.assign(d.analysis.sex!, { status, reasoning: 'None.' });
        }),
      ).map((finding) => finding.path);
    expect(short('impacts_identified')).toEqual([]);
    expect(short('no_impact')).toEqual(['analysis.sex.reasoning']);
  });
});

describe('review-date-set takes the latest reaffirmation', () => {
  it('of several, not an earlier one', () => {
    const reaffirmed = variant((d) => {
      d.monitoring.reaffirmations.push(
        { at: '2024-01-01T09:00:00Z', by: 'sam', nextReviewDate: '2025-01-01', note: '' },
        { at: '2025-01-01T09:00:00Z', by: 'sam', nextReviewDate: '2025-06-01', note: '' },
        { at: '2026-03-01T09:00:00Z', by: 'sam', nextReviewDate: '2026-09-01', note: '' },
      );
    });
    expect(findingsOf('review-date-set', reaffirmed)).toEqual([]);
  });
});
