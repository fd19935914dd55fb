import { approvedOn, type CorpusCase, evidence, found, none, record } from './build.js';

/** A good screen-out: a council's plain-English letter templates, with its evidence and a senior approval. */
const letterTemplates: CorpusCase = {
  name: 'Council tax letter templates rewritten in plain English (screen-out)',
  nation: 'england',
  kind: 'screen-out',
  quality: 'good',
  now: '2026-04-20T09:00:00Z',
  weaknesses: [],
  assessment: record({
    id: 'eng-letters',
    createdBy: 'officer',
    createdAt: '2026-03-02T09:00:00Z',
    policy: {
      title: 'Plain-English council tax reminder letters',
      kind: 'procedure',
      novelty: 'revised',
      aims: 'Rewrite the five council tax reminder letters in plain English, keeping every legal statement, so that residents understand what they owe and how to get help.',
      audiences: ['public'],
      assessmentTeam: [
        { name: 'Dana Price', role: 'Revenues team leader' },
        { name: 'Sam Okoye', role: 'Equality and diversity adviser' },
      ],
    },
    decision: {
      maker: 'Head of Revenues',
      makerRole: 'Head of Revenues',
      date: '2026-05-05',
      makerBriefed: true,
    },
    evidence: {
      items: [
        evidence(
          'ev-readability',
          'research',
          'Readability test of the new letters with 24 residents',
          '2026-02',
          ['age', 'disability', 'race'],
          'Residents aged 19 to 81, six with a learning disability or dyslexia, found the new letters clearer; nobody found them harder.',
          '24 residents recruited through the library and a disability forum; no residents whose first language is not English.',
        ),
      ],
    },
    screening: {
      evidenceIds: ['ev-readability'],
      answers: {
        age: {
          relevance: 'yes',
          likelyImpact: 'positive',
          reason: 'Older residents in the test found the new wording easier to follow than the old.',
        },
        disability: {
          relevance: 'yes',
          likelyImpact: 'positive',
          reason:
            'Plain English and larger type help residents with learning disabilities and dyslexia; large print and Braille remain on request.',
        },
        gender_reassignment: {
          relevance: 'no',
          reason:
            'The letters address the liable person by the name on the account and ask nothing about gender.',
        },
        marriage_civil_partnership: {
          relevance: 'no',
          reason:
            'Joint liability wording is unchanged in law and in the letters; only the surrounding sentences are simplified.',
        },
        pregnancy_maternity: {
          relevance: 'no',
          reason:
            'No deadline, payment date or enforcement step changes, so nothing falls differently during pregnancy or leave.',
        },
        race: {
          relevance: 'yes',
          likelyImpact: 'positive',
          reason:
            'Simpler English helps residents who read English as a second language; the translation offer is now on the first page.',
        },
        religion_belief: {
          relevance: 'no',
          reason:
            'Payment dates and office opening times are unchanged; the letters say nothing touching belief or observance.',
        },
        sex: {
          relevance: 'no',
          reason:
            'The same letter goes to every liable person; nothing in the wording or process differs for women or men.',
        },
        sexual_orientation: {
          relevance: 'no',
          reason:
            'The letters address one liable person or joint payers by name and make no assumption about relationships.',
        },
      },
      decision: {
        kind: 'not_required',
        rationale:
          'Wording only: every relevant characteristic is affected positively, and no step, date or amount changes.',
        decidedBy: 'officer',
        decidedAt: '2026-03-10T10:00:00Z',
      },
    },
    review: approvedOn('2026-03-20', '2026-04-02'),
    monitoring: { nextReviewDate: '2027-03-01' },
  }),
};

/** A weak screen-out: it leans on a strategy's EqIA it does not link, and on complaints never received. */
const parkingPermits: CorpusCase = {
  name: 'Digital-only resident parking permits (screen-out)',
  nation: 'england',
  kind: 'transport',
  quality: 'weak',
  now: '2026-05-11T09:00:00Z',
  weaknesses: [
    {
      rule: 'screening-out-evidenced',
      says: 'Relies on the parking strategy EqIA without linking it or saying why it covers a digital-only change.',
    },
    {
      rule: 'absence-not-evidence',
      says: 'Disability screened out because no complaints have been received; nothing done to find out.',
    },
    {
      rule: 'relevance-not-adverse',
      says: 'Age is marked relevant, but the likely impact on older residents without internet is not weighed.',
    },
    { rule: 'more-than-one-mind', says: 'One officer wrote and screened it; nobody else involved.' },
  ],
  assessment: record({
    id: 'eng-permits',
    createdBy: 'officer',
    createdAt: '2026-05-01T09:00:00Z',
    policy: {
      title: 'Resident parking permits: online applications only',
      kind: 'service_change',
      aims: 'Move all resident parking permit applications and renewals online and stop paper forms, to cut processing costs.',
      audiences: ['public'],
    },
    decision: { maker: 'Cabinet Member for Transport', date: '2026-06-01', makerBriefed: true },
    screening: {
      answers: {
        age: {
          relevance: 'yes',
          reason: 'Some older residents may prefer paper forms for their permit renewals.',
        },
        disability: {
          relevance: 'no',
          reason:
            'No complaints have been received from disabled residents about the online parking service.',
        },
        gender_reassignment: {
          relevance: 'no',
          reason: 'Permits record a vehicle and address only, never gender, so nothing changes here.',
        },
        marriage_civil_partnership: {
          relevance: 'no',
          reason: 'Permits are per household address and not per couple, so status is irrelevant.',
        },
        pregnancy_maternity: {
          relevance: 'no',
          reason: 'The permit rules and prices stay the same; only the way of applying moves online.',
        },
        race: {
          relevance: 'no',
          reason:
            'This was covered by the parking strategy EqIA agreed by cabinet in 2023 for all permit zones.',
        },
        religion_belief: {
          relevance: 'no',
          reason: 'Visitor permits for places of worship are unchanged by moving applications online.',
        },
        sex: {
          relevance: 'no',
          reason: 'Applications ask the same questions of everyone and the prices do not differ by sex.',
        },
        sexual_orientation: {
          relevance: 'no',
          reason: 'Nothing about the permit application touches on relationships or sexual orientation.',
        },
      },
      decision: {
        kind: 'not_required',
        rationale: 'Covered by the parking strategy EqIA; a process change only.',
        decidedBy: 'officer',
        decidedAt: '2026-05-04T10:00:00Z',
      },
    },
    monitoring: { nextReviewDate: '2027-05-01' },
  }),
};

/** A weak closure: the decision taken first, staff-only engagement, "no impact" on data nobody holds. */
const dayCentre: CorpusCase = {
  name: 'Closure of a day centre for older people',
  nation: 'england',
  kind: 'closure',
  quality: 'weak',
  now: '2026-02-16T09:00:00Z',
  weaknesses: [
    {
      rule: 'due-regard-before-decision',
      says: 'Cabinet decided the closure before the assessment was screened; the record says the decision was already taken.',
    },
    {
      rule: 'engagement-reaches-affected',
      says: 'Only the centre staff and the project team were engaged; none of the 60 people who attend, or their carers.',
    },
    {
      rule: 'absence-not-evidence',
      says: 'Religion or belief concluded as no impact because "we do not hold data" on attendees’ faith.',
    },
    {
      rule: 'high-severity-engaged',
      says: 'A high negative impact on disabled attendees with no disabled person or representative group asked.',
    },
  ],
  assessment: record({
    id: 'eng-day-centre',
    createdBy: 'officer',
    createdAt: '2026-01-20T09:00:00Z',
    policy: {
      title: 'Closure of Elm Road day centre',
      kind: 'service_change',
      aims: 'Close the Elm Road day centre and offer attendees places at two community hubs, saving £310,000 a year.',
      audiences: ['service_users', 'staff'],
      contributors: ['manager'],
    },
    decision: {
      maker: 'Cabinet',
      makerRole: 'Cabinet',
      date: '2026-01-14',
      alreadyTaken: true,
      makerBriefed: false,
    },
    evidence: {
      items: [
        evidence(
          'ev-register',
          'data',
          'Day centre register, 2025',
          '2025-12',
          ['age', 'disability', 'sex'],
          '60 regular attendees, average age 81; 44 have dementia or a physical disability; 41 are women.',
          'Register only; carers’ needs not recorded.',
        ),
      ],
    },
    engagement: [
      {
        id: 'eng-staff',
        who: 'Day centre staff and the project team',
        audience: 'staff',
        date: '2026-01-22',
        method: 'Team meeting',
        whatTheySaid: 'Transport to the hubs will be the main difficulty.',
        whatChanged: 'None yet.',
      },
    ],
    screening: {
      decision: {
        kind: 'full_assessment',
        rationale: 'Closure of a service used by older disabled people.',
        decidedBy: 'officer',
        decidedAt: '2026-01-21T10:00:00Z',
      },
    },
    analysis: {
      age: found(
        'Almost all attendees are over 75 and depend on the centre for company and meals.',
        ['ev-register'],
        {
          id: 'imp-age',
          audience: 'service_users',
          direction: 'negative',
          severity: 'medium',
          description: 'Older attendees lose a familiar place and routine; longer journeys to the hubs.',
          evidenceIds: ['ev-register'],
          mitigation: 'Transport to the hubs for the first year.',
          actionIds: ['act-transport'],
          residualSeverity: 'low',
        },
      ),
      disability: found('Most attendees have dementia or a physical disability.', ['ev-register'], {
        id: 'imp-disability',
        audience: 'service_users',
        direction: 'negative',
        severity: 'high',
        description:
          'People with dementia may not settle in a new, larger setting and could lose the support that keeps them at home.',
        evidenceIds: ['ev-register'],
        mitigation: 'Key workers move with attendees for the first three months.',
        actionIds: ['act-transport'],
        residualSeverity: 'medium',
        justification: 'The saving protects statutory care budgets.',
      }),
      religion_belief: none('We do not hold data on the religion of attendees so no impact is expected.'),
    },
    actions: [
      {
        id: 'act-transport',
        description: 'Arrange accessible transport to the hubs',
        owner: 'Transport manager',
        dueDate: '2026-04-01',
        measure: 'Every attendee offered transport',
        impactIds: ['imp-age', 'imp-disability'],
      },
    ],
    monitoring: { nextReviewDate: '2027-01-01' },
  }),
};

/** A weak benefits change: impacts put off to "a later stage", evidence with no limits, a harm unmitigated. */
const councilTaxSupport: CorpusCase = {
  name: 'Council tax support scheme: minimum payment raised to 20%',
  nation: 'england',
  kind: 'benefits',
  quality: 'weak',
  now: '2026-09-01T09:00:00Z',
  weaknesses: [
    {
      rule: 'assessment-not-deferred',
      says: 'The disability impact is left to "a later stage" with no interim view and no dated action.',
    },
    {
      rule: 'evidence-strength-stated',
      says: 'The caseload extract is relied on without saying what it leaves out.',
    },
    {
      rule: 'negative-impact-mitigated',
      says: 'A negative impact on single parents, mostly women, is neither mitigated nor justified.',
    },
  ],
  assessment: record({
    id: 'eng-ctr',
    createdBy: 'officer',
    createdAt: '2026-08-03T09:00:00Z',
    policy: {
      title: 'Council tax support scheme 2027/28',
      kind: 'budget',
      novelty: 'revised',
      aims: 'Raise the minimum council tax payment for working-age claimants from 8.5% to 20% to balance the scheme’s budget.',
      audiences: ['service_users'],
      assessmentTeam: [
        { name: 'Rae Collins', role: 'Benefits manager' },
        { name: 'Tom Hale', role: 'Finance business partner' },
      ],
    },
    decision: { maker: 'Full Council', date: '2026-12-10', makerBriefed: true },
    evidence: {
      items: [
        evidence(
          'ev-caseload',
          'data',
          'Working-age council tax support caseload, July 2026',
          '2026-07',
          ['disability', 'sex'],
          '9,412 working-age claimants; 38% have a disability benefit; 71% of single-parent claimants are women.',
        ),
      ],
    },
    screening: {
      decision: {
        kind: 'full_assessment',
        rationale: 'Every working-age claimant pays more.',
        decidedBy: 'officer',
        decidedAt: '2026-08-04T10:00:00Z',
      },
    },
    analysis: {
      disability: {
        status: 'impacts_identified',
        reasoning:
          'Disabled claimants will be affected; the impact on them will be assessed at a later stage once the hardship fund is designed.',
        evidenceIds: ['ev-caseload'],
        impacts: [
          {
            id: 'imp-disability',
            audience: 'service_users',
            direction: 'unknown',
            description: 'To be assessed when the hardship fund is designed.',
            evidenceIds: ['ev-caseload'],
          },
        ],
      },
      sex: found('Single parents, mostly women, pay an extra £190 a year on average.', ['ev-caseload'], {
        id: 'imp-sex',
        audience: 'service_users',
        direction: 'negative',
        severity: 'medium',
        description: 'Single mothers on low incomes pay about £190 a year more.',
        evidenceIds: ['ev-caseload'],
      }),
    },
    monitoring: { nextReviewDate: '2027-04-01' },
  }),
};

/** A weak transport scheme: a mixed impact left without severity, and a harm on a group nobody asked. */
const busLane: CorpusCase = {
  name: 'Bus gate on the high street (transport)',
  nation: 'england',
  kind: 'transport',
  quality: 'weak',
  now: '2026-07-13T09:00:00Z',
  weaknesses: [
    {
      rule: 'impact-described',
      says: 'The impact on disabled people is mixed (better buses, harder drop-off by car) but its severity is not stated.',
    },
    {
      rule: 'engagement-reaches-affected',
      says: 'A medium negative impact on older shoppers, whom nobody asked.',
    },
    {
      rule: 'negative-impact-mitigated',
      says: 'The harder drop-off for disabled passengers by car is not mitigated (for example by Blue Badge exemption).',
    },
  ],
  assessment: record({
    id: 'eng-bus-gate',
    createdBy: 'officer',
    createdAt: '2026-06-29T09:00:00Z',
    policy: {
      title: 'High street bus gate',
      kind: 'project',
      aims: 'Close the high street to general traffic from 7am to 7pm, except buses, taxis and cycles, to make buses quicker and the street safer.',
      audiences: ['public'],
      assessmentTeam: [
        { name: 'Jo Patel', role: 'Transport planner' },
        { name: 'Lee Moss', role: 'Engineer' },
      ],
    },
    decision: { maker: 'Cabinet Member for Highways', date: '2026-09-14', makerBriefed: true },
    evidence: {
      items: [
        evidence(
          'ev-counts',
          'data',
          'Traffic and bus passenger counts, high street, 2026',
          '2026-05',
          ['age', 'disability'],
          'Buses carry 62% of people on the street; 18 Blue Badge bays on the street are used 140 times a day.',
          'Counts on four weekdays in May.',
        ),
      ],
    },
    engagement: [
      {
        id: 'eng-traders',
        who: 'High street traders’ association',
        audience: 'partners',
        date: '2026-06-20',
        method: 'Meeting',
        whatTheySaid: 'Deliveries before 7am are workable.',
        whatChanged: 'Loading window added.',
      },
    ],
    screening: {
      decision: {
        kind: 'full_assessment',
        rationale: 'Changes access to the town centre.',
        decidedBy: 'officer',
        decidedAt: '2026-06-30T10:00:00Z',
      },
    },
    analysis: {
      age: found('Older shoppers who are driven to the shops lose the drop-off outside.', ['ev-counts'], {
        id: 'imp-age',
        audience: 'public',
        direction: 'negative',
        severity: 'medium',
        description: 'Older shoppers driven by relatives must be dropped off 200 metres away.',
        evidenceIds: ['ev-counts'],
        mitigation: 'Benches every 50 metres on the walk from the new drop-off bay.',
        actionIds: ['act-benches'],
        residualSeverity: 'low',
      }),
      disability: found(
        'Faster buses help disabled passengers; Blue Badge holders lose bays outside the shops.',
        ['ev-counts'],
        {
          id: 'imp-disability',
          audience: 'public',
          direction: 'mixed',
          description:
            'Buses are quicker and more reliable, but Blue Badge holders can no longer park outside the shops.',
          evidenceIds: ['ev-counts'],
        },
      ),
    },
    actions: [
      {
        id: 'act-benches',
        description: 'Install benches between the drop-off bay and the shops',
        owner: 'Highways manager',
        dueDate: '2026-12-01',
        measure: 'Benches in place',
        impactIds: ['imp-age'],
      },
    ],
    monitoring: { nextReviewDate: '2027-06-01' },
  }),
};

export const englandCases = [letterTemplates, parkingPermits, dayCentre, councilTaxSupport, busLane];
