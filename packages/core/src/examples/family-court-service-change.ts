import { cafcassProfile } from '../profiles/cafcass.js';
import { Assessment } from '../schema/assessment.js';

/**
 * A fully worked assessment under the Cafcass example profile, ready to submit at `workedExampleNow`:
 * every characteristic concluded with its own reasoning, evidence and engagement, mitigated negatives,
 * an unknown impact with an action, one intersectional impact and outcome `adjust`. The figures are
 * illustrative, not Cafcass data. Tests break it one field at a time; the demo and docs show it.
 *
 * Long because it is data: one realistic record reads better whole than split across files.
 */

/** The clock at which the example is complete and submittable: before sign-off and the decision. */
export const workedExampleNow = '2026-03-02T10:00:00Z';

export const workedExample: Assessment = Assessment.parse({
  schemaVersion: 1,
  id: 'eqia-2026-007',
  revision: 1,
  createdBy: 'amara',
  createdAt: '2026-01-12T09:00:00Z',
  approvalChain: cafcassProfile.approvalChain,
  policy: {
    title: 'Video by default for first hearing dispute resolution appointments',
    summary:
      'First hearings in private law cases will be held by video unless a party needs to attend in person. Families will wait and travel less. Some disabled parents, older kinship carers and people without a private space or a good connection could find video harder, so everyone can ask for a telephone or in-person hearing, and advisers will check the technology with each party before the hearing. We will check whether the change works equally well for everyone after six months.',
    reference: 'OPS-PL-2026-03',
    kind: 'service_change',
    novelty: 'revised',
    team: 'Operations: private law',
    owner: 'amara',
    contributors: ['ben'],
    assessmentTeam: [
      { id: 'member-1', name: 'Amara Okafor', role: 'Head of Practice Policy' },
      { id: 'member-2', name: 'Ben Hughes', role: 'Service Manager' },
      { id: 'member-3', name: 'Julie Brown', role: 'Strategic Lead for EDI' },
    ],
    aims: 'Hold first hearing dispute resolution appointments (FHDRAs) in private law child arrangements cases by video unless a party needs to attend in person, so that families wait less for a first hearing, travel less, and Family Court Advisers spend more time with children.',
    scope:
      'All private law child arrangements applications in England listed for an FHDRA from June 2026, and the Cafcass Family Court Advisers who attend them. Public law and later hearings are out of scope.',
    audiences: ['children_young_people', 'parents_carers_families', 'staff'],
    relatedPolicies:
      'HMCTS digital private law application; Pathfinder courts; Cafcass hybrid working policy.',
  },
  decision: {
    maker: 'Corporate Management Team',
    makerRole: 'Director of Operations (chair)',
    date: '2026-03-16',
    paperReference: 'CMT/2026/014',
    makerBriefed: true,
    notes: 'The full assessment, with the engagement summaries, goes to CMT with the decision paper.',
  },
  screening: {
    answers: {
      age: { relevance: 'yes', reason: 'Older kinship carers and grandparents are less often online.' },
      disability: {
        relevance: 'yes',
        reason: 'Video may be hard for parents with sensory or learning needs.',
      },
      gender_reassignment: { relevance: 'unsure', reason: 'No data on trans parents; check with Pride.' },
      marriage_civil_partnership: { relevance: 'no', reason: 'Staff working terms do not depend on it.' },
      pregnancy_maternity: { relevance: 'yes', reason: 'Travel to court is harder late in pregnancy.' },
      race: { relevance: 'yes', reason: 'Trust in remote justice may differ between communities.' },
      religion_belief: {
        relevance: 'unsure',
        reason: 'Listing times and holy days: check with Faith Network.',
      },
      sex: {
        relevance: 'yes',
        reason: 'Domestic abuse victims, mostly mothers, lose court safety measures.',
      },
      sexual_orientation: {
        relevance: 'unsure',
        reason: 'No data; check with Pride whether family form matters.',
      },
      carers: { relevance: 'yes', reason: 'Kinship carers must arrange cover to attend court.' },
      language: { relevance: 'yes', reason: 'Interpretation over video is harder.' },
    },
    decision: {
      kind: 'full_assessment',
      rationale: 'The change affects every private law family and touches several characteristics directly.',
      decidedBy: 'julie',
      decidedAt: '2026-01-19T14:00:00Z',
    },
  },
  evidence: {
    items: [
      {
        id: 'ev-caseload',
        kind: 'data',
        title: 'Private law caseload by characteristics of children and parties, 2024–25',
        source: 'Cafcass case management system',
        date: '2025-06-30',
        characteristics: ['age', 'disability', 'race', 'religion_belief', 'sex', 'language'],
        summary:
          'About 39,000 children in new private law cases; domestic abuse alleged in 58% of cases, by mothers in 83% of those; 11% of parties need an interpreter.',
        limitations:
          'Records every case, but disability and religion are missing for about a fifth of parties, and gender identity and sexual orientation are not recorded at all.',
      },
      {
        id: 'ev-pilot',
        kind: 'data',
        title: 'Video FHDRA pilot in three designated family judge areas: attendance and adjournments',
        source: 'Cafcass and HMCTS pilot evaluation',
        date: '2025-11-28',
        characteristics: ['age', 'disability', 'pregnancy_maternity', 'sex', 'carers', 'language'],
        summary:
          '1,240 FHDRAs; median wait for a first hearing two weeks shorter; adjournments 6% overall, 12% for parties aged 65+, 18% for interpreted hearings.',
        limitations:
          'Three areas only, chosen by their courts, not at random; few hearings per ethnic group, so outcomes by ethnicity cannot be compared.',
      },
      {
        id: 'ev-census-language',
        kind: 'census',
        title: 'Census 2021: main language and English proficiency',
        source: 'Office for National Statistics',
        url: 'https://www.ons.gov.uk/census',
        date: '2022-11-29',
        characteristics: ['language', 'race'],
        summary: '1.5% of usual residents in England and Wales aged 3+ cannot speak English well or at all.',
        limitations: 'National figures from 2021, not our caseload; self-reported proficiency.',
      },
      {
        id: 'ev-census-care',
        kind: 'census',
        title: 'Census 2021: provision of unpaid care',
        source: 'Office for National Statistics',
        url: 'https://www.ons.gov.uk/census',
        date: '2023-01-19',
        characteristics: ['carers', 'age', 'sex'],
        summary: '5.0 million people provide unpaid care; women and people aged 55–64 most often.',
        limitations:
          'National figures from 2021; under-counts kinship carers, who often do not see themselves as carers.',
      },
      {
        id: 'ev-digital',
        kind: 'research',
        title: "Adults' media use and attitudes report 2025",
        source: 'Ofcom',
        url: 'https://www.ofcom.org.uk/research-and-data',
        date: '2025-05-14',
        characteristics: ['age', 'disability'],
        summary:
          'People aged 75+ and disabled adults are the least likely to have home broadband and a device with a camera.',
        limitations:
          'A national survey of adults, not of parties to family cases; small samples for the oldest groups.',
      },
      {
        id: 'ev-fjypb',
        kind: 'consultation',
        title: "Family Justice Young People's Board workshop on video hearings",
        source: 'FJYPB session notes',
        date: '2025-12-06',
        characteristics: ['age', 'disability', 'race', 'sex', 'language'],
        summary:
          'Members valued quicker decisions but said older children want to speak to their adviser, not only be written about.',
        limitations:
          'Twelve members, mostly older children; younger children’s views come only through them.',
      },
      {
        id: 'ev-family-forum',
        kind: 'consultation',
        title: 'Family Forum workshop on video FHDRAs',
        source: 'Family Forum session notes',
        date: '2025-12-10',
        characteristics: ['sex', 'carers', 'pregnancy_maternity', 'language'],
        summary:
          'Parents welcomed no travel; mothers who had experienced abuse feared being overheard at home.',
        limitations:
          'Nine parents and carers who volunteer, more confident than most; no fathers who had been accused of abuse.',
      },
      {
        id: 'ev-complaints',
        kind: 'complaints',
        title: 'Complaints and feedback about remote participation, April to December 2025',
        source: 'Cafcass customer feedback team',
        date: '2026-01-09',
        characteristics: ['disability', 'language', 'age', 'sex'],
        summary:
          '31 complaints about remote participation: 9 from disabled parents (captions, pace), 6 about interpreters.',
        limitations:
          'Complaints come from people able and willing to complain; 31 in nine months is too few to compare groups.',
      },
      {
        id: 'ev-staff-survey',
        kind: 'feedback',
        title: 'Staff pulse survey and network sessions on remote hearings',
        source: 'Cafcass people team',
        date: '2026-01-20',
        characteristics: [
          'disability',
          'carers',
          'pregnancy_maternity',
          'religion_belief',
          'marriage_civil_partnership',
          'gender_reassignment',
          'sexual_orientation',
          'race',
        ],
        summary:
          '412 responses: 71% prefer attending FHDRAs by video; staff with caring responsibilities and disabled staff most in favour.',
        limitations:
          '412 of about 1,900 staff (22%); those who answer pulse surveys may favour remote work more than others.',
      },
    ],
    gaps: [
      {
        id: 'gap-trans-lgb',
        description:
          'We do not record the gender identity or sexual orientation of parties, so we cannot tell whether trans, lesbian, gay or bisexual parents experience video hearings differently.',
        characteristics: ['gender_reassignment', 'sexual_orientation'],
        actionIds: ['act-monitoring-fields'],
      },
      {
        id: 'gap-ethnicity-outcomes',
        description:
          'The pilot had too few hearings per ethnic group to compare adjournment and agreement rates.',
        characteristics: ['race'],
        actionIds: ['act-ethnicity-analysis'],
      },
      {
        id: 'gap-bsl',
        description: 'Case records do not separate British Sign Language users from other interpreter needs.',
        characteristics: ['language', 'disability'],
        actionIds: ['act-bsl-recording'],
      },
    ],
  },
  engagement: [
    {
      id: 'eng-fjypb',
      stakeholder: 'fjypb',
      who: "Family Justice Young People's Board (12 members aged 11 to 24)",
      date: '2025-12-06',
      method: 'Facilitated workshop with scenario cards',
      characteristics: ['age', 'disability', 'race', 'sex', 'language'],
      whatTheySaid:
        'Quicker first hearings matter to children. Older children, especially Black boys, said they already feel talked about rather than listened to and want to speak to their adviser before the hearing.',
      whatChanged:
        'Advisers will offer children aged 10 and over a conversation before the FHDRA, and the safeguarding letter will quote the child.',
    },
    {
      id: 'eng-family-forum',
      stakeholder: 'family_forum',
      who: 'Family Forum (9 parents and kinship carers)',
      date: '2025-12-10',
      method: 'Online workshop, with a paper survey for members who could not join',
      characteristics: ['sex', 'carers', 'pregnancy_maternity', 'language'],
      whatTheySaid:
        'No travel or childcare cover is a relief; victims of abuse fear being overheard at home and want to keep separate waiting at court.',
      whatChanged:
        'Cases with domestic abuse flagged at safeguarding checks stay in person unless the victim asks for video.',
    },
    {
      id: 'eng-staff-networks',
      who: 'Chairs of Ability Matters, Carers Network, Kaleidoscope, Pride and the Faith Network',
      date: '2026-01-21',
      method: 'Joint network meeting',
      characteristics: [
        'disability',
        'carers',
        'race',
        'religion_belief',
        'sexual_orientation',
        'gender_reassignment',
      ],
      whatTheySaid:
        'Support for less travel; Kaleidoscope asked that outcomes be monitored by ethnicity; Ability Matters asked for captioning.',
      whatChanged: 'Quarterly analysis by ethnicity added to monitoring; captions switched on by default.',
    },
    {
      id: 'eng-domestic-abuse',
      who: "Women's Aid and a domestic abuse practitioners' panel",
      date: '2026-01-14',
      method: 'Round table',
      characteristics: ['sex'],
      whatTheySaid:
        'Remote hearings can expose victims to coercion at home; victims must choose how they attend.',
      whatChanged:
        'Victims choose in-person or video; advisers check at the start that a party can speak freely.',
    },
  ],
  analysis: {
    age: {
      status: 'impacts_identified',
      reasoning:
        'Children benefit from earlier decisions; older parties, often grandparents and kinship carers, adjourn more over video.',
      evidenceIds: ['ev-pilot', 'ev-digital'],
      impacts: [
        {
          id: 'imp-age-children',
          audience: 'children_young_people',
          direction: 'positive',
          aims: ['advanceEquality'],
          description:
            'First hearings come about two weeks sooner, so arrangements for children are settled earlier.',
          evidenceIds: ['ev-pilot'],
        },
        {
          id: 'imp-age-older-parties',
          audience: 'parents_carers_families',
          direction: 'negative',
          severity: 'medium',
          aims: ['eliminateDiscrimination', 'advanceEquality'],
          discriminationRisk: 'indirect',
          description:
            'Parties aged 65 and over, often grandparents, were twice as likely to ask for an adjournment in the pilot (12% against 6%), mostly for lack of a device or confidence with video.',
          evidenceIds: ['ev-pilot', 'ev-digital'],
          mitigation:
            'Telephone or in-person attendance on request at allocation; a technology check call before the hearing.',
          actionIds: ['act-opt-out', 'act-tech-check'],
          residualSeverity: 'low',
        },
      ],
    },
    disability: {
      status: 'impacts_identified',
      reasoning:
        'Disabled parents raised most complaints about remote participation; disabled staff gain from less travel.',
      evidenceIds: ['ev-complaints', 'ev-staff-survey'],
      gapIds: ['gap-bsl'],
      impacts: [
        {
          id: 'imp-disability-parents',
          audience: 'parents_carers_families',
          direction: 'negative',
          severity: 'high',
          aims: ['eliminateDiscrimination', 'advanceEquality'],
          discriminationRisk: 'reasonable_adjustments',
          description:
            'Parents with learning disabilities, autistic parents and parents with hearing or sight loss may not follow a fast video hearing or the platform; 9 of 31 remote participation complaints came from disabled parents.',
          evidenceIds: ['ev-complaints', 'ev-caseload', 'ev-digital'],
          mitigation:
            'Reasonable adjustments asked about at the safeguarding call; in-person attendance as of right where an adjustment needs it; captions on by default; intermediaries and BSL interpreters booked through the court.',
          actionIds: ['act-adjustments-question', 'act-opt-out'],
          residualSeverity: 'low',
        },
        {
          id: 'imp-disability-staff',
          audience: 'staff',
          direction: 'positive',
          aims: ['advanceEquality'],
          description:
            'Fewer journeys to court help staff with mobility impairments and fatigue-related conditions.',
          evidenceIds: ['ev-staff-survey'],
        },
      ],
    },
    gender_reassignment: {
      status: 'no_impact',
      reasoning:
        'Joining by video asks nothing about gender history, and a trans parent can join from home rather than a public waiting area. We hold no case data on trans parents, so this rests on staff network views until the data gap is filled.',
      evidenceIds: ['ev-staff-survey'],
      gapIds: ['gap-trans-lgb'],
    },
    marriage_civil_partnership: {
      status: 'no_impact',
      reasoning:
        'For staff, video attendance changes where advisers work from, not any term that depends on being married or in a civil partnership. For parents the duty does not extend to this characteristic.',
      evidenceIds: ['ev-staff-survey'],
    },
    pregnancy_maternity: {
      status: 'impacts_identified',
      reasoning: 'Travel and long waits at court are hardest late in pregnancy and with a newborn.',
      evidenceIds: ['ev-pilot', 'ev-family-forum'],
      impacts: [
        {
          id: 'imp-pregnancy-parents',
          audience: 'parents_carers_families',
          direction: 'positive',
          aims: ['advanceEquality'],
          description:
            'Pregnant parents and parents with babies avoid travel and waits; none of the 14 such pilot parties asked to attend in person.',
          evidenceIds: ['ev-pilot', 'ev-family-forum'],
        },
      ],
    },
    race: {
      status: 'impacts_identified',
      reasoning:
        'Parents from some Black and Asian communities may trust a remote hearing less, but the pilot was too small to compare outcomes by ethnic group.',
      evidenceIds: ['ev-caseload'],
      gapIds: ['gap-ethnicity-outcomes'],
      impacts: [
        {
          id: 'imp-race-trust',
          audience: 'parents_carers_families',
          direction: 'unknown',
          aims: ['advanceEquality', 'fosterGoodRelations'],
          description:
            'Whether video hearings change agreement or adjournment rates for Black, Asian and mixed-heritage parents is not yet known.',
          evidenceIds: ['ev-caseload'],
          actionIds: ['act-ethnicity-analysis'],
        },
      ],
    },
    religion_belief: {
      status: 'no_impact',
      reasoning:
        'Listing times do not change, so clashes with holy days or prayer times are no more likely than now and the request-to-relist route remains. Faith Network members raised no concern.',
      evidenceIds: ['ev-staff-survey', 'ev-caseload'],
    },
    sex: {
      status: 'impacts_identified',
      reasoning:
        'Domestic abuse is alleged in most cases, mostly by mothers; video loses the separate waiting and screens a court provides.',
      evidenceIds: ['ev-caseload', 'ev-family-forum'],
      impacts: [
        {
          id: 'imp-sex-domestic-abuse',
          audience: 'parents_carers_families',
          direction: 'negative',
          severity: 'high',
          aims: ['eliminateDiscrimination', 'advanceEquality'],
          discriminationRisk: 'indirect',
          description:
            'A victim of domestic abuse, usually the mother, joining from home may be overheard or coerced, and loses separate waiting rooms and screens.',
          evidenceIds: ['ev-caseload', 'ev-family-forum'],
          mitigation:
            'Cases with domestic abuse flagged at safeguarding checks are listed in person unless the victim chooses video; separate virtual waiting rooms; the adviser checks at the start that the party can speak freely.',
          actionIds: ['act-domestic-abuse-listing'],
          residualSeverity: 'low',
        },
      ],
    },
    sexual_orientation: {
      status: 'no_impact',
      reasoning:
        'Video participation does not depend on family form or ask about orientation; same-sex parents are heard the same way as others. Pride members raised no concern; we hold no case data, see the data gap.',
      evidenceIds: ['ev-staff-survey'],
      gapIds: ['gap-trans-lgb'],
    },
    carers: {
      status: 'impacts_identified',
      reasoning:
        'Kinship carers and parents of disabled children need not arrange half a day of replacement care.',
      evidenceIds: ['ev-pilot', 'ev-census-care'],
      impacts: [
        {
          id: 'imp-carers-attendance',
          audience: 'parents_carers_families',
          direction: 'positive',
          aims: ['advanceEquality'],
          description:
            'Kinship carers and parents caring for a disabled child can attend without arranging cover; their attendance rose in the pilot.',
          evidenceIds: ['ev-pilot', 'ev-census-care'],
        },
      ],
    },
    language: {
      status: 'impacts_identified',
      reasoning: 'Interpreted hearings adjourned three times as often in the pilot.',
      evidenceIds: ['ev-pilot', 'ev-census-language', 'ev-complaints'],
      gapIds: ['gap-bsl'],
      impacts: [
        {
          id: 'imp-language-interpreters',
          audience: 'parents_carers_families',
          direction: 'negative',
          severity: 'medium',
          aims: ['eliminateDiscrimination', 'advanceEquality'],
          discriminationRisk: 'indirect',
          description:
            'Three-way interpretation over video is harder to follow; 18% of interpreted pilot hearings were adjourned, against 6% overall.',
          evidenceIds: ['ev-pilot', 'ev-complaints', 'ev-census-language'],
          mitigation:
            'The interpreter joins from the same room as the parent where possible; interpreted hearings get a longer slot; joining instructions translated into the ten most requested languages.',
          actionIds: ['act-interpreter-protocol'],
          residualSeverity: 'low',
        },
      ],
    },
  },
  intersectionality: {
    impacts: [
      {
        id: 'imp-int-black-boys',
        members: [
          { characteristic: 'race', subgroup: 'Black and mixed-heritage' },
          { characteristic: 'sex', subgroup: 'male' },
          { characteristic: 'age', subgroup: '13 to 17' },
        ],
        audience: 'children_young_people',
        direction: 'negative',
        severity: 'medium',
        aims: ['advanceEquality', 'fosterGoodRelations'],
        description:
          'Black and mixed-heritage boys aged 13 to 17 told the FJYPB they already feel less listened to; a remote first hearing where their views arrive only in writing may deepen that.',
        evidenceIds: ['ev-fjypb'],
        mitigation:
          'Advisers offer children aged 10 and over a conversation before the FHDRA, and the safeguarding letter quotes the child.',
        actionIds: ['act-child-voice'],
        residualSeverity: 'low',
      },
    ],
    cumulativeImpact:
      'The HMCTS digital application and the Pathfinder courts also move contact with families online, so digitally excluded, older and disabled parties feel the combined effect. The annual ED&I report will look at the three changes together.',
  },
  generalDuty: {
    eliminateDiscrimination:
      'The opt-out, adjustments question and domestic abuse listing rule remove the indirect disadvantage video would otherwise cause to older, disabled and abused parties, and to parties who need interpreters.',
    advanceEquality:
      'Earlier first hearings help children; carers, pregnant parents and disabled staff gain from less travel; quarterly monitoring by characteristic will show whether any group falls behind.',
    fosterGoodRelations:
      'Hearing children directly before the FHDRA and monitoring outcomes by ethnicity respond to what young people and staff networks told us about trust.',
  },
  outcome: {
    kind: 'adjust',
    rationale:
      'Video by default goes ahead with in-person attendance on request, an in-person default for domestic abuse cases, an interpreter protocol and a pre-hearing conversation for older children.',
  },
  actions: [
    {
      id: 'act-opt-out',
      description:
        'Offer every party telephone or in-person attendance on request at allocation, recording the reason.',
      impactIds: ['imp-age-older-parties', 'imp-disability-parents'],
      owner: 'Ben Hughes, Service Manager',
      dueDate: '2026-05-29',
      measure: 'Every request granted; requests analysed quarterly by age, disability and ethnicity.',
    },
    {
      id: 'act-tech-check',
      description: 'Run a technology check call with each party a week before the hearing.',
      impactIds: ['imp-age-older-parties'],
      owner: 'Ben Hughes, Service Manager',
      dueDate: '2026-05-29',
      measure: 'Adjournments for parties aged 65+ no higher than for others within six months.',
    },
    {
      id: 'act-adjustments-question',
      description: 'Add a reasonable adjustments question to the safeguarding call script and case record.',
      impactIds: ['imp-disability-parents'],
      owner: 'Amara Okafor, Head of Practice Policy',
      dueDate: '2026-05-15',
      measure:
        'Adjustment need recorded for 95% of parties; complaints from disabled parents halved in a year.',
    },
    {
      id: 'act-domestic-abuse-listing',
      description:
        'Agree with designated family judges that cases with domestic abuse flagged are listed in person unless the victim chooses video.',
      impactIds: ['imp-sex-domestic-abuse'],
      owner: 'Sam Patel, Director of Operations',
      dueDate: '2026-05-01',
      measure:
        'Listing protocol agreed in every area; audit of 50 flagged cases a quarter shows the victim chose.',
    },
    {
      id: 'act-interpreter-protocol',
      description: 'Publish an interpreter protocol for video FHDRAs and translate the joining instructions.',
      impactIds: ['imp-language-interpreters'],
      owner: 'Amara Okafor, Head of Practice Policy',
      dueDate: '2026-05-29',
      measure: 'Adjournment rate of interpreted hearings within two points of the overall rate.',
    },
    {
      id: 'act-child-voice',
      description:
        'Offer children aged 10 and over a conversation with their adviser before the FHDRA and quote them in the safeguarding letter.',
      impactIds: ['imp-int-black-boys'],
      owner: 'Julie Brown, Strategic Lead for EDI',
      dueDate: '2026-06-30',
      measure: 'Offer made in 90% of eligible cases; FJYPB review of 20 letters a quarter.',
    },
    {
      id: 'act-ethnicity-analysis',
      description:
        'Analyse agreement and adjournment rates by ethnic group after the first six months, using census categories.',
      impactIds: ['imp-race-trust'],
      gapIds: ['gap-ethnicity-outcomes'],
      owner: 'Cafcass performance and analytics team',
      dueDate: '2026-12-18',
      measure: 'Analysis published in the ED&I report, with actions for any gap over five points.',
    },
    {
      id: 'act-monitoring-fields',
      description:
        'Add optional gender identity and sexual orientation questions to the party feedback survey.',
      gapIds: ['gap-trans-lgb'],
      owner: 'Julie Brown, Strategic Lead for EDI',
      dueDate: '2026-09-30',
      measure: 'Questions live, with Pride network review of the wording.',
    },
    {
      id: 'act-bsl-recording',
      description: 'Record British Sign Language need separately from spoken-language interpreting.',
      gapIds: ['gap-bsl'],
      owner: 'Cafcass performance and analytics team',
      dueDate: '2026-07-31',
      measure: 'BSL need recorded as its own field in the case system.',
    },
  ],
  monitoring: {
    arrangements:
      'Quarterly report to the Operations Board on attendance, adjournments, opt-out requests and complaints by age, disability, sex, ethnicity and interpreter need; FJYPB and Family Forum review it twice a year.',
    nextReviewDate: '2027-02-26',
  },
});
