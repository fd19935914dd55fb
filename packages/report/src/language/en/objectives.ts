type Dated = { date: string; text: string };

/** The words of the equality objectives: each objective's section, and the Board's progress report. */
export const englishObjectives = {
  none: 'No equality objectives are recorded yet.',
  noProgress: 'No progress reported yet',
  rag: ({ symbol, rag, meaning, date }: { symbol: string; rag: string; meaning: string; date: string }) =>
    `${symbol} ${rag} (${meaning}), reported for ${date}`,
  measures: {
    caption: 'Measures against targets',
    columns: ['Measure', 'Baseline', 'Latest', 'Target', 'Reached'],
    notReported: 'Not yet reported',
    reached: '✓ Yes',
    notYet: 'Not yet',
    empty: 'No measures set.',
  },
  heading: ({ n, title }: { n: number; title: string }) => `Objective ${n}: ${title}`,
  owner: 'Owner',
  status: 'Status',
  progress: 'Progress',
  period: 'Period',
  periodRange: ({ from, to }: { from: string; to: string }) => `${from} to ${to}`,
  characteristics: 'Characteristics',
  all: 'All',
  latest: ({ text }: { text: string }) => `Latest update: ${text}`,
  done: ({ date, text }: Dated) => `✓ Done ${date}: ${text}`,
  overdue: ({ date, text }: Dated) => `! Overdue ${date}: ${text}`,
  due: ({ date, text }: Dated) => `Due ${date}: ${text}`,
  changed: 'What changed as a result:',
  change: ({ date, text }: Dated) => `${date}: ${text}`,
  attention: ({ items }: { items: string }) => `Needs attention: ${items}`,
  board: {
    title: ({ date }: { date: string }) => `Equality objectives: progress to ${date}`,
    organisation: 'Organisation',
    glance: 'At a glance',
    caption: 'Each objective’s latest progress rating',
    columns: ['Objective', 'Owner', 'Progress', 'Measures reached'],
    reached: ({ met, total }: { met: number; total: number }) => `${met} of ${total}`,
    empty: 'No approved objectives.',
    heading: 'Progress by objective',
    intro:
      'Each objective’s owner reports its progress every quarter: the rating, what was done, the measures against their targets and the milestones of its plan.',
  },
};
