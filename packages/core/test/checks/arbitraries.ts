import fc from 'fast-check';
import { rules } from '../../src/checks.js';
import {
  Assessment,
  type AssessmentInput,
  cafcassProfile,
  catalogue,
  defaultProfile,
  Profile,
} from '../../src/index.js';

// Random assessments built from the schema's pieces. Ids come from small pools so links sometimes resolve
// and sometimes dangle; texts from a pool so that pasting and blanks both happen.

const ids = fc.constantFrom('a', 'b', 'c', 'ev-1', 'gap-1', 'act-1', 'imp-1');
const characteristic = fc.constantFrom(...catalogue.map((c) => c.id), 'rurality');
const audience = fc.constantFrom('staff', 'children_young_people', 'service_users', 'martians');
const text = fc.oneof(
  fc.constantFrom('', '  ', 'No impact.', 'No impact on age has been found in the evidence.'),
  fc.string(),
);
const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
export const instant = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const aim = fc.constantFrom('eliminateDiscrimination', 'advanceEquality', 'fosterGoodRelations' as const);

const impactFields = {
  id: ids,
  audience,
  direction: fc.constantFrom('positive', 'negative', 'neutral', 'unknown' as const),
  severity: optional(fc.constantFrom('low', 'medium', 'high' as const)),
  aims: fc.uniqueArray(aim),
  discriminationRisk: optional(
    fc.constantFrom('direct', 'indirect', 'harassment', 'reasonable_adjustments' as const),
  ),
  description: text,
  evidenceIds: fc.array(ids, { maxLength: 2 }),
  mitigation: text,
  actionIds: fc.array(ids, { maxLength: 2 }),
  residualSeverity: optional(fc.constantFrom('none', 'low', 'medium', 'high' as const)),
  justification: text,
};
const impact = fc.record(impactFields, { requiredKeys: ['id', 'audience', 'direction', 'description'] });

const assessmentInput: fc.Arbitrary<AssessmentInput> = fc.record({
  schemaVersion: fc.constant(1 as const),
  id: fc.constant('eqia-prop'),
  revision: fc.integer({ min: 1, max: 3 }),
  createdBy: fc.constantFrom('amara', 'ben'),
  createdAt: instant,
  approvalChain: fc.constantFrom(cafcassProfile.approvalChain, [
    { ...cafcassProfile.approvalChain[0]!, senior: false },
  ]),
  policy: fc.record({
    title: fc.constant('A policy'),
    aims: text,
    audiences: fc.array(audience, { maxLength: 3 }),
  }),
  decision: fc.record(
    { maker: text, makerRole: text, date: optional(day), makerBriefed: fc.boolean() },
    { requiredKeys: [] },
  ),
  screening: fc.record({
    answers: fc.dictionary(
      characteristic,
      fc.record({ relevance: fc.constantFrom('yes', 'no', 'unsure' as const), reason: text }),
    ),
    decision: optional(
      fc.record({
        kind: fc.constantFrom('full_assessment', 'not_required' as const),
        rationale: text,
        decidedBy: fc.constantFrom('amara', 'sam', 'nobody'),
        decidedAt: instant,
      }),
    ),
  }),
  evidence: fc.record({
    items: fc.array(
      fc.record(
        {
          id: ids,
          kind: fc.constantFrom(
            'data',
            'research',
            'consultation',
            'feedback',
            'complaints',
            'census',
            'other' as const,
          ),
          title: fc.constant('Evidence'),
          source: text,
          date: optional(day),
          characteristics: fc.array(characteristic, { maxLength: 3 }),
          summary: text,
        },
        { requiredKeys: ['id', 'kind', 'title'] },
      ),
      { maxLength: 4 },
    ),
    gaps: fc.array(
      fc.record({
        id: ids,
        description: text,
        characteristics: fc.array(characteristic, { maxLength: 2 }),
        actionIds: fc.array(ids, { maxLength: 2 }),
      }),
      { maxLength: 3 },
    ),
  }),
  engagement: fc.array(
    fc.record(
      {
        id: ids,
        stakeholder: optional(fc.constantFrom('fjypb', 'family_forum', 'unknown_group')),
        who: fc.constant('A group'),
        date: optional(day),
        characteristics: fc.array(characteristic, { maxLength: 3 }),
        whatTheySaid: text,
        whatChanged: text,
      },
      { requiredKeys: ['id', 'who'] },
    ),
    { maxLength: 3 },
  ),
  analysis: fc.dictionary(
    characteristic,
    fc.record({
      status: fc.constantFrom('not_assessed', 'no_impact', 'impacts_identified' as const),
      reasoning: text,
      evidenceIds: fc.array(ids, { maxLength: 2 }),
      gapIds: fc.array(ids, { maxLength: 2 }),
      impacts: fc.array(impact, { maxLength: 3 }),
    }),
  ),
  intersectionality: fc.record({
    impacts: fc.array(
      fc.record({
        ...impactFields,
        members: fc.array(fc.record({ characteristic, subgroup: text }), { minLength: 2, maxLength: 3 }),
      }),
      { maxLength: 2 },
    ),
    noneFoundReasoning: text,
    cumulativeImpact: text,
  }),
  generalDuty: fc.record({ eliminateDiscrimination: text, advanceEquality: text, fosterGoodRelations: text }),
  outcome: optional(
    fc.record({
      kind: fc.constantFrom('no_major_change', 'adjust', 'continue', 'stop' as const),
      rationale: text,
      legitimateAim: text,
      alternativesConsidered: text,
      proportionality: text,
    }),
  ),
  actions: fc.array(
    fc.record(
      {
        id: ids,
        description: fc.constant('Do something'),
        impactIds: fc.array(ids, { maxLength: 2 }),
        gapIds: fc.array(ids, { maxLength: 2 }),
        owner: text,
        dueDate: optional(day),
        measure: text,
        status: fc.constantFrom('open', 'in_progress', 'done', 'dropped' as const),
      },
      { requiredKeys: ['id', 'description'] },
    ),
    { maxLength: 4 },
  ),
  monitoring: fc.record(
    {
      arrangements: text,
      nextReviewDate: optional(day),
      reaffirmations: fc.array(fc.record({ by: fc.constant('sam'), at: instant, nextReviewDate: day }), {
        maxLength: 2,
      }),
    },
    { requiredKeys: [] },
  ),
  review: fc.record({
    approvals: fc.array(
      fc.record({
        stage: fc.constantFrom('equality_review', 'senior_sign_off', 'other'),
        decision: fc.constantFrom('approved', 'changes_requested' as const),
        by: fc.constant('sam'),
        role: fc.constant('approver'),
        at: instant,
      }),
      { maxLength: 3 },
    ),
  }),
});

export const assessment = assessmentInput
  .map((input) => Assessment.safeParse(input))
  .filter((result) => result.success)
  .map((result) => result.data!);

const overrides = fc.dictionary(
  fc.constantFrom(...rules.map((r) => r.id)),
  fc.constantFrom('error', 'warning', 'info', 'off' as const),
);
export const profile = fc
  .tuple(fc.constantFrom(cafcassProfile, defaultProfile), overrides)
  .map(([base, ruleOverrides]) => Profile.parse({ ...base, ruleOverrides }));
