import type { EqualityDutyMessages } from './equality-duty.en.js';

/**
 * Geiriau gorchmynion y ddyletswydd cydraddoldeb: what `data`, `objectives` and `insight` print, in
 * Welsh, the twin of equality-duty.en.ts. Drafted by machine and not yet reviewed by a Welsh speaker
 * (see reviewed.ts).
 */
export const equalityDutyWelsh: EqualityDutyMessages = {
  data: {
    noSuchAction: ({ action }) =>
      `Nid oes \`eqia data ${action}\`: defnyddiwch list, history, show neu import. Rhedwch \`eqia data --help\`.`,
    none: 'Dim data cydraddoldeb eto. Mewnforiwch rywfaint gydag `eqia data import workforce <file.csv> --set <census set> --period <period>`.',
    badKind: ({ kinds, kind }) => `Mewnforiwch un o ${kinds}, nid "${kind}". Rhedwch \`eqia data --help\`.`,
    badDimension: ({ dimensions, value }) => `Rhaid i --dimension fod yn un o ${dimensions}, nid "${value}".`,
    imported: ({ title }) => `Wedi’i fewnforio: ${title}.`,
    censusSet: 'set cyfrifiad',
    entryTitle: ({ population, set, area, period }) => `${population} fesul ${set}, ${area}, ${period}`,
    importedBy: ({ name, date }) => `mewnforiwyd gan ${name} ar ${date}`,
    suppressed: 'wedi’i atal',
    profileTitle: ({ population, label, set }) => `${population}: ${label} fesul ${set}`,
    known: ({ area, period, known, notKnown }) => `${area}, ${period}; yn hysbys: ${known}, ${notKnown}`,
    notKnown: ({ count }) => `ddim yn hysbys: ${count}`,
    noNotKnown: 'dim "ddim yn hysbys" wedi’i gofnodi',
    comparedWith: ({ population, area, period }) => `o’i gymharu â: ${population} (${area}, ${period})`,
    against: ({ share }) => ` o’i gymharu â ${share}`,
    noBonuses: 'dim bonysau',
    snapshot: ({ dimension, date }) => `${dimension} (ciplun ${date})`,
    hourly: ({ mean, median }) => `Bwlch cyflog fesul awr: cymedr ${mean}, canolrif ${median}`,
    bonus: ({ mean, median }) => `Bwlch tâl bonws: cymedr ${mean}, canolrif ${median}`,
    paidBonus: ({ groups }) => `Wedi cael bonws (${groups})`,
    figuresFor: ({ period, threshold }) =>
      `Data cydraddoldeb ar gyfer ${period} (niferoedd o dan ${threshold} wedi’u hatal)`,
    noPeriod: ({ period }) =>
      `Nid oes data cydraddoldeb ar gyfer "${period}": mae \`eqia data\` yn rhestru’r blynyddoedd y mae data ar eu cyfer.`,
  },
  objectives: {
    none: 'Dim amcanion cydraddoldeb eto. Gosodwch un gydag `eqia objectives new --answers <file>`.',
    done: {
      new: 'Wedi’i osod fel drafft',
      edit: 'Wedi’i newid',
      submit: 'Wedi’i anfon i’w gymeradwyo',
      approve: 'Wedi’i gymeradwyo',
      'request-changes': 'Wedi’i anfon yn ôl am newidiadau',
      progress: 'Cynnydd wedi’i gofnodi',
      close: 'Wedi’i gau',
      other: 'Wedi’i gadw',
    },
    saved: ({ done, title, id, version }) => `${done}: ${title} (${id}), fersiwn ${version}.`,
    badOutcome: 'Rhaid i --outcome fod yn met, closed neu superseded.',
    unknownAction: ({ action }) =>
      `Nid yw "${action}" yn weithred: defnyddiwch list, show, new, edit, submit, approve, request-changes, progress, close neu report.`,
    badFormat: ({ formats }) => `Rhaid i --format fod yn un o ${formats}.`,
    badRag: ({ values }) => `Rhaid i --rag fod yn un o ${values}.`,
    badValue: ({ text }) =>
      `Mae --value yn cymryd <measure>=<number>, fel --value ethnicity-recorded=74, nid "${text}".`,
    objectiveFile: ({ file }) => `Y ffeil amcan ${file}`,
    changesFile: ({ file }) => `Y ffeil newidiadau ${file}`,
    standardInput: 'mewnbwn safonol',
    welshMissing: ({ id, keys }) =>
      `Mae gan amcan ${id} destunau heb Gymraeg, ac mae’r sefydliad yn cyhoeddi yn Gymraeg: ${keys}. Rhowch nhw dan "welsh" mewn ffeil ar gyfer eqia objectives edit ${id} --answers.`,
    welshStale: ({ id, keys }) =>
      `Mae gan amcan ${id} Gymraeg a ysgrifennwyd ar gyfer Saesneg sydd wedi newid ers hynny: ${keys}. Ysgrifennwch y Gymraeg eto dan "welsh" mewn ffeil ar gyfer eqia objectives edit ${id} --answers.`,
    progressFlags: 'diweddariad cynnydd',
    noUpdate: 'Dim diweddariad eto',
    noUpdateYet: 'dim diweddariad eto',
    latestOn: ({ rag, date }) => `${rag} ar ${date}`,
    ownedBy: ({ status, owner, start, end }) => `${status} · perchennog: ${owner} · ${start} i ${end}`,
    latest: ({ rag, date }) => `Cynnydd diweddaraf: ${rag}${date ? `, a adroddwyd ar gyfer ${date}` : ''}`,
    why: ({ text }) => `Pam: ${text}`,
    characteristics: ({ names }) => `Nodweddion: ${names}`,
    measures: 'Mesurau',
    baseline: ({ value }) => `llinell sylfaen ${value}, `,
    target: ({ value }) => `targed ${value}`,
    valueAt: ({ value, date }) => `, ${value} ar ${date}`,
    noValue: ', dim gwerth wedi’i adrodd eto',
    milestones: 'Cerrig milltir',
    milestoneDone: ({ date }) => `✓ wedi’i wneud ${date}`,
    milestoneDue: ({ date }) => `erbyn ${date}`,
    actions: 'Camau gweithredu',
    progress: 'Cynnydd',
    update: ({ date, rag, by, narrative }) => `${date}  ${rag}, gan ${by}: ${narrative}`,
    whatChanged: ({ text }) => `Beth a newidiodd: ${text}`,
    closed: ({ text }) => `Wedi’i gau: ${text}`,
    attention: 'Angen sylw',
    askAsOf: 'Adrodd ar ba ddiwrnod? (diwedd y chwarter, BBBB-MM-DD)',
    badDay: 'ysgrifennwch y diwrnod fel BBBB-MM-DD',
    askRag: 'Sut mae’n mynd?',
    askNarrative: 'Pa gynnydd a wnaed?',
    askWhatChanged: 'Beth a newidiodd i bobl o ganlyniad? (dewisol)',
    askValue: ({ indicator, unit }) =>
      `${indicator}: y gwerth diweddaraf${unit ? ` (${unit})` : ''}, yn wag os na chafodd ei fesur`,
    badNumber: 'ysgrifennwch rif, neu gadewch ef yn wag',
    askMilestones: 'Pa gerrig milltir sydd bellach wedi’u cwblhau?',
  },
  insight: {
    badFormat: ({ formats, value }) => `Rhaid i --format fod yn un o ${formats}, nid "${value}".`,
    outNeedsFormat: ({ formats }) =>
      `Rhowch --format ${formats} gydag --out (neu ffeil --out sy’n gorffen ag un ohonynt).`,
    badLevel: ({ value }) => `Rhaid i --level fod yn groups neu categories, nid "${value}".`,
    attached: 'Tystiolaeth wedi’i hatodi',
  },
};
