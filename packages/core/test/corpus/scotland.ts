import { approvedOn, type CorpusCase, evidence, found, none, record } from './build.js';

/** A good transport change in Scotland, under reg 5 and the Fairer Scotland Duty. */
const busNetwork: CorpusCase = {
  name: 'Supported bus network redesign',
  nation: 'scotland',
  kind: 'transport',
  quality: 'good',
  now: '2026-08-03T09:00:00Z',
  weaknesses: [],
  assessment: record({
    id: 'sco-bus',
    createdBy: 'officer',
    createdAt: '2026-05-04T09:00:00Z',
    policy: {
      title: 'Supported local bus network from April 2027',
      kind: 'service_change',
      novelty: 'revised',
      aims: 'Replace six low-use supported bus routes with demand-responsive minibuses bookable by phone or app, keeping a service in every village at the same fare.',
      audiences: ['service_users', 'public'],
      otherGroups: [{ id: 'rural_residents', label: 'Residents of villages without a daily bus' }],
      assessmentTeam: [
        { name: 'Morag Campbell', role: 'Public transport officer' },
        { name: 'Iain Fraser', role: 'Equality officer' },
        { name: 'Ailsa Reid', role: 'Community planning officer' },
      ],
    },
    decision: {
      maker: 'Environment and Transport Committee',
      date: '2026-09-02',
      paperReference: 'ETC/26/09',
      makerBriefed: true,
    },
    evidence: {
      items: [
        evidence(
          'ev-ticketing',
          'data',
          'Concessionary and paid journeys on supported routes, 2025–26',
          '2026-04',
          ['age', 'disability', 'socio_economic'],
          '62% of journeys are on older or disabled persons’ concession cards; most are shopping and health trips.',
          'Ticket data show card type, not who travels without a card; no data on race, religion or sexual orientation.',
        ),
        evidence(
          'ev-consultation',
          'consultation',
          'Consultation on the bus network, 640 responses and six village meetings',
          '2026-06',
          [
            'age',
            'disability',
            'sex',
            'race',
            'religion_belief',
            'pregnancy_maternity',
            'sexual_orientation',
            'gender_reassignment',
            'marriage_civil_partnership',
            'socio_economic',
          ],
          'Villagers welcomed a service every day; older and disabled people worried about booking by app and about wheelchair space.',
          'Self-selected; few responses from young people and none from Gypsy/Traveller sites.',
        ),
      ],
      gaps: [
        {
          id: 'gap-travellers',
          description: 'We do not know how Gypsy/Traveller families on the two sites use the current routes.',
          characteristics: ['race'],
          actionIds: ['act-travellers'],
        },
      ],
    },
    engagement: [
      {
        id: 'eng-villages',
        who: 'Residents at six village meetings and the access panel of disabled people',
        audience: 'public',
        date: '2026-06-10',
        method: 'Public meetings',
        characteristics: ['age', 'disability', 'socio_economic'],
        whatTheySaid: 'Booking must work by phone; every vehicle must take a wheelchair.',
        whatChanged: 'Phone booking staffed 7am to 7pm; only fully accessible vehicles procured.',
      },
    ],
    screening: {
      decision: {
        kind: 'full_assessment',
        rationale: 'Changes how older, disabled and rural residents reach shops and health care.',
        decidedBy: 'officer',
        decidedAt: '2026-05-06T10:00:00Z',
      },
    },
    analysis: {
      age: found(
        'Older people make most journeys and are least likely to book by app.',
        ['ev-ticketing', 'ev-consultation'],
        {
          id: 'imp-age',
          audience: 'service_users',
          direction: 'negative',
          severity: 'medium',
          description: 'Older passengers who do not use smartphones could find booking harder.',
          evidenceIds: ['ev-consultation'],
          mitigation: 'Phone booking staffed 7am to 7pm, and standing bookings for regular trips.',
          actionIds: ['act-phone'],
          residualSeverity: 'low',
        },
      ),
      disability: found(
        'Disabled passengers need step-free vehicles and help booking.',
        ['ev-ticketing', 'ev-consultation'],
        {
          id: 'imp-disability',
          audience: 'service_users',
          direction: 'positive',
          description:
            'Door-to-door pick-up with fully accessible minibuses replaces stops some disabled passengers could not reach.',
          evidenceIds: ['ev-consultation'],
        },
      ),
      gender_reassignment: none(
        'Booking asks for a name and pick-up point only; nothing about gender is recorded or needed.',
        ['ev-consultation'],
      ),
      marriage_civil_partnership: none(
        'Drivers’ contracts are with the operator and do not change; passengers are not asked about partnership.',
        ['ev-consultation'],
      ),
      pregnancy_maternity: none(
        'Every minibus takes a pushchair, as the current buses do, so parents of babies keep the same access.',
        ['ev-consultation'],
      ),
      race: none(
        'No route serving the Traveller sites is withdrawn without a replacement; the gap on how families travel is being filled.',
        ['ev-consultation'],
        ['gap-travellers'],
      ),
      religion_belief: none(
        'Sunday services, used for worship, keep the same hours as today in every village.',
        ['ev-consultation'],
      ),
      sex: none(
        'Evening services stay, and drivers are trained in passenger safety, which respondents of both sexes asked for.',
        ['ev-consultation'],
      ),
      sexual_orientation: none(
        'Nothing in booking or travel bears on orientation; respondents raised no concern about it.',
        ['ev-consultation'],
      ),
      socio_economic: found(
        'Households without a car in villages gain a daily service at the same fare.',
        ['ev-ticketing'],
        {
          id: 'imp-socio',
          audience: 'rural_residents',
          direction: 'positive',
          description: 'Villages with a bus twice a week get a service every day at the same fare.',
          evidenceIds: ['ev-ticketing'],
        },
      ),
    },
    intersectionality: {
      noneFoundReasoning:
        'Older disabled villagers on low incomes were considered together: phone booking and door-to-door pick-up answer the barriers they raised.',
      cumulativeImpact:
        'Considered with the closure of the Aberlour health centre counter: health trips are given priority booking.',
    },
    generalDuty: {
      eliminateDiscrimination:
        'Fully accessible vehicles and phone booking avoid indirect discrimination against older and disabled passengers.',
      advanceEquality:
        'Daily services in villages widen access to work, shops and health care for people without a car.',
      fosterGoodRelations:
        'Village meetings shaped the timetable, and drivers are trained to welcome every passenger.',
    },
    outcome: {
      kind: 'adjust',
      rationale: 'Booking and vehicles changed in response to older and disabled residents.',
    },
    actions: [
      {
        id: 'act-phone',
        description: 'Staff a phone booking line 7am to 7pm',
        owner: 'Public transport manager',
        dueDate: '2027-03-01',
        measure: 'Share of bookings by phone and calls answered within two minutes',
        impactIds: ['imp-age'],
      },
      {
        id: 'act-travellers',
        description: 'Visit both Traveller sites with the liaison officer to learn how families travel',
        owner: 'Equality officer',
        dueDate: '2026-11-30',
        measure: 'Findings reported to committee',
        gapIds: ['gap-travellers'],
      },
    ],
    monitoring: {
      arrangements: 'Bookings by concession card type and refused trips reported quarterly.',
      nextReviewDate: '2027-06-30',
    },
  }),
};

/** A good Scottish screen-out ("EQIA not required"), relying on a linked assessment with its reason. */
const planningFees: CorpusCase = {
  name: 'Planning application fees uprated by inflation ("EQIA not required")',
  nation: 'scotland',
  kind: 'screen-out',
  quality: 'good',
  now: '2026-02-23T09:00:00Z',
  weaknesses: [],
  assessment: record({
    id: 'sco-planning-fees',
    createdBy: 'officer',
    createdAt: '2026-02-02T09:00:00Z',
    policy: {
      title: 'Planning fees 2026/27: inflation uprating',
      kind: 'budget',
      novelty: 'revised',
      aims: 'Raise planning application fees by 3.2%, as the national fees regulations allow, with the existing exemptions for disabled applicants unchanged.',
      audiences: ['public'],
      assessmentTeam: [
        { name: 'Fiona Grant', role: 'Planning policy officer' },
        { name: 'Iain Fraser', role: 'Equality officer' },
      ],
    },
    decision: { maker: 'Head of Planning', date: '2026-03-16', makerBriefed: true },
    evidence: {
      items: [
        evidence(
          'ev-applicants',
          'data',
          'Planning applications by type and fee exemption, 2024–25',
          '2025',
          ['disability', 'age'],
          '1,930 applications; 61 used the disabled person’s exemption; householders make 70%.',
          'Applicant characteristics other than the exemption are not recorded.',
        ),
      ],
    },
    screening: {
      evidenceIds: ['ev-applicants'],
      related: [
        {
          title: 'Scottish Government EQIA of the Town and Country Planning (Fees) Regulations 2022',
          reference: 'https://www.gov.scot/publications/',
          covers:
            'It assessed the fee levels and exemptions; this uprating keeps the same structure and every exemption.',
        },
      ],
      answers: {
        age: {
          relevance: 'no',
          reason:
            'Fees are set per application type, not per applicant, and rise by the same 3.2% for every type.',
        },
        disability: {
          relevance: 'no',
          reason:
            'The exemption for works to make a home accessible stays in full, so disabled applicants still pay nothing for them.',
        },
        gender_reassignment: {
          relevance: 'no',
          reason: 'The application form and fee never ask for or depend on gender or gender history.',
        },
        marriage_civil_partnership: {
          relevance: 'no',
          reason: 'Fees are charged per application and are the same for single and joint applicants.',
        },
        pregnancy_maternity: {
          relevance: 'no',
          reason: 'Nothing in the fee, the deadline or the process changes for applicants who are pregnant.',
        },
        race: {
          relevance: 'no',
          reason: 'The uprating is uniform, and translation of planning advice stays free of charge.',
        },
        religion_belief: {
          relevance: 'no',
          reason: 'Places of worship pay the same fee per type as other applicants; the increase is uniform.',
        },
        sex: {
          relevance: 'no',
          reason: 'Householder and business applicants pay the same uprated fee whatever their sex.',
        },
        sexual_orientation: {
          relevance: 'no',
          reason: 'Nothing about an application or its fee relates to the applicant’s sexual orientation.',
        },
        socio_economic: {
          relevance: 'yes',
          likelyImpact: 'minor',
          reason:
            'A householder extension costs £19 more; the existing fee waiver for applicants on benefits remains.',
        },
      },
      decision: {
        kind: 'not_required',
        rationale:
          'A uniform inflation uprating under regulations already assessed nationally; every exemption kept.',
        decidedBy: 'officer',
        decidedAt: '2026-02-04T10:00:00Z',
      },
    },
    review: approvedOn('2026-02-10', '2026-02-17'),
    monitoring: { nextReviewDate: '2027-02-01' },
  }),
};

/** A weak procurement by one officer: old evidence and no good relations statement. */
const schoolMeals: CorpusCase = {
  name: 'School meals catering contract (procurement)',
  nation: 'scotland',
  kind: 'procurement',
  quality: 'weak',
  now: '2026-05-04T09:00:00Z',
  weaknesses: [
    {
      rule: 'more-than-one-mind',
      says: 'Written by the procurement officer alone: no team, no pupils or parents asked, no reviewer yet.',
    },
    { rule: 'evidence-fresh', says: 'Relies on a 2017 survey of pupils’ dietary needs.' },
    {
      rule: 'general-duty-statements',
      says: 'Nothing on fostering good relations, though the menu changes touch faith and culture.',
    },
  ],
  assessment: record({
    id: 'sco-school-meals',
    createdBy: 'buyer',
    createdAt: '2026-04-20T09:00:00Z',
    policy: {
      title: 'School meals catering contract 2026–2030',
      kind: 'procurement',
      aims: 'Award a four-year contract for primary school meals with a 15% lower unit price.',
      audiences: ['service_users'],
    },
    decision: { maker: 'Procurement board', date: '2026-06-30', makerBriefed: true },
    evidence: {
      items: [
        evidence(
          'ev-diets',
          'research',
          'Survey of pupils’ dietary and religious requirements',
          '2017',
          ['religion_belief', 'disability'],
          'About 9% of pupils need halal, kosher or vegetarian meals; 3% have allergies.',
          'Ten years old; primary schools only.',
        ),
      ],
    },
    screening: {
      decision: {
        kind: 'full_assessment',
        rationale: 'Meals for every primary pupil.',
        decidedBy: 'buyer',
        decidedAt: '2026-04-21T10:00:00Z',
      },
    },
    generalDuty: {
      eliminateDiscrimination: 'The specification requires halal, vegetarian and allergen-free options.',
      advanceEquality: 'Free meals for every P1–P5 pupil continue.',
    },
    monitoring: { nextReviewDate: '2027-04-01' },
  }),
};

/** A weak closure: continued despite a high harm to disabled pupils nobody asked, with no justification. */
const schoolMerger: CorpusCase = {
  name: 'Merger of two rural primary schools (closure)',
  nation: 'scotland',
  kind: 'closure',
  quality: 'weak',
  now: '2026-10-05T09:00:00Z',
  weaknesses: [
    {
      rule: 'high-severity-engaged',
      says: 'Disabled pupils face a long journey to the merged school; no disabled pupil, parent or group was asked.',
    },
    {
      rule: 'continue-justified',
      says: 'Continues despite that harm with no legitimate aim, alternatives or proportionality stated.',
    },
  ],
  assessment: record({
    id: 'sco-school-merger',
    createdBy: 'officer',
    createdAt: '2026-09-01T09:00:00Z',
    policy: {
      title: 'Merger of Glenbrae and Kilmory primary schools',
      kind: 'service_change',
      aims: 'Close Kilmory primary (22 pupils) and merge it into Glenbrae, 11 miles away.',
      audiences: ['service_users'],
      assessmentTeam: [
        { name: 'Jean Ross', role: 'Education officer' },
        { name: 'Alan Kerr', role: 'Estates manager' },
      ],
    },
    decision: { maker: 'Education Committee', date: '2026-12-01', makerBriefed: true },
    evidence: {
      items: [
        evidence(
          'ev-roll',
          'data',
          'School rolls and additional support needs, 2026',
          '2026-08',
          ['disability', 'age'],
          '4 of 22 Kilmory pupils have additional support needs, 2 use wheelchairs.',
          'Small numbers.',
        ),
      ],
    },
    engagement: [
      {
        id: 'eng-staff',
        who: 'Head teachers of both schools',
        audience: 'staff',
        date: '2026-09-10',
        method: 'Meeting',
        whatTheySaid: 'Transport will be needed.',
        whatChanged: 'Transport added.',
      },
    ],
    screening: {
      decision: {
        kind: 'full_assessment',
        rationale: 'A school closure.',
        decidedBy: 'officer',
        decidedAt: '2026-09-02T10:00:00Z',
      },
    },
    analysis: {
      disability: found(
        'Pupils with additional support needs face a 25-minute journey each way.',
        ['ev-roll'],
        {
          id: 'imp-asn',
          audience: 'service_users',
          direction: 'negative',
          severity: 'high',
          description:
            'Two wheelchair users and two autistic pupils face a long daily journey and a larger school.',
          evidenceIds: ['ev-roll'],
          justification: 'The merger is needed.',
          residualSeverity: 'high',
        },
      ),
    },
    outcome: { kind: 'continue', rationale: 'The merger goes ahead.' },
    monitoring: { nextReviewDate: '2027-08-01' },
  }),
};

export const scotlandCases = [busNetwork, planningFees, schoolMeals, schoolMerger];
