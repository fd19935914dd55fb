import { type CorpusCase, evidence, found, none, record } from './build.js';

/** A good service change in Wales: shorter library hours, with the Welsh language and the socio-economic duty. */
const libraryHours: CorpusCase = {
  name: 'Library opening hours reduced at four branches',
  nation: 'wales',
  kind: 'service change',
  quality: 'good',
  now: '2026-06-15T09:00:00Z',
  weaknesses: [],
  assessment: record({
    id: 'wal-library',
    createdBy: 'officer',
    createdAt: '2026-04-01T09:00:00Z',
    policy: {
      title: 'Branch library opening hours from October 2026',
      kind: 'service_change',
      novelty: 'revised',
      aims: 'Reduce opening at four branch libraries from 40 to 30 hours a week, keeping the busiest hours and after-school sessions, to save £120,000 a year.',
      audiences: ['service_users', 'staff'],
      assessmentTeam: [
        { name: 'Eleri Jones', role: 'Libraries manager' },
        { name: 'Aled Rees', role: 'Equality and Welsh language officer' },
      ],
    },
    decision: {
      maker: 'Cabinet',
      makerRole: 'Cabinet',
      date: '2026-07-09',
      paperReference: 'CAB-2026-41',
      makerBriefed: true,
    },
    evidence: {
      items: [
        evidence(
          'ev-visits',
          'data',
          'Visits by hour and borrower profile, 2025–26',
          '2026-04',
          ['age', 'disability', 'sex', 'welsh_language', 'socio_economic'],
          'Visits before 10am and after 6pm are 7% of the total; borrowers over 65 and parents of under-5s use weekday mornings most.',
          'Borrower records hold age and postcode only; disability and language come from a 2025 survey.',
        ),
        evidence(
          'ev-survey',
          'consultation',
          'Public consultation on opening hours, 1,204 responses',
          '2026-05',
          [
            'age',
            'disability',
            'race',
            'sex',
            'religion_belief',
            'welsh_language',
            'socio_economic',
            'pregnancy_maternity',
            'sexual_orientation',
            'gender_reassignment',
            'marriage_civil_partnership',
          ],
          'Most respondents chose keeping Saturdays and after-school hours; disabled respondents asked for quiet hours to stay.',
          'Self-selected respondents; under-25s under-represented (6%).',
        ),
      ],
    },
    engagement: [
      {
        id: 'eng-users',
        who: 'Library users at drop-in sessions in each branch',
        audience: 'service_users',
        date: '2026-05-12',
        method: 'Drop-in sessions and an online survey',
        characteristics: ['age', 'disability', 'welsh_language', 'socio_economic'],
        whatTheySaid:
          'Keep after-school and Saturday hours; keep the quiet hour; keep Welsh-medium rhyme time.',
        whatChanged: 'The quiet hour and Welsh-medium rhyme time moved into the kept hours.',
      },
    ],
    screening: {
      decision: {
        kind: 'full_assessment',
        rationale:
          'A reduction in a public service used most by older people, families and people on low incomes.',
        decidedBy: 'officer',
        decidedAt: '2026-04-08T10:00:00Z',
      },
    },
    analysis: {
      age: found('Older borrowers and parents of young children use weekday mornings most.', ['ev-visits'], {
        id: 'imp-age',
        audience: 'service_users',
        direction: 'mixed',
        severity: 'low',
        description:
          'Older borrowers lose two weekday mornings, while school-age children keep every after-school hour.',
        evidenceIds: ['ev-visits'],
        mitigation: 'Home library service extended to anyone over 75 who asks.',
        actionIds: ['act-home-library'],
        residualSeverity: 'low',
      }),
      disability: found('Disabled respondents value the quiet hour, which is kept.', ['ev-survey'], {
        id: 'imp-disability',
        audience: 'service_users',
        direction: 'positive',
        description: 'The quiet hour moves to a time with more staff, so help is easier to get.',
        evidenceIds: ['ev-survey'],
      }),
      gender_reassignment: none(
        'Opening hours change when the branches open, not who may use them or how they are treated there.',
        ['ev-survey'],
      ),
      marriage_civil_partnership: none(
        'Staff contracts keep their hours across the service; no term depends on marriage or partnership.',
        ['ev-survey'],
      ),
      pregnancy_maternity: none(
        'Baby rhyme time keeps its weekday slot, so parents on leave lose no session they use.',
        ['ev-visits'],
      ),
      race: none(
        'Conversation classes for speakers of other languages are held in kept evening hours at every branch.',
        ['ev-survey'],
      ),
      religion_belief: none(
        'Friday and Sunday hours are unchanged, so no branch closes at a time faith groups said they use.',
        ['ev-survey'],
      ),
      sex: none('Women are most borrowers, but the hours kept are the ones women and men both used most.', [
        'ev-visits',
      ]),
      sexual_orientation: none('The LGBTQ+ reading group meets in the evening hours that are kept in full.', [
        'ev-survey',
      ]),
      socio_economic: found(
        'Branches in the most deprived wards keep their public computer hours.',
        ['ev-visits'],
        {
          id: 'imp-socio',
          audience: 'service_users',
          direction: 'positive',
          description: 'Free computer use is protected in the two branches serving the most deprived wards.',
          evidenceIds: ['ev-visits'],
        },
      ),
      welsh_language: none(
        'Welsh-medium sessions move into kept hours and every service stays available in Welsh.',
        ['ev-visits'],
      ),
    },
    intersectionality: {
      noneFoundReasoning:
        'We looked at older disabled borrowers and lone parents on low incomes; the kept hours and the home service cover both.',
      cumulativeImpact:
        'Considered with the leisure centre price rise; the free library service is protected in the same wards.',
    },
    generalDuty: {
      eliminateDiscrimination:
        'The same hours apply at each branch; no group is refused or treated less favourably.',
      advanceEquality:
        'The home library service and protected computer hours meet the needs of older and poorer residents.',
      fosterGoodRelations:
        'Welsh-medium and conversation sessions continue to bring different communities together in the kept hours.',
    },
    outcome: {
      kind: 'adjust',
      rationale: 'Hours changed to protect the sessions disabled, older and Welsh-speaking users rely on.',
    },
    actions: [
      {
        id: 'act-home-library',
        description: 'Offer the home library service to everyone over 75 who asks',
        owner: 'Libraries manager',
        dueDate: '2026-10-01',
        measure: 'Take-up reported quarterly',
        impactIds: ['imp-age'],
      },
    ],
    monitoring: {
      arrangements: 'Visits by hour and borrower age reported to cabinet every six months.',
      nextReviewDate: '2027-04-01',
    },
    review: { approvals: [] },
  }),
};

/** A weak screen-out of a strategy: disability weighed as likely major, yet screened out, and nothing cited. */
const activeTravel: CorpusCase = {
  name: 'Active travel strategy 2026–2031 (screen-out)',
  nation: 'wales',
  kind: 'strategy',
  quality: 'weak',
  now: '2026-03-10T09:00:00Z',
  weaknesses: [
    {
      rule: 'relevance-not-adverse',
      says: 'Shared-use paths are likely to have a major adverse impact on blind and partially sighted people, yet the strategy is screened out.',
    },
    { rule: 'screening-out-evidenced', says: 'No evidence cited for any screening answer.' },
    {
      rule: 'assessment-not-deferred',
      says: 'Impacts left to "future EqIAs" of each scheme, with no dated action.',
    },
  ],
  assessment: record({
    id: 'wal-active-travel',
    createdBy: 'officer',
    createdAt: '2026-03-02T09:00:00Z',
    policy: {
      title: 'Active travel strategy 2026–2031',
      kind: 'strategy',
      aims: 'Double walking and cycling journeys by 2031 with new shared-use paths and 20mph zones.',
      audiences: ['public'],
      assessmentTeam: [
        { name: 'Rhys Evans', role: 'Transport planner' },
        { name: 'Nia Thomas', role: 'Policy officer' },
      ],
    },
    decision: { maker: 'Cabinet', date: '2026-04-20', makerBriefed: true },
    screening: {
      answers: {
        age: {
          relevance: 'yes',
          likelyImpact: 'positive',
          reason: 'Safer routes to school help children walk and cycle.',
        },
        disability: {
          relevance: 'yes',
          likelyImpact: 'major',
          reason: 'Shared-use paths can be hazardous for blind and partially sighted pedestrians.',
        },
        gender_reassignment: {
          relevance: 'no',
          reason: 'The strategy concerns routes and speed limits and does not touch gender identity.',
        },
        marriage_civil_partnership: {
          relevance: 'no',
          reason: 'Routes and speed limits do not depend on anyone’s marriage or partnership.',
        },
        pregnancy_maternity: {
          relevance: 'no',
          reason:
            'Pushchair access will be designed in; impacts will be assessed in future EqIAs of each scheme.',
        },
        race: {
          relevance: 'no',
          reason: 'Routes are planned by demand and the same design standards apply in every ward.',
        },
        religion_belief: {
          relevance: 'no',
          reason: 'Access to places of worship is kept on every route, as now, under the design guide.',
        },
        sex: {
          relevance: 'no',
          reason: 'Lighting standards for routes are the same as now; women’s safety is covered by them.',
        },
        sexual_orientation: {
          relevance: 'no',
          reason: 'Nothing in the strategy bears on sexual orientation or on how people are treated.',
        },
        socio_economic: {
          relevance: 'yes',
          likelyImpact: 'positive',
          reason: 'Cheap travel options widen access to work for households without a car.',
        },
        welsh_language: {
          relevance: 'no',
          reason: 'All signs will be bilingual under the Welsh language standards, as they are now.',
        },
      },
      decision: {
        kind: 'not_required',
        rationale: 'A high-level strategy; each scheme will have its own EqIA.',
        decidedBy: 'officer',
        decidedAt: '2026-03-05T10:00:00Z',
      },
    },
    monitoring: { nextReviewDate: '2027-03-01' },
  }),
};

/** A weak HR restructure: the analysis dated after the decision, and reasoning pasted from one characteristic to the next. */
const customerServices: CorpusCase = {
  name: 'Customer services restructure (HR)',
  nation: 'wales',
  kind: 'HR policy',
  quality: 'weak',
  now: '2026-02-02T09:00:00Z',
  weaknesses: [
    {
      rule: 'due-regard-before-decision',
      says: 'The analysis is dated three weeks after the senior leadership team approved the restructure.',
    },
    {
      rule: 'reasoning-not-pasted',
      says: 'The same sentence concludes religion, sexual orientation and gender reassignment.',
    },
  ],
  assessment: record({
    id: 'wal-restructure',
    createdBy: 'hr',
    createdAt: '2026-01-05T09:00:00Z',
    policy: {
      title: 'Customer services restructure',
      kind: 'restructure',
      aims: 'Merge the phone and face-to-face teams into one customer services team of 48 posts, deleting 6 posts.',
      audiences: ['staff'],
      assessmentTeam: [
        { name: 'Gwen Hughes', role: 'HR business partner' },
        { name: 'Owain Price', role: 'Customer services manager' },
      ],
    },
    decision: {
      maker: 'Senior leadership team',
      date: '2026-01-08',
      assessedOn: '2026-01-29',
      makerBriefed: true,
    },
    evidence: {
      items: [
        evidence(
          'ev-workforce',
          'data',
          'Customer services workforce profile, December 2025',
          '2025-12',
          ['age', 'disability', 'sex', 'religion_belief', 'sexual_orientation', 'gender_reassignment'],
          '54 staff; 39 women; 11 part-time; 6 disabled.',
          'Religion and sexual orientation not disclosed by 40% of staff.',
        ),
      ],
    },
    screening: {
      decision: {
        kind: 'full_assessment',
        rationale: 'Posts are deleted and roles change.',
        decidedBy: 'hr',
        decidedAt: '2026-01-06T10:00:00Z',
      },
    },
    analysis: {
      religion_belief: none(
        'The selection criteria are objective and apply equally to all staff in the pool, so no group is affected.',
        ['ev-workforce'],
      ),
      sexual_orientation: none(
        'The selection criteria are objective and apply equally to all staff in the pool, so no group is affected.',
        ['ev-workforce'],
      ),
      gender_reassignment: none(
        'The selection criteria are objective and apply equally to all staff in the pool, so no group is affected.',
        ['ev-workforce'],
      ),
    },
    monitoring: { nextReviewDate: '2027-01-01' },
  }),
};

export const walesCases = [libraryHours, activeTravel, customerServices];
