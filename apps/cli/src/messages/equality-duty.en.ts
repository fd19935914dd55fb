/**
 * What the equality duty's commands print, in English: `data` (the organisation's equality data),
 * `objectives` and `insight`. Spread into en.ts beside commands.en.ts; the Welsh twin is
 * equality-duty.cy.ts, of this type.
 */
export const equalityDutyEnglish = {
  data: {
    noSuchAction: ({ action }: { action: string }) =>
      `There is no \`eqia data ${action}\`: use list, history, show or import. Run \`eqia data --help\`.`,
    none: 'No equality data yet. Import some with `eqia data import workforce <file.csv> --set <census set> --period <period>`.',
    badKind: ({ kinds, kind }: { kinds: string; kind: string }) =>
      `Import one of ${kinds}, not "${kind}". Run \`eqia data --help\`.`,
    badDimension: ({ dimensions, value }: { dimensions: string; value: string }) =>
      `--dimension must be one of ${dimensions}, not "${value}".`,
    imported: ({ title }: { title: string }) => `Imported: ${title}.`,
    censusSet: 'census set',
    entryTitle: ({
      population,
      set,
      area,
      period,
    }: {
      population: string;
      set: string;
      area: string;
      period: string;
    }) => `${population} by ${set}, ${area}, ${period}`,
    importedBy: ({ name, date }: { name: string; date: string }) => `imported by ${name} on ${date}`,
    suppressed: 'suppressed',
    profileTitle: ({ population, label, set }: { population: string; label: string; set: string }) =>
      `${population}: ${label} by ${set}`,
    known: ({
      area,
      period,
      known,
      notKnown,
    }: {
      area: string;
      period: string;
      known: string;
      notKnown: string;
    }) => `${area}, ${period}; ${known} known, ${notKnown}`,
    notKnown: ({ count }: { count: string }) => `${count} not known`,
    noNotKnown: 'no "not known" recorded',
    comparedWith: ({ population, area, period }: { population: string; area: string; period: string }) =>
      `compared with ${population} (${area}, ${period})`,
    against: ({ share }: { share: string }) => ` against ${share}`,
    noBonuses: 'no bonuses',
    snapshot: ({ dimension, date }: { dimension: string; date: string }) => `${dimension} (snapshot ${date})`,
    hourly: ({ mean, median }: { mean: string; median: string }) =>
      `Hourly pay gap: mean ${mean}, median ${median}`,
    bonus: ({ mean, median }: { mean: string; median: string }) =>
      `Bonus gap: mean ${mean}, median ${median}`,
    paidBonus: ({ groups }: { groups: string }) => `Paid a bonus (${groups})`,
    figuresFor: ({ period, threshold }: { period: string; threshold: number }) =>
      `Equality data for ${period} (counts under ${threshold} suppressed)`,
    noPeriod: ({ period }: { period: string }) =>
      `There is no equality data for "${period}": \`eqia data\` lists the years there is data for.`,
  },
  objectives: {
    none: 'No equality objectives yet. Set one up with `eqia objectives new --answers <file>`.',
    done: {
      new: 'Set up as a draft',
      edit: 'Changed',
      submit: 'Sent for approval',
      approve: 'Approved',
      'request-changes': 'Sent back for changes',
      progress: 'Progress recorded',
      close: 'Closed',
      other: 'Saved',
    },
    saved: ({ done, title, id, version }: { done: string; title: string; id: string; version: number }) =>
      `${done}: ${title} (${id}), version ${version}.`,
    badOutcome: '--outcome must be met, closed or superseded.',
    unknownAction: ({ action }: { action: string }) =>
      `Unknown action "${action}": use list, show, new, edit, submit, approve, request-changes, progress, close or report.`,
    badFormat: ({ formats }: { formats: string }) => `--format must be one of ${formats}.`,
    badRag: ({ values }: { values: string }) => `--rag must be one of ${values}.`,
    badValue: ({ text }: { text: string }) =>
      `--value takes <measure>=<number>, like --value ethnicity-recorded=74, not "${text}".`,
    objectiveFile: ({ file }: { file: string }) => `The objective file ${file}`,
    changesFile: ({ file }: { file: string }) => `The file of changes ${file}`,
    standardInput: 'standard input',
    welshMissing: ({ id, keys }: { id: string; keys: string }) =>
      `Objective ${id} has texts without Welsh, and the organisation publishes in Welsh: ${keys}. Give them under "welsh" in a file for eqia objectives edit ${id} --answers.`,
    welshStale: ({ id, keys }: { id: string; keys: string }) =>
      `Objective ${id} has Welsh written for English that has changed since: ${keys}. Write the Welsh again under "welsh" in a file for eqia objectives edit ${id} --answers.`,
    progressFlags: 'a progress update',
    noUpdate: 'No update yet',
    noUpdateYet: 'no update yet',
    latestOn: ({ rag, date }: { rag: string; date: string }) => `${rag} on ${date}`,
    ownedBy: ({ status, owner, start, end }: { status: string; owner: string; start: string; end: string }) =>
      `${status} · owned by ${owner} · ${start} to ${end}`,
    latest: ({ rag, date }: { rag: string; date: string }) =>
      `Latest progress: ${rag}${date ? `, reported for ${date}` : ''}`,
    why: ({ text }: { text: string }) => `Why: ${text}`,
    characteristics: ({ names }: { names: string }) => `Characteristics: ${names}`,
    measures: 'Measures',
    baseline: ({ value }: { value: string }) => `baseline ${value}, `,
    target: ({ value }: { value: string }) => `target ${value}`,
    valueAt: ({ value, date }: { value: string; date: string }) => `, ${value} at ${date}`,
    noValue: ', no value reported yet',
    milestones: 'Milestones',
    milestoneDone: ({ date }: { date: string }) => `✓ done ${date}`,
    milestoneDue: ({ date }: { date: string }) => `due ${date}`,
    actions: 'Actions',
    progress: 'Progress',
    update: ({ date, rag, by, narrative }: { date: string; rag: string; by: string; narrative: string }) =>
      `${date}  ${rag}, by ${by}: ${narrative}`,
    whatChanged: ({ text }: { text: string }) => `What changed: ${text}`,
    closed: ({ text }: { text: string }) => `Closed: ${text}`,
    attention: 'Needs attention',
    askAsOf: 'Reporting on which day? (the quarter’s end, YYYY-MM-DD)',
    badDay: 'write the day as YYYY-MM-DD',
    askRag: 'How is it going?',
    askNarrative: 'What progress was made?',
    askWhatChanged: 'What changed for people as a result? (optional)',
    askValue: ({ indicator, unit }: { indicator: string; unit: string }) =>
      `${indicator}: latest value${unit ? ` (${unit})` : ''}, blank if not measured`,
    badNumber: 'write a number, or leave it blank',
    askMilestones: 'Which milestones are now done?',
  },
  insight: {
    badFormat: ({ formats, value }: { formats: string; value: string }) =>
      `--format must be one of ${formats}, not "${value}".`,
    outNeedsFormat: ({ formats }: { formats: string }) =>
      `Pass --format ${formats} with --out (or an --out file ending in one of them).`,
    badLevel: ({ value }: { value: string }) => `--level must be groups or categories, not "${value}".`,
    attached: 'Evidence attached',
  },
};

export type EqualityDutyMessages = typeof equalityDutyEnglish;
