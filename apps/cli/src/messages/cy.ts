import { commandsWelsh } from './commands.cy.js';
import type { CliMessages } from './en.js';
import { equalityDutyWelsh } from './equality-duty.cy.js';
import { filesWelsh } from './files.cy.js';
import { flagWordsWelsh } from './flag-words.cy.js';
import { helpWelsh } from './help.cy.js';
import { systemErrorsWelsh } from './system-errors.cy.js';
import { wizardWelsh } from './wizard.cy.js';
import { wizardStepsWelsh } from './wizard-steps.cy.js';

/**
 * Negeseuon y llinell orchymyn: the CLI's own words in Welsh, the twin of en.ts. Drafted by machine and
 * not yet reviewed by a Welsh speaker (see reviewed.ts). The terms of the Equality Act and its duties are
 * those of core's Welsh catalogue (asesiad effaith cydraddoldeb, nodweddion gwarchodedig, sylw dyledus).
 */
export const welsh: CliMessages = {
  cli: {
    unknownCommand: ({ name }) =>
      `nid yw "${name}" yn orchymyn. Rhedwch \`eqia --help\` i weld y gorchmynion.`,
    didYouMean: ({ name, meant }) =>
      `nid yw "${name}" yn orchymyn: ai \`eqia ${meant}\` oedd dan sylw? Rhedwch \`eqia --help\` i weld y gorchmynion.`,
  },
  ...commandsWelsh,
  ...equalityDutyWelsh,
  ...helpWelsh,
  ...filesWelsh,
  ...systemErrorsWelsh,
  ...flagWordsWelsh,
  args: {
    seeHelp: ({ reason, command }) => `${reason}. Rhedwch \`eqia ${command} --help\` i weld y defnydd.`,
    givePositional: ({ command, name }) =>
      `Rhowch y ${name}: \`eqia ${command} <${name}>\`. Rhedwch \`eqia ${command} --help\`.`,
    passOptions: ({ command, options }) => `Rhowch ${options} i \`eqia ${command}\`.`,
    and: 'a',
    notADate: ({ flag, value }) => `Rhaid i --${flag} fod yn ddyddiad BBBB-MM-DD, nid "${value}".`,
    badNow: ({ value }) =>
      `Rhaid i EQIA_NOW fod yn ddyddiad ac amser ISO fel 2025-04-01T09:00:00Z, nid "${value}". Dadosodwch ef i ddefnyddio cloc y system.`,
    noTerminal: ({ command, what, flag }) =>
      `Mae \`eqia ${command}\` angen ${what}, ac nid oes terfynell i ofyn (neu rhoddwyd --no-input): rhowch ${flag}.`,
    answersToQuestions: 'atebion i’w gwestiynau',
  },
  errors: {
    notAStore: ({ path }) =>
      `Nid yw’r storfa ${path} yn ffolder nac yn ffeil cronfa ddata: rhowch --store <ffolder|ffeil.db|postgres://…>.`,
    outputNotWritten: ({ reason }) =>
      `nid oedd modd ysgrifennu’r allbwn (${reason}): rhyddhewch le neu anfonwch ef i rywle arall.`,
    fixFindings: 'Cywirwch y rhain (mae `eqia check <id>` yn egluro pob un), yna rhowch gynnig arall arni.',
    conflictNothingWritten: 'Ni ysgrifennwyd dim: rhedwch y gorchymyn eto.',
    runCommand: ({ command }) => command,
    bug: ({ message }) =>
      `gwall annisgwyl: ${message}\nNam yn eqia yw hwn: rhowch wybod amdano (rhedwch gydag EQIA_DEBUG=1 am fanylion).`,
    cancelled: 'Wedi stopio ar eich cais (Ctrl+C): ni chadwyd dim.',
    schemaOf: ({ schema }) => `sgema ${schema}`,
    noProfile: ({ location }) =>
      `Nid oes proffil gan y storfa yn ${location}. Rhedwch \`eqia init\` yno yn gyntaf.`,
    noStore: ({ location, from }) =>
      `Nid oes storfa eqia yn ${location}${from}. Rhedwch \`eqia init\` i greu un, neu \`eqia demo\` i roi cynnig ar eqia gydag asesiadau enghreifftiol (neu rhowch --store).`,
    storeFromSetting: ({ file }) => ` (eich gosodiad \`store\` yn ${file})`,
    userFromSetting: ({ file }) => ` (eich gosodiad \`user\` yn ${file})`,
    unknownUser: ({ id, from, known }) =>
      `Nid yw "${id}"${from} yn ddefnyddiwr y storfa hon (${known || 'neb eto'}). Ychwanegwch nhw gydag \`eqia users add ${id} --name "…" --roles author\`.`,
    sayWhoYouAre: ({ known }) =>
      `Dywedwch pwy ydych chi: rhowch --user <id>, gosodwch EQIA_USER neu rhedwch \`eqia config set user <id>\` (defnyddwyr: ${known || 'neb eto — rhedwch `eqia users add`'}).`,
  },
  list: {
    empty: 'Dim asesiadau. Dechreuwch un gydag `eqia new`.',
    noneMatch: 'Does dim asesiadau’n cyfateb i’r hidlwyr hyn.',
    headers: ['ID', 'CYFLWR', 'PERCHENNOG', 'ADOLYGU', 'TEITL'],
    badState: ({ states, value }) => `Rhaid i --state fod yn un o ${states}, nid "${value}".`,
    badOutcome: ({ outcomes }) => `Rhaid i --outcome fod yn un o ${outcomes}.`,
    badCharacteristic: ({ value, characteristics }) =>
      `Rhaid i --characteristic fod yn un o nodweddion y proffil, ${characteristics}, nid "${value}".`,
  },
  state: {
    atStage: ({ state, stage }) => `${state} yn y cam ${stage}`,
  },
  demo: {
    exists: ({ location }) =>
      `Mae storfa eisoes yn ${location}: mae’r demo angen un newydd. Rhowch --store ./eqia-demo (neu dilëwch yr hen un).`,
    created: ({ location }) => `Crëwyd storfa demo yn ${location} (proffil enghreifftiol Cafcass).`,
    createdWelsh: ({ location }) =>
      `Crëwyd storfa demo yn ${location} (proffil enghreifftiol Cafcass, yn cyhoeddi yn Gymraeg ac yn Saesneg, y Gymraeg yn gyntaf). Drafftiwyd Cymraeg yr enghreifftiau gan beiriant ac nid yw siaradwr Cymraeg wedi’i hadolygu eto.`,
    headers: ['ID', 'CYFLWR', 'TEITL'],
    users:
      'Defnyddwyr: amara a ben (awduron), julie (arweinydd cydraddoldeb), sam, nadia, owen a rachel (cymeradwywyr, sy’n berchen ar yr amcanion cydraddoldeb), val (darllenydd).',
    keys: ({ keys, eqia }) =>
      ` Mae eu hallweddi llofnodi yn ${keys}: mae eu cymeradwyaethau wedi’u llofnodi (\`${eqia} keys\`).`,
    try: 'Rhowch gynnig ar:',
    hints: {
      list: 'popeth, gyda’r cyflwr a’r dyddiad adolygu',
      show: 'darllen asesiad fesul adran',
      check: 'beth mae’r gwiriadau sylw dyledus yn dal i’w ofyn (allanfa 1)',
      review: 'adolygu a chymeradwyo fel yr arweinydd cydraddoldeb',
      edit: 'parhau â’r drafft yn y dewin',
      due: 'adolygiadau a chamau gweithredu sy’n ddyledus (allanfa 1 pan fo rhai)',
      history: ({ eqia }) => `y log archwilio; mae \`${eqia} verify\` yn ei wirio`,
      export: 'yr HTML hygyrch i’w gyhoeddi',
      objectives: 'yr amcanion cydraddoldeb a’u cynnydd',
    },
    samples: {
      inReview: 'julie (arweinydd cydraddoldeb) sydd nesaf',
      reviewDue: 'adolygiad yn ddyledus',
      revision: 'diwygiad 2',
    },
  },
  review: {
    yourVerdict: ({ section }) => `Eich dyfarniad ar yr adran hon: ${section}`,
    noVerdict: 'Dim dyfarniad: yr adran nesaf',
    goToDecision: 'Mynd i’m penderfyniad ar y cam hwn',
    commentOptional: 'Sylw (dewisol)',
    whatShouldChange: 'Beth ddylai newid?',
    decisionTitle: 'Eich penderfyniad ar y cam hwn',
    stage: ({ stage }) => `Cam: ${stage}`,
    attestation: ({ attestation }) => `Ardystiad: ${attestation}`,
    notWaiting: 'Nid yw’r asesiad hwn yn aros ar gam.',
    unjudged: ({ n, of, sections }) =>
      `Dim dyfarniad gennych ar ${n} o ${of} adran: ${sections} (mae Ctrl+G yn mynd i un).`,
    approveOrSendBack: 'Cymeradwyo’r cam hwn, neu ei anfon yn ôl?',
    approve: 'Cymeradwyo (byddwch yn derbyn yr ardystiad)',
    requestChanges: 'Gofyn am newidiadau',
    later: 'Penderfynu wedyn: cedwir y dyfarniadau a’r sylwadau',
    acceptAttestation: 'Ydych chi’n derbyn yr ardystiad uchod?',
    approvalComment: 'Sylw gyda’ch cymeradwyaeth (dewisol)',
    mustChange: 'Beth sy’n rhaid i’r awdur ei newid?',
    saved: ({ changes, title }) => `Adolygiad wedi’i gadw: ${changes}. Mae "${title}" yn ôl gyda’i awdur.`,
    savedStatus: ({ title, status }) => `Adolygiad wedi’i gadw: "${title}" — cyflwr: ${status}.`,
    notInReview: ({ title, state, id }) =>
      `"${title}" — cyflwr: ${state}. Dim ond asesiad sy’n cael ei adolygu y gellir ei adolygu (mae \`eqia submit ${id}\` yn ei anfon).`,
    noTerminalFlags: '`eqia approve <id> --attest` neu `eqia request-changes <id> --comment <testun>`',
    yourVerdicts: 'eich dyfarniadau',
  },
  change: {
    done: ({ what, title, id, state }) => `${what}: "${title}" (${id}) — cyflwr: ${state}.`,
    created: ({ id }) => `Crëwyd ${id}`,
    saved: 'Wedi’i gadw',
    unchanged: 'Dim i’w gadw (nid yw’r atebion yn newid dim)',
    submitted: 'Wedi’i gyflwyno i’w adolygu',
    approved: 'Wedi’i gymeradwyo',
    commentAdded: 'Sylw wedi’i ychwanegu',
    submissionWithdrawn: 'Cyflwyniad wedi’i dynnu’n ôl',
    withdrawn: 'Wedi’i dynnu’n ôl',
    startedRevision: ({ revision }) => `Dechreuwyd diwygiad ${revision}`,
  },
  reviewLines: {
    judged: ({ name, verdict, comment }) =>
      `  Dyfarniad ${name}: ${verdict}${comment ? `: “${comment}”` : ''}`,
    resolvedBy: ({ name }) => `datryswyd gan ${name}`,
    open: 'agored',
    replyTo: ({ id }) => ` (ateb i ${id})`,
    howToReply: ({ id, section, comment }) =>
      `  Ateb: \`eqia comment ${id} --section ${section} "…" --reply-to ${comment}\`; datrys: \`eqia comment ${id} --resolve ${comment}\``,
    changesRequested: ({ name, comment }) =>
      `gofynnodd ${name} am newidiadau${comment ? ` (“${comment}”)` : ''}`,
  },
  approve: {
    approveQuestion: 'Cymeradwyo?',
    attestNeeded: 'i chi dderbyn yr ardystiad',
    notInReview: ({ title, state }) =>
      `"${title}" — cyflwr: ${state}. Dim ond asesiad sy’n cael ei adolygu y gellir ei gymeradwyo.`,
    acceptThis: ({ stage, attestation }) => `${stage}: ${attestation}\nYdych chi’n derbyn yr ardystiad hwn?`,
    notAccepted: 'Heb ei gymeradwyo: ni dderbyniwyd yr ardystiad.',
  },
  ...wizardStepsWelsh,
  ...wizardWelsh,
};
