type Sides = { profile: string; baseline: string };

/** The words of a disparity analysis: its table, notes and chart, and the report of its own. */
export const englishInsight = {
  suppressed: 'suppressed',
  notApplicable: 'not applicable',
  title: ({ set, profile, baseline }: Sides & { set: string }) =>
    `${set}: ${profile} compared with ${baseline}`,
  caption: ({ set, profile, baseline }: Sides & { set: string }) =>
    `${profile} compared with ${baseline}, by ${set}`,
  count: 'Count',
  share: 'Share',
  interval: ({ percent }: { percent: string }) => `${percent} interval`,
  ratio: 'Ratio',
  finding: 'Finding',
  range: ({ lower, upper }: { lower: string; upper: string }) => `${lower} to ${upper}`,
  known: 'Answer known',
  notKnown: 'Not known or prefer not to say',
  total: 'Total',
  notRecorded: 'not recorded',
  ofTotal: ({ share }: { share: string }) => `${share} of total`,
  sharesNote: ({ percent, profile, baseline, tooFew }: Sides & { percent: string; tooFew: string }) =>
    `Shares are of the people whose answer is known. The interval is the ${percent} Wilson score interval around the share of ${profile}; a group is over- or under-represented when the share of ${baseline} lies outside it, and "${tooFew}" when a figure is suppressed. Ratio: the first share divided by the second.`,
  suppressedNote: ({ threshold }: { threshold: number }) =>
    `Suppressed: counts fewer than ${threshold}, and where needed the next smallest count, so that no count fewer than ${threshold} can be worked out from the totals; shares, intervals and ratios derived from them are suppressed too.`,
  sources: ({ sources }: { sources: string }) => `Sources: ${sources}.`,
  flagged: ({ group, flag }: { group: string; flag: string }) => `${group}: ${flag}`,
  noDifference: 'No group differs beyond the interval.',
  everyFigure: 'The table gives every figure.',
  chart: {
    drawing: ({ profile, baseline }: Sides) =>
      `Bars show each group's share of ${profile} (solid, with its interval) and of ${baseline} (outlined).`,
    drawingWord: ({ profile, baseline }: Sides) =>
      `Bars show each group's share of ${profile} and of ${baseline}, in per cent.`,
    title: ({ profile, baseline }: Sides) => `Share of ${profile} and of ${baseline} by group`,
    titlePercent: ({ profile, baseline }: Sides) => `Share of ${profile} and of ${baseline} by group (%)`,
    name: ({ title }: { title: string }) => `Chart: ${title}`,
  },
  report: {
    title: ({ title }: { title: string }) => `Disparity analysis: ${title}`,
    organisation: 'Organisation',
    area: 'Area',
    periods: 'Periods',
    summary: 'Summary',
    comparison: 'The comparison',
    finding: ({ flag, groups }: { flag: string; groups: string }) => `${flag}: ${groups}`,
    against: ({ group, share, baseline }: { group: string; share: string; baseline: string }) =>
      `${group} (${share} against ${baseline})`,
    noneDiffers: ({ baseline }: { baseline: string }) =>
      `No group differs from ${baseline} beyond the interval.`,
    notGiven: ({ who }: { who: string }) => `How many of ${who} have no recorded answer was not given.`,
    notKnownSuppressed: ({ who }: { who: string }) =>
      `How many of ${who} have no recorded answer is suppressed (a small count).`,
    notKnown: ({ share, who }: { share: string; who: string }) =>
      `${share} of ${who} have no recorded answer.`,
  },
};
