import { approvedOn, type CorpusCase, evidence, found, none, record } from './build.js';

/** A good section 75 screening: minor impact mitigated, so screened out as the Equality Commission allows. */
const stationeryFramework: CorpusCase = {
  name: 'Office supplies framework: move to a central catalogue (s.75 screening)',
  nation: 'northern_ireland',
  kind: 'procurement',
  quality: 'good',
  now: '2026-03-16T09:00:00Z',
  weaknesses: [],
  assessment: record({
    id: 'ni-stationery',
    createdBy: 'officer',
    createdAt: '2026-02-16T09:00:00Z',
    policy: {
      title: 'Office supplies: central online catalogue',
      kind: 'procurement',
      aims: 'Order all office supplies through one online catalogue under the regional framework, ending local accounts.',
      audiences: ['staff'],
      assessmentTeam: [
        { name: 'Ciaran Kelly', role: 'Procurement officer' },
        { name: 'Siobhan Boyd', role: 'Equality officer' },
      ],
    },
    decision: { maker: 'Head of Corporate Services', date: '2026-04-01', makerBriefed: true },
    evidence: {
      items: [
        evidence(
          'ev-orders',
          'data',
          'Office supply orders by team, 2025',
          '2025',
          ['disability'],
          '3,100 orders; 40 for adapted equipment (large keyboards, screen magnifiers).',
          'Orders show items, not who uses them.',
        ),
      ],
    },
    screening: {
      evidenceIds: ['ev-orders'],
      answers: {
        religious_belief: {
          relevance: 'no',
          reason:
            'Ordering office supplies through a catalogue has no bearing on staff of any community background.',
        },
        political_opinion: {
          relevance: 'no',
          reason: 'The catalogue and framework are neutral in content, branding and language for all staff.',
        },
        racial_group: {
          relevance: 'no',
          reason:
            'The catalogue is in plain English with pictures; staff can ask the procurement team for help.',
        },
        age: {
          relevance: 'no',
          reason:
            'Staff of every age order through the same intranet page they already use for other requests.',
        },
        marital_status: {
          relevance: 'no',
          reason: 'Nothing in ordering office supplies depends on the marital status of the person ordering.',
        },
        sexual_orientation: {
          relevance: 'no',
          reason: 'Ordering supplies records a cost centre and item only, nothing about the person.',
        },
        men_and_women: {
          relevance: 'no',
          reason: 'The same catalogue, items and process apply to all staff, women and men alike.',
        },
        disability: {
          relevance: 'yes',
          likelyImpact: 'minor',
          reason:
            'Adapted equipment was bought locally; the framework covers it, and occupational health orders it directly for anyone who needs it.',
        },
        dependants: {
          relevance: 'no',
          reason:
            'Deliveries go to the office as now; nothing changes for staff with caring responsibilities.',
        },
      },
      decision: {
        kind: 'not_required',
        rationale:
          'Screened out with mitigation: the one minor impact, on staff needing adapted equipment, is met by occupational health ordering directly.',
        decidedBy: 'officer',
        decidedAt: '2026-02-18T10:00:00Z',
      },
    },
    review: approvedOn('2026-02-25', '2026-03-04'),
    monitoring: { nextReviewDate: '2027-02-01' },
  }),
};

/** A good full EQIA under section 75: leisure centre prices, with good relations considered. */
const leisurePrices: CorpusCase = {
  name: 'Leisure centre pricing and concessions (full EQIA)',
  nation: 'northern_ireland',
  kind: 'service change',
  quality: 'good',
  now: '2026-07-06T09:00:00Z',
  weaknesses: [],
  assessment: record({
    id: 'ni-leisure',
    createdBy: 'officer',
    createdAt: '2026-04-06T09:00:00Z',
    policy: {
      title: 'Leisure centre prices and concessions 2026/27',
      kind: 'budget',
      novelty: 'revised',
      aims: 'Set one price list across the council’s five leisure centres, raising adult prices by 4% and extending the concession to carers and people on Universal Credit.',
      audiences: ['service_users', 'public'],
      assessmentTeam: [
        { name: 'Declan Murphy', role: 'Leisure services manager' },
        { name: 'Siobhan Boyd', role: 'Equality officer' },
      ],
    },
    decision: { maker: 'Community Services Committee', date: '2026-08-11', makerBriefed: true },
    evidence: {
      items: [
        evidence(
          'ev-members',
          'data',
          'Leisure membership by concession type and centre, 2025–26',
          '2026-03',
          ['age', 'disability', 'dependants', 'men_and_women'],
          '14,200 members; 31% on a concession; women are 58% of class users; the two centres in interface areas have the most mixed use.',
          'Records age, sex and concession only.',
        ),
        evidence(
          'ev-consultation',
          'consultation',
          'Consultation on prices, 410 responses and two focus groups',
          '2026-05',
          [
            'religious_belief',
            'political_opinion',
            'racial_group',
            'age',
            'marital_status',
            'sexual_orientation',
            'men_and_women',
            'disability',
            'dependants',
          ],
          'Support for one price list; concern that sessions at the interface centres stay open to all.',
          'Self-selected; minority ethnic residents 3% of responses.',
        ),
      ],
    },
    engagement: [
      {
        id: 'eng-groups',
        who: 'Section 75 consultees: community, disability, carers and minority ethnic groups',
        audience: 'public',
        date: '2026-05-20',
        method: 'Focus groups',
        characteristics: [
          'religious_belief',
          'political_opinion',
          'racial_group',
          'disability',
          'dependants',
        ],
        whatTheySaid: 'Keep shared sessions at interface centres; include carers in concessions.',
        whatChanged: 'Carers added to the concession; shared sessions protected in the price list.',
      },
    ],
    screening: {
      decision: {
        kind: 'full_assessment',
        rationale:
          'Screened in: prices affect every section 75 group and the shared use of interface centres.',
        decidedBy: 'officer',
        decidedAt: '2026-04-08T10:00:00Z',
      },
    },
    analysis: {
      religious_belief: none(
        'Prices are the same at every centre, so neither community pays more for the centre nearest them.',
        ['ev-consultation'],
      ),
      political_opinion: none(
        'One price list removes a difference between centres that groups said was read politically.',
        ['ev-consultation'],
      ),
      racial_group: none(
        'Prices do not differ by group, and the concession covers Universal Credit claimants, many of them migrant workers.',
        ['ev-consultation'],
      ),
      age: found(
        'Older members keep the over-60 concession; young people’s prices are frozen.',
        ['ev-members'],
        {
          id: 'imp-age',
          audience: 'service_users',
          direction: 'positive',
          description: 'Prices for under-18s are frozen while adult prices rise.',
          evidenceIds: ['ev-members'],
        },
      ),
      marital_status: none(
        'Family memberships cover any adults living together with children, whatever their marital status.',
        ['ev-consultation'],
      ),
      sexual_orientation: none(
        'Couple and family memberships are open to same-sex couples, as the consultation confirmed they want.',
        ['ev-consultation'],
      ),
      men_and_women: none(
        'Class and gym prices rise by the same 4% for women and men; women’s-only swim sessions stay.',
        ['ev-members'],
      ),
      disability: found('Disabled members keep the concession and the free carer entry.', ['ev-members'], {
        id: 'imp-disability',
        audience: 'service_users',
        direction: 'positive',
        description: 'A companion goes free with any disabled member at every centre, not only two.',
        evidenceIds: ['ev-members'],
      }),
      dependants: found('Carers gain the concession for the first time.', ['ev-consultation'], {
        id: 'imp-carers',
        audience: 'service_users',
        direction: 'positive',
        description: 'Unpaid carers pay the concession price.',
        evidenceIds: ['ev-consultation'],
      }),
    },
    intersectionality: {
      noneFoundReasoning:
        'Older disabled people and carers on low incomes were considered together; the concession covers each of them.',
      cumulativeImpact:
        'Considered with the rates rise; the concession widens to offset it for those on Universal Credit.',
    },
    generalDuty: {
      advanceEquality:
        'Extending concessions to carers and Universal Credit claimants widens access for people with dependants and on low incomes.',
      fosterGoodRelations:
        'One price list and protected shared sessions support the interface centres as places both communities use.',
    },
    outcome: {
      kind: 'no_major_change',
      rationale: 'No adverse impact on any section 75 group; the changes advance equality of opportunity.',
    },
    monitoring: {
      arrangements: 'Membership by concession and centre reported twice a year.',
      nextReviewDate: '2027-04-01',
    },
  }),
};

/** A weak strategy: no good relations statement, and "not aware of any" standing in for evidence. */
const eventsStrategy: CorpusCase = {
  name: 'Civic events strategy (full EQIA)',
  nation: 'northern_ireland',
  kind: 'strategy',
  quality: 'weak',
  now: '2026-04-13T09:00:00Z',
  weaknesses: [
    {
      rule: 'general-duty-statements',
      says: 'No good relations statement (s.75(2)), though civic events touch community identity directly.',
    },
    {
      rule: 'absence-not-evidence',
      says: 'Political opinion concluded as no impact because officers are "not aware of any" issues.',
    },
  ],
  assessment: record({
    id: 'ni-events',
    createdBy: 'officer',
    createdAt: '2026-03-02T09:00:00Z',
    policy: {
      title: 'Civic events strategy 2026–2030',
      kind: 'strategy',
      aims: 'Run six council-funded civic events a year, chosen by a new events panel.',
      audiences: ['public'],
      assessmentTeam: [
        { name: 'Orla Quinn', role: 'Events officer' },
        { name: 'Mark Wilson', role: 'Good relations officer' },
      ],
    },
    decision: { maker: 'Council', date: '2026-06-01', makerBriefed: true },
    screening: {
      decision: {
        kind: 'full_assessment',
        rationale: 'Civic events are central to good relations.',
        decidedBy: 'officer',
        decidedAt: '2026-03-03T10:00:00Z',
      },
    },
    analysis: {
      political_opinion: none(
        'We are not aware of any concerns about civic events from people of different political opinion.',
      ),
    },
    generalDuty: { advanceEquality: 'Events will be free and accessible.' },
    monitoring: { nextReviewDate: '2027-03-01' },
  }),
};

/** A weak recruitment policy: a category never assessed and a data gap nobody will fill. */
const recruitment: CorpusCase = {
  name: 'Recruitment and selection policy (HR)',
  nation: 'northern_ireland',
  kind: 'HR policy',
  quality: 'weak',
  now: '2026-01-19T09:00:00Z',
  weaknesses: [
    {
      rule: 'characteristic-concluded',
      says: 'Persons with or without dependants never assessed, though interview times and shift patterns change.',
    },
    {
      rule: 'data-gap-has-action',
      says: 'The gap in applicant data by political opinion is noted with no action to fill it.',
    },
  ],
  assessment: record({
    id: 'ni-recruitment',
    createdBy: 'hr',
    createdAt: '2026-01-05T09:00:00Z',
    policy: {
      title: 'Recruitment and selection policy',
      kind: 'policy',
      novelty: 'revised',
      aims: 'Move shortlisting online and hold interviews by video, with evening slots for shift workers.',
      audiences: ['staff', 'public'],
      assessmentTeam: [
        { name: 'Karen Doherty', role: 'HR manager' },
        { name: 'Siobhan Boyd', role: 'Equality officer' },
      ],
    },
    decision: { maker: 'Chief Executive', date: '2026-03-02', makerBriefed: true },
    evidence: {
      items: [
        evidence(
          'ev-monitoring',
          'data',
          'Applicant monitoring returns (Article 55 review), 2025',
          '2025',
          ['religious_belief', 'men_and_women', 'disability'],
          'Community background and sex of applicants and appointees.',
          'No data on political opinion, dependants or sexual orientation.',
        ),
      ],
      gaps: [
        {
          id: 'gap-political',
          description: 'Applicants’ political opinion is not monitored.',
          characteristics: ['political_opinion'],
        },
      ],
    },
    screening: {
      decision: {
        kind: 'full_assessment',
        rationale: 'Recruitment affects every applicant.',
        decidedBy: 'hr',
        decidedAt: '2026-01-06T10:00:00Z',
      },
    },
    analysis: { dependants: { status: 'not_assessed' } },
    monitoring: { nextReviewDate: '2026-12-01' },
  }),
};

export const northernIrelandCases = [stationeryFramework, leisurePrices, eventsStrategy, recruitment];
