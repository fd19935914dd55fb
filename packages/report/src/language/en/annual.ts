type N = { n: number };
type Range = { from: string; to: string };

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
/** A count as a sentence's subject: "1 action was", "9 actions were". */
const were = (n: number, noun: string) => `${plural(n, noun)} ${n === 1 ? 'was' : 'were'}`;

/** The words of the annual equality report, part by part. */
export const englishAnnual = {
  title: ({ from, to }: Range) => `Annual equality report ${from} to ${to}`,
  organisation: 'Organisation',
  none: 'None',
  noneInPeriod: 'None in the period.',
  longestShown: ({ shown, total }: { shown: number; total: number }) =>
    `Showing the ${shown} overdue longest, of ${total}.`,
  soonestShown: ({ shown, total }: { shown: number; total: number }) =>
    `Showing the ${shown} soonest, of ${total}.`,
  activity: {
    created: 'created',
    decided: 'decided',
    signed_off: 'signed off',
    published: 'published',
    reaffirmed: 'reaffirmed',
    withdrawn: 'withdrawn',
  },
  summary: {
    heading: 'Summary',
    periodOpen: ({ to, today }: { to: string; today: string }) =>
      `The period runs to ${to} and is not over yet: these are the figures on ${today}, not the final ones.`,
    noObjectives: 'No equality objectives are recorded yet.',
    notRated: 'none reported on yet',
    objectives: ({ n, rated }: N & { rated: string }) => `${plural(n, 'equality objective')}: ${rated}.`,
    completed: ({ completed, overdue, today }: { completed: number; overdue: number; today: string }) =>
      `${were(completed, 'equality impact assessment')} signed off or published in the period, each policy counted once in its current revision. ${were(overdue, 'action')} overdue on ${today}.`,
    compared: ({ workforce, caseload, period }: { workforce: number; caseload: number; period: string }) =>
      `Our workforce (${plural(workforce, 'characteristic')}) and caseload (${caseload}) in ${period} are compared with the census, small counts suppressed.`,
    noData: 'No workforce or caseload data were recorded for the period.',
    genderGap: ({ mean, median }: { mean: string; median: string }) =>
      `Our gender pay gap is ${mean}% (mean) and ${median}% (median) of men’s hourly pay`,
    furtherGaps: ({ n }: N) => `; ${n} further pay gap${n > 1 ? 's are' : ' is'} reported voluntarily`,
    engage: ({ n }: N) =>
      n === 1
        ? 'We engage with 1 staff network, board or forum.'
        : `We engage with ${n} staff networks, boards and forums.`,
    yearAhead: ({ milestones, actions, reviews }: { milestones: number; actions: number; reviews: number }) =>
      `In the year ahead ${plural(milestones, 'milestone')}, ${plural(actions, 'action')} and ${plural(reviews, 'review')} fall due.`,
    caption: 'Assessments signed off or published in the period (current revisions)',
    columns: ['Assessment', 'Signed off', 'Published'],
    notYet: 'Not yet',
  },
  objectives: {
    heading: 'Our equality objectives',
    intro:
      'Each objective is owned by a member of the senior leadership team and reported to the Board every quarter. Progress is as reported by the end of the period.',
  },
  overview: {
    heading: 'Overview',
    count: ({ n, from, to }: N & Range) =>
      `${were(n, 'equality impact assessment')} created, decided, signed off, published, reaffirmed or withdrawn between ${from} and ${to}.`,
    assessments: 'Assessments',
    byState: 'Assessments by state',
    state: 'State',
    byOutcome: 'Assessments by outcome',
    outcome: 'Outcome',
    noOutcome: 'No outcome yet',
    screenedOutFull: 'Screened out (no full assessment)',
    noScreening: 'No screening decisions were taken in the period.',
    screenedOutRate: ({ out, decided, percent }: { out: number; decided: number; percent: number }) =>
      `${out} of ${plural(decided, 'screening decision')} (${percent}%) found no full assessment was needed.`,
    screeningOut: ({ rate }: { rate: string }) => `Screening out: ${rate}`,
  },
  impacts: {
    heading: 'Impacts by characteristic and audience',
    intro:
      'Counted from the assessments of the period that are in force (signed off or published), so each policy counts once, in its current revision; drafts and replaced revisions are left out. Key: ▼ negative, ? unknown, ▲ positive, ● neutral; negatives show how many were high severity before mitigation.',
    caption: 'Impacts found, by characteristic and audience (negatives first)',
    characteristic: 'Characteristic',
    noCharacteristics: 'No characteristics.',
    intersectional: 'Intersectional impacts found',
    intersectionalColumns: ['Intersection', 'Assessment', 'Who', 'Impact', 'Description'],
    noneFound: 'None found in the period.',
  },
  commitments: {
    heading: 'Actions and reviews',
    actions: ({
      open,
      inProgress,
      done,
      dropped,
      overdue,
      today,
    }: {
      open: number;
      inProgress: number;
      done: number;
      dropped: number;
      overdue: number;
      today: string;
    }) =>
      `Actions of the period's assessments and of every assessment still in force: ${open} open, ${inProgress} in progress, ${done} done, ${dropped} dropped; ${overdue} overdue on ${today}.`,
    overdueAges: ({
      upTo3Months,
      upTo12Months,
      overAYear,
    }: {
      upTo3Months: number;
      upTo12Months: number;
      overAYear: number;
    }) =>
      `How late the overdue actions are: up to three months, ${upTo3Months}; three to twelve months, ${upTo12Months}; more than a year, ${overAYear}.`,
    byTeamCaption: 'Overdue actions by team',
    byTeamColumns: ['Team', 'Overdue actions'],
    noTeam: 'No team',
    fullListIn: ({ where }: { where: string }) => `The full list of overdue actions is in ${where}.`,
    fullListOnRequest: 'The full list of overdue actions is available from us on request, as a spreadsheet.',
    overdueCaption: 'Overdue actions',
    overdueColumns: ['Action', 'Assessment', 'Owner', 'Due'],
    noOwner: 'No owner',
    noOverdue: 'No overdue actions.',
    reviewsCaption: 'Reviews due by the end of the period, or overdue',
    reviewsColumns: ['Assessment', 'Review date', 'Status'],
    overdue: 'Overdue',
    due: 'Due',
    noReviews: 'No reviews due.',
  },
  list: {
    heading: 'Assessments in the period',
    caption: 'Every assessment with activity in the period',
    columns: ['Assessment', 'Reference', 'State', 'Outcome', 'In the period', 'Negative impacts on'],
    revision: ({ title, revision }: { title: string; revision: number }) => `${title} (revision ${revision})`,
    screenedOut: 'Screened out',
    empty: 'No assessments in the period.',
  },
  profiles: {
    heading: 'Workforce and caseload',
    noData: 'No workforce or caseload data were recorded for the period (`eqia data import`).',
    intro: ({ period, threshold }: { period: string; threshold: number }) =>
      `Who works for us and who we work with in ${period}, by characteristic, compared with the population at the census. Shares are of those whose answer is known; a group is over- or under-represented when the census share lies outside the confidence interval around ours. Counts fewer than ${threshold} are suppressed, with the cells that would let someone work them out.`,
    by: ({ set }: { set: string }) => `By ${set}`,
    caption: ({ who, set, area, period }: { who: string; set: string; area: string; period: string }) =>
      `${who} by ${set} (${area}, ${period})`,
    columns: ['Group', 'People', 'Share of those known'],
    suppressed: 'Suppressed',
    notKnown: 'Not known',
    total: 'Total',
    noCounts: 'No counts.',
  },
  payGaps: {
    heading: 'Pay gaps',
    none: 'No pay gap figures were recorded for the period.',
    intro:
      'Gaps are the difference between the reference group’s pay and the other group’s, as a percentage of the reference group’s (men, white staff, staff without a disability): a negative gap means the other group is paid more. The quartiles divide staff into four equal groups by hourly pay, lowest first.',
    snapshot: ({ gap, date }: { gap: string; date: string }) => `${gap}, snapshot ${date}`,
    columns: ['Measure', 'Mean', 'Median'],
    hourly: 'Hourly pay gap',
    bonus: 'Bonus pay gap',
    noBonuses: 'No bonuses paid',
    noFigures: 'No figures.',
    shares: ({ gap }: { gap: string }) => `${gap}: who is paid a bonus, and each quartile of hourly pay`,
    shareOfGroup: 'Share of each group',
    paidBonus: 'Paid a bonus',
  },
  engagement: {
    heading: 'Engagement',
    none: 'No staff networks, boards or forums are recorded in the profile.',
    intro: 'The groups we engage with on equality, who shape our objectives and assessments.',
    columns: ['Group', 'Who they are'],
    empty: 'None.',
  },
  next: {
    heading: 'What comes next',
    intro: ({
      from,
      to,
      milestones,
      actions,
      reviews,
    }: Range & { milestones: number; actions: number; reviews: number }) =>
      `Between ${from} and ${to}: ${plural(milestones, 'milestone')} of our objectives, ${plural(actions, 'action')} and ${plural(reviews, 'review')} of assessments fall due.`,
    what: 'What',
    owner: 'Owner',
    due: 'Due',
    noOwner: 'No owner',
    nothingDue: 'Nothing falls due.',
    milestones: 'Milestones of our objectives',
    objective: 'Objective',
    actions: 'Actions',
    objectiveOrAssessment: 'Objective or assessment',
    reviews: 'Reviews of assessments',
    reviewColumns: ['Assessment', 'Review due'],
    noReviews: 'No reviews fall due.',
  },
  disparities: {
    heading: 'Disparities found in the data',
    intro:
      'Comparisons of the people services work with, or their staff, with a census baseline, attached as evidence to the current record of each assessment in the period. A group is over- or under-represented when its share of the baseline lies outside the confidence interval (Wilson) around its share of the population compared; shares are of those whose answer is known, and small counts are suppressed. Each assessment’s report gives the full table.',
    caption: 'Disparity analyses attached to assessments',
    columns: [
      'Analysis',
      'Assessment',
      'Compared',
      'Over-represented',
      'Under-represented',
      'Too few to say',
      'Completeness',
    ],
    compared: ({ population, baseline, set }: { population: string; baseline: string; set: string }) =>
      `${population} with ${baseline}, by ${set}`,
    group: ({
      group,
      share,
      baseline,
      ratio,
    }: {
      group: string;
      share: string;
      baseline: string;
      ratio: string;
    }) => `${group} (${share} against ${baseline}${ratio})`,
    ratio: ({ ratio }: { ratio: string }) => `, ratio ${ratio}`,
    notRecorded: 'Not recorded',
    suppressed: 'Suppressed (a small count)',
    notKnown: ({ share }: { share: string }) => `${share} not known`,
    empty: 'No disparity analyses were attached in the period.',
  },
};
