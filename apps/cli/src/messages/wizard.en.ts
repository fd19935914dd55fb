/**
 * The wizard's screens, prompts and keys and its questions for the policy, the decision, screening,
 * evidence, the record's details, the general duty, the outcome and monitoring, in English: spread into
 * en.ts (the engagement, impact, action-plan and intersectionality questions are wizard-steps.en.ts).
 * The Welsh twin is wizard.cy.ts, of this type.
 */
export const wizardEnglish = {
  prompts: {
    more: 'more',
    needsAnswer: 'This needs an answer.',
    tickHint: 'Space to tick, a for all, Enter when done',
    chooseAtLeast: ({ min }: { min: number }) => `Choose at least ${min} (Space ticks).`,
  },
  wizard: {
    keyHelp:
      'Enter save · Esc question before · Ctrl+N/P next/previous step · Ctrl+G go to · Ctrl+C quit (all kept)',
    step: ({ step, total, title }: { step: number; total: number; title: string }) =>
      `Step ${step} of ${total} · ${title}`,
    saving: 'Saving…',
    checks: 'Checks: ',
    errors: ({ n }: { n: number }) => `${n} error${n === 1 ? '' : 's'}`,
    warnings: ({ n }: { n: number }) => `${n} warning${n === 1 ? '' : 's'}`,
    here: ({ n }: { n: number }) => ` · ${n} here`,
    noneHere: ' · none here',
    shownOfHere: ({ shown }: { shown: number }) => ` (${shown} shown; \`eqia check\` lists all)`,
    showLess: 'Ctrl+O shows less',
    moreLines: ({ n }: { n: number }) => `… ${n} more line${n === 1 ? '' : 's'}: Ctrl+O shows them all`,
    locked: 'This step is locked.',
    nextStep: 'Go on to the next step',
    goToStep: 'Go to a step',
    goToWhich: 'Go to which step?',
    stepLocked: 'locked',
    needsWork: 'needs work',
    notSaved: ({ message }: { message: string }) => `Not saved: ${message}`,
    /** After "Not saved: ": the assessment changed elsewhere since it was put on screen (changed-elsewhere.ts). */
    changedElsewhere: ({ who, sections }: { who: string; sections: string }) =>
      `the assessment was changed while you were answering, by ${who}${sections ? ` (${sections})` : ''}. It is shown as it now stands: answer again.`,
    welshSaved: ({ question }: { question: string }) => `Cymraeg saved: ${question}`,
    welshRemoved: ({ question }: { question: string }) => `Cymraeg removed: ${question}`,
    welshOf: ({ question }: { question: string }) =>
      `Cymraeg: the Welsh of your answer to “${question}” (optional)`,
    welshHint: 'Enter skips',
    title: 'Title of the policy, service change or decision',
    welshTitle: 'Cymraeg: the Welsh of the title (optional)',
    created: ({ id }: { id: string }) =>
      `Created ${id}. Every answer is saved as you go; continue any time with \`eqia edit ${id}\`.`,
    done: ({ id }: { id: string }) => `Done. Next: \`eqia check ${id}\`, then \`eqia submit ${id}\`.`,
    stopped: ({ saved }: { saved: number }) =>
      `Stopped. Every answer you gave is kept (${saved} saved this time), an unfinished item as far as it got.`,
    continueWith: ({ id, at }: { id: string; at: string }) =>
      `Continue with \`eqia edit ${id}\`${at ? `: it reopens at "${at}"` : ''}.`,
    noSuchStep: ({ asked, sections }: { asked: string; sections: string }) =>
      `No wizard step "${asked}": use a section (${sections}) or analysis.<characteristic>.`,
    lockedDraft:
      'Locked until the screening decision is recorded (step 3): a draft changes only its policy, decision, screening and evidence.',
    lockedScreenedOut:
      'Locked: the assessment was screened out. Change the screening decision to assess it in full.',
    lockedInReview: ({ id }: { id: string }) =>
      `Locked while it is in review. A reviewer may request changes; \`eqia withdraw ${id} --submission\` takes it back.`,
    lockedFinal: ({ state }: { state: string }) =>
      `Locked: the assessment is ${state}, which is final: nothing in it can change now.`,
    lockedOther: ({ state, id }: { state: string; id: string }) =>
      `Locked: the assessment is ${state}. \`eqia revise ${id}\` starts a new version to change.`,
    gridCharacteristic: 'Characteristic',
    gridNone: 'none for this audience',
  },
  policy: {
    guidance: 'What is being decided, and who does it touch? Plain words: a reviewer reads this first.',
    title: 'Title of the policy, service change or decision',
    savedTitle: ({ title }: { title: string }) => `Title: ${title}`,
    reference: 'Reference (optional)',
    savedReference: ({ reference }: { reference: string }) => `Reference: ${reference || '—'}`,
    kind: 'What kind of thing is it?',
    savedKind: ({ kind }: { kind: string }) => `Kind: ${kind}`,
    novelty: 'Is it new, a revision, or an existing policy assessed for the first time?',
    savedNovelty: ({ novelty }: { novelty: string }) => `Novelty: ${novelty}`,
    team: 'Team or directorate',
    savedTeam: ({ team }: { team: string }) => `Team: ${team || '—'}`,
    aims: 'Its aims and intended outcomes',
    savedAims: 'Aims saved',
    scope: 'Scope: what it covers and what it does not',
    savedScope: 'Scope saved',
    audiences: 'Who does it affect?',
    savedAudiences: ({ names }: { names: string }) => `Affects: ${names}`,
  },
  decision: {
    guidance:
      'Due regard must be paid before and at the time the decision is taken (Brown), by the person who takes it.',
    maker: 'Who takes the decision? (person or body)',
    savedMaker: ({ maker }: { maker: string }) => `Decision maker: ${maker || '—'}`,
    role: 'Their role',
    savedRole: ({ role }: { role: string }) => `Role: ${role || '—'}`,
    date: 'Decision date (YYYY-MM-DD, empty if not set yet)',
    savedDate: ({ date }: { date: string }) => `Decision date: ${date || 'not set'}`,
    paper: 'Decision paper reference (optional)',
    savedPaper: ({ paper }: { paper: string }) => `Paper: ${paper || '—'}`,
    briefed: 'Will the decision maker be given this assessment and told of the duty?',
    savedBriefed: ({ briefed }: { briefed: boolean }) => `Decision maker briefed: ${briefed ? 'yes' : 'no'}`,
  },
  screening: {
    progress: ({ n, of, characteristic }: { n: number; of: number; characteristic: string }) =>
      `Screening ${n} of ${of}: ${characteristic}`,
    relevant: ({ characteristic }: { characteristic: string }) =>
      `Is the policy relevant to ${characteristic}?`,
    savedRelevance: ({ characteristic, relevance }: { characteristic: string; relevance: string }) =>
      `Screening ${characteristic}: ${relevance}`,
    why: 'Why? (one sentence, specific to this characteristic)',
    savedReason: ({ characteristic }: { characteristic: string }) =>
      `Screening ${characteristic}: reason saved`,
    someRelevant: 'Some characteristics are relevant or unsure: a full assessment is expected.',
    noneRelevant:
      'Nothing looks relevant: you may screen out, with a rationale a senior approver will check.',
    decision: 'Screening decision',
    rationale: 'The rationale for this decision',
    saved: ({ decision }: { decision: string }) => `Screening: ${decision}`,
  },
  fields: {
    badDate: 'Use YYYY-MM-DD, e.g. 2026-05-29.',
    badPartialDate: 'Use a year, month or day: 2021, 2021-03 or 2021-03-31.',
    recorded: ({ names }: { names: string }) => `Recorded: ${names}`,
    emptyWhenDone: ({ label }: { label: string }) => `${label} (empty when done)`,
    otherGroupsGuidance:
      'Groups the profile’s audiences do not name: residents of one area, a trade, visitors…',
    otherGroup: 'Another group the policy affects',
    savedOtherGroup: ({ group }: { group: string }) => `Affects: ${group}`,
  },
  lists: {
    change: ({ noun, id, what }: { noun: string; id: string; what: string }) =>
      `Change ${noun} [${id}] ${what}`,
    item: ({ noun, id, what }: { noun: string; id: string; what: string }) => `${noun} [${id}] ${what}`,
    changeAnswers: 'Change its answers',
    moveUp: 'Move it up',
    moveDown: 'Move it down',
    remove: 'Remove it',
    keep: 'Leave it as it is',
    movedUp: ({ noun, id }: { noun: string; id: string }) => `Moved ${noun} [${id}] up`,
    movedDown: ({ noun, id }: { noun: string; id: string }) => `Moved ${noun} [${id}] down`,
    removeSure: ({ noun, id, what }: { noun: string; id: string; what: string }) =>
      `Remove ${noun} [${id}] ${what}? Its links from other sections go too.`,
    removed: ({ noun, id }: { noun: string; id: string }) => `Removed ${noun} [${id}]`,
    unlinked: ({ item, id }: { item: string; id: string }) => `Unlinked ${item} [${id}]`,
    nouns: {
      evidence: 'evidence',
      gap: 'data gap',
      engagement: 'engagement',
      impact: 'impact',
      action: 'action',
      combination: 'combination',
    },
  },
  evidence: {
    kind: 'Kind of evidence',
    title: 'Title',
    saved: ({ id, note }: { id: string; note: string }) => `Evidence [${id}]: ${note}`,
    source: 'Source or URL',
    savedSource: ({ source }: { source: string }) => `source ${source || '—'}`,
    date: 'Date of the evidence (2021, 2021-03 or 2021-03-31; empty if unknown)',
    savedDate: ({ date }: { date: string }) => `dated ${date || 'unknown'}`,
    characteristics: 'Which characteristics does it cover?',
    savedCharacteristics: ({ n }: { n: number }) => `covers ${n} characteristic(s)`,
    summary: 'What does it say? (summary)',
    savedSummary: 'summary saved',
    limitations: 'How far can it be trusted? (sample size, age, who it leaves out)',
    savedLimitations: 'limits saved',
    gap: 'What is not known?',
    savedGap: ({ id, note }: { id: string; note: string }) => `Data gap [${id}]: ${note}`,
    gapCharacteristics: 'For which characteristics?',
    savedGapCharacteristics: ({ n }: { n: number }) => `for ${n} characteristic(s)`,
    guidance: 'What do you know about the people affected, and what do you not know yet (Bridges: find out)?',
    soFar: ({ items, gaps }: { items: number; gaps: number }) =>
      `${items} evidence item${items === 1 ? '' : 's'}, ${gaps} data gap${gaps === 1 ? '' : 's'} so far.`,
    menu: 'Add evidence or a data gap?',
    addItem: 'Add an evidence item',
    addGap: 'Add a data gap: something not known',
    done: 'Done with evidence',
  },
  recordDetails: {
    title: 'Who assessed it, and when',
    teamGuidance: 'Rigour needs more than one mind: name the people who carried out the assessment.',
    member: 'Someone who carried out the assessment',
    role: ({ name }: { name: string }) => `${name}’s role`,
    savedMember: ({ name }: { name: string }) => `Team: ${name}`,
    timingGuidance: 'Due regard is paid before the decision, not to justify one already made (Brown).',
    alreadyTaken: 'Had the decision already been taken when this assessment was done?',
    savedAlreadyTaken: ({ taken }: { taken: boolean }) => `Decision already taken: ${taken ? 'yes' : 'no'}`,
    analysedOn: ({ date }: { date: string }) =>
      `The decision is dated ${date}: when was the analysis done? (YYYY-MM-DD, empty if in eqia now)`,
    savedAnalysedOn: ({ date }: { date: string }) => `Analysis done: ${date || 'in eqia'}`,
    likely: ({ characteristic }: { characteristic: string }) =>
      `${characteristic} is relevant: how is it likely to be affected?`,
    savedLikely: ({ characteristic, likely }: { characteristic: string; likely: string }) =>
      `${characteristic}: ${likely}`,
  },
  screeningBasis: {
    title: 'What the screening-out rests on',
    evidenceGuidance: 'A screening-out cites what it relied on (Brown principle 6: an adequate record).',
    evidence: 'Which evidence did the screening rely on?',
    savedEvidence: ({ n }: { n: number }) => `Screening relied on ${n} evidence item(s)`,
    relatedGuidance:
      'The duty cannot be delegated to another document (Brown principle 4): link any assessment this one relies on.',
    related: 'Another assessment or document the screening relies on',
    where: 'Where to find it (a link, a file, or an eqia id)',
    covers: 'Why it covers this change',
    savedRelated: ({ title }: { title: string }) => `Screening relies on: ${title}`,
  },
  generalDuty: {
    need: ({ limb, text }: { limb: string; text: string }) => `${limb}: the need to ${text}.`,
    aim: ({ limb, aim }: { limb: string; aim: string }) =>
      `How does the policy pay due regard to aim ${limb}, ${aim}?`,
    saved: ({ aim }: { aim: string }) => `${aim}: saved`,
  },
  outcome: {
    guidance: 'The four outcomes the EHRC describes. Pick the one your analysis supports.',
    kind: 'Outcome',
    why: 'Why this outcome?',
    saved: ({ outcome }: { outcome: string }) => `Outcome: ${outcome}`,
    summary: 'A plain-English summary to open the report: the change, what you found, what follows',
    savedSummary: 'Summary saved',
    legitimateAim: 'The legitimate aim the policy pursues',
    alternatives: 'Less harmful alternatives considered, and why not chosen',
    proportionate: 'Why the means are proportionate',
    savedJustification: 'Justification saved',
  },
  monitoring: {
    guidance: ({ months }: { months: number }) =>
      `The duty is continuing: say how you will watch the effect. Reviews are due within ${months} months.`,
    arrangements: 'How will the policy be monitored, and by whom?',
    savedArrangements: 'Monitoring arrangements saved',
    nextReview: 'Next review date (YYYY-MM-DD)',
    savedNextReview: ({ date }: { date: string }) => `Next review: ${date}`,
  },
  summary: {
    title: 'Summary of impacts',
    whatNow: 'What now?',
    finish: 'Finish: everything is saved',
  },
  requestChanges: {
    whatShouldChange: 'What should the author change?',
  },
  characteristic: {
    notDescribed: '(not described yet)',
    speakers: ({ names }: { names: string }) => `Who speaks for it: ${names}`,
    screeningSaid: ({ relevance, reason }: { relevance: string; reason: string }) =>
      `Screening said: ${relevance} — ${reason}`,
    conclusion: ({ characteristic }: { characteristic: string }) => `Your conclusion on ${characteristic}`,
    saved: ({ characteristic, note }: { characteristic: string; note: string }) =>
      `${characteristic}: ${note}`,
    whyNoImpact: 'Why is there no impact? (specific to this characteristic)',
    reasoning: 'Your reasoning, in brief',
    savedReasoning: 'reasoning saved',
    impacts: ({ n, characteristic }: { n: number; characteristic: string }) =>
      `${n} impact${n === 1 ? '' : 's'} on ${characteristic}. Add one?`,
    addImpact: 'Add an impact',
    done: ({ characteristic }: { characteristic: string }) => `Done with ${characteristic}`,
    support: 'Which evidence or data gaps does this rest on?',
    evidence: ({ title }: { title: string }) => `Evidence: ${title}`,
    notKnown: ({ description }: { description: string }) => `Not known: ${description}`,
    savedSupport: ({ evidence, gaps }: { evidence: number; gaps: number }) =>
      `${evidence} evidence and ${gaps} data gap(s) linked`,
  },
};

export type WizardMessages = typeof wizardEnglish;
