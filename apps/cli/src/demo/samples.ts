import type { AnswersFile } from '../answers/schema.js';

/** The titles of the samples made from the worked example, by sample id (the in-review one keeps its own). */
export const fhdraTitles = {
  'fhdra-pathfinder': 'Video by default for FHDRAs in the Pathfinder courts',
  'fhdra-pilot': 'Video FHDRA pilot in three designated family judge areas',
} as const;

/** The equality lead's comment on approving the published sample. */
export const approvalComment = 'Thorough; the child-voice action is a good response to the FJYPB.';

/** A draft: policy details and some of the screening done, the rest still to do. */
export const hybridWorkingDraft: AnswersFile = {
  policy: {
    title: 'Hybrid working for Family Court Advisers',
    summary: '',
    reference: 'HR-PL-2026-11',
    kind: 'policy',
    novelty: 'revised',
    team: 'People directorate',
    owner: 'ben',
    contributors: [],
    assessmentTeam: [
      { name: 'Ben Hughes', role: 'Service Manager' },
      { name: 'Priya Shah', role: 'HR Business Partner' },
    ],
    otherGroups: [],
    aims: 'Let Family Court Advisers split their week between home, the office and court, with at least two days a week in person with colleagues, so that practice learning and wellbeing improve without losing flexibility.',
    scope:
      'All Family Court Advisers and their managers in England. Business support staff are covered by a separate policy.',
    audiences: ['staff', 'children_young_people'],
    relatedPolicies: 'Flexible working policy; office estate review 2026.',
  },
  screening: {
    answers: {
      age: {
        relevance: 'yes',
        reason: 'Newly qualified advisers, who are mostly younger, learn most from being near colleagues.',
      },
      disability: {
        relevance: 'yes',
        reason: 'Office days may need reasonable adjustments; home working suits some conditions.',
      },
      carers: {
        relevance: 'yes',
        reason: 'Fixed office days are harder to arrange around school runs and caring.',
      },
      pregnancy_maternity: {
        relevance: 'unsure',
        reason: 'Check with the People team how office days work around antenatal care.',
      },
    },
  },
};

const no = (reason: string) => ({ relevance: 'no' as const, reason });

/** A screened-out record: nothing in the policy bears on any characteristic, and each reason says why. */
export const stationeryScreenedOut: AnswersFile = {
  policy: {
    title: 'Renewal of the office stationery supply contract',
    summary:
      'We are renewing the contract for paper, pens and toner on the same terms. Nothing changes for staff or for the families we work with, so no full equality impact assessment is needed.',
    reference: 'PROC-2026-042',
    kind: 'procurement',
    novelty: 'existing',
    team: 'Finance and commercial',
    owner: 'ben',
    contributors: [],
    assessmentTeam: [],
    otherGroups: [],
    aims: 'Renew the framework contract for paper, pens and toner on the same terms, through the Crown Commercial Service framework.',
    scope: 'Office consumables for all Cafcass offices. No change to what staff or families receive.',
    audiences: ['staff'],
    relatedPolicies: '',
  },
  screening: {
    answers: {
      age: no('Same products and ordering as now; nothing depends on age.'),
      disability: no(
        'Accessible formats and equipment are bought under the reasonable adjustments budget, not this contract.',
      ),
      gender_reassignment: no('The contract involves no personal data or identity questions.'),
      marriage_civil_partnership: no('Not relevant to the terms of anyone’s work.'),
      pregnancy_maternity: no('No change to working conditions or equipment.'),
      race: no('The supplier’s own equality duties are covered by the framework terms.'),
      religion_belief: no('No change to what is bought or how it is used.'),
      sex: no('No difference in effect between women and men: same items for everyone.'),
      sexual_orientation: no('The contract collects no data and affects no service.'),
      carers: no('Ordering and delivery arrangements are unchanged.'),
      language: no('No public-facing material is produced under the contract.'),
    },
    decision: {
      kind: 'not_required',
      rationale:
        'A like-for-like renewal of office consumables with no change to services, staff terms or data: no characteristic is affected.',
    },
  },
};
