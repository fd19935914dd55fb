import { type Draft, produce } from 'immer';
import { check, rules } from '../../src/checks.js';
import {
  type Assessment,
  cafcassProfile,
  type Finding,
  type Profile,
  parseAssessment,
  workedExample,
  workedExampleNow,
} from '../../src/index.js';

export const now = workedExampleNow;

/** The worked example with one thing changed. */
export const variant = (recipe: (draft: Draft<Assessment>) => void, base: Assessment = workedExample) =>
  produce(base, recipe);

/** A small screened-out assessment, authorised, that passes every check: a change with no bearing on any group. */
export const screenedOutExample: Assessment = parseAssessment({
  schemaVersion: 1,
  id: 'eqia-2026-011',
  revision: 1,
  createdBy: 'ben',
  createdAt: '2026-02-02T09:00:00Z',
  approvalChain: cafcassProfile.approvalChain,
  policy: {
    title: 'Renumbering of internal practice guidance documents',
    kind: 'procedure',
    owner: 'ben',
    aims: 'Give every practice guidance document a stable number so staff can cite it.',
    audiences: ['staff'],
    assessmentTeam: [
      { name: 'Ben Hughes', role: 'Service Manager' },
      { name: 'Julie Brown', role: 'Strategic Lead for EDI' },
    ],
  },
  decision: {
    maker: 'Head of Practice Policy',
    makerRole: 'Head of Practice Policy',
    date: '2026-03-20',
    makerBriefed: true,
  },
  evidence: {
    items: [
      {
        id: 'ev-index',
        kind: 'data',
        title: 'Index of practice guidance documents and their formats, January 2026',
        source: 'Practice policy team',
        date: '2026-01',
        characteristics: ['disability', 'language'],
        summary:
          '214 documents, each with an accessible version; 31 translated into Welsh or other languages.',
        limitations: 'Lists the documents, not who reads them.',
      },
    ],
  },
  screening: {
    evidenceIds: ['ev-index'],
    answers: {
      age: {
        relevance: 'no',
        reason: 'Only document numbers change; nothing asks staff to do anything new at any age.',
      },
      disability: {
        relevance: 'no',
        reason: 'Documents keep their accessible formats; screen readers read the new numbers as before.',
      },
      gender_reassignment: {
        relevance: 'no',
        reason: 'Numbering records nothing about sex or gender, so no history can be disclosed.',
      },
      marriage_civil_partnership: {
        relevance: 'no',
        reason: 'No term of employment changes, so partnership status cannot affect treatment.',
      },
      pregnancy_maternity: {
        relevance: 'no',
        reason:
          'Staff on maternity leave find documents by title or number, with the old numbers redirected.',
      },
      race: {
        relevance: 'no',
        reason: 'The change is a clerical numbering scheme with no judgement about people or communities.',
      },
      religion_belief: {
        relevance: 'no',
        reason: 'No dates, times or practices change, so observance is unaffected by renumbering.',
      },
      sex: {
        relevance: 'no',
        reason: 'Guidance content is unchanged; women and men use the same documents exactly as before.',
      },
      sexual_orientation: {
        relevance: 'no',
        reason: 'Nothing in a document number assumes a family form or relates to orientation.',
      },
      carers: {
        relevance: 'no',
        reason: 'No working pattern or deadline moves, so caring responsibilities are not touched.',
      },
      language: {
        relevance: 'no',
        reason: 'Translated versions are renumbered together with the English originals, on the same day.',
      },
    },
    decision: {
      kind: 'not_required',
      rationale: 'A clerical change to document numbers with no effect on what any person is asked to do.',
      decidedBy: 'ben',
      decidedAt: '2026-02-03T10:00:00Z',
    },
  },
  review: {
    approvals: [
      {
        stage: 'equality_review',
        decision: 'approved',
        by: 'julie',
        role: 'equality_lead',
        at: '2026-02-05T11:00:00Z',
        attestation: 'Reviewed.',
      },
      {
        stage: 'senior_sign_off',
        decision: 'approved',
        by: 'sam',
        role: 'approver',
        at: '2026-02-10T15:00:00Z',
        attestation: 'Authorised.',
      },
    ],
  },
  monitoring: { nextReviewDate: '2027-02-01' },
});

/** Findings of one rule only, so a case reads exactly what that rule says. */
export function findingsOf(
  ruleId: string,
  assessment: Assessment,
  profile: Profile = cafcassProfile,
): Finding[] {
  const rule = rules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return check(assessment, profile, { now, rules: [rule] });
}
