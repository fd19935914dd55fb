import type { WizardMessages } from './wizard.en.js';

/**
 * Sgriniau a chwestiynau’r dewin: the wizard's words in Welsh, the twin of wizard.en.ts. Drafted by
 * machine and not yet reviewed by a Welsh speaker (see reviewed.ts).
 */
export const wizardWelsh: WizardMessages = {
  prompts: {
    more: 'rhagor',
    needsAnswer: 'Mae angen ateb i hwn.',
    tickHint: 'Bylchwr i dicio, a i dicio’r cyfan, Enter ar ôl gorffen',
    chooseAtLeast: ({ min }) => `Dewiswch o leiaf ${min} (mae’r Bylchwr yn ticio).`,
  },
  wizard: {
    keyHelp:
      'Enter cadw · Esc cwestiwn blaenorol · Ctrl+N/P cam nesaf/blaenorol · Ctrl+G mynd i · Ctrl+C gadael (cedwir y cyfan)',
    step: ({ step, total, title }) => `Cam ${step} o ${total} · ${title}`,
    saving: 'Yn cadw…',
    checks: 'Gwiriadau: ',
    // A noun after a number stays singular in Welsh: 3 gwall.
    errors: ({ n }) => `${n} gwall`,
    warnings: ({ n }) => `${n} rhybudd`,
    here: ({ n }) => ` · ${n} yma`,
    noneHere: ' · dim yma',
    shownOfHere: ({ shown }) => ` (${shown} i’w gweld; mae \`eqia check\` yn rhestru’r cyfan)`,
    showLess: 'Mae Ctrl+O yn dangos llai',
    moreLines: ({ n }) => `… ${n} llinell arall: mae Ctrl+O yn eu dangos i gyd`,
    locked: 'Mae’r cam hwn wedi’i gloi.',
    nextStep: 'Ymlaen i’r cam nesaf',
    goToStep: 'Mynd i gam',
    goToWhich: 'I ba gam?',
    stepLocked: 'wedi’i gloi',
    needsWork: 'angen gwaith',
    notSaved: ({ message }) => `Heb ei gadw: ${message}`,
    changedElsewhere: ({ who, sections }) =>
      `newidiwyd yr asesiad tra oeddech yn ateb, gan: ${who}${sections ? ` (${sections})` : ''}. Fe’i dangosir fel y mae nawr: atebwch eto.`,
    welshSaved: ({ question }) => `Cymraeg wedi’i gadw: ${question}`,
    welshRemoved: ({ question }) => `Cymraeg wedi’i dynnu: ${question}`,
    welshOf: ({ question }) => `Cymraeg: eich ateb i “${question}” yn Gymraeg (dewisol)`,
    welshHint: 'Mae Enter yn hepgor',
    title: 'Teitl y polisi, y newid i wasanaeth neu’r penderfyniad',
    welshTitle: 'Cymraeg: y teitl yn Gymraeg (dewisol)',
    created: ({ id }) =>
      `Crëwyd ${id}. Caiff pob ateb ei gadw wrth fynd; parhewch unrhyw bryd gydag \`eqia edit ${id}\`.`,
    done: ({ id }) => `Wedi gorffen. Nesaf: \`eqia check ${id}\`, yna \`eqia submit ${id}\`.`,
    stopped: ({ saved }) =>
      `Wedi stopio. Cedwir pob ateb a roesoch (${saved} wedi’u cadw y tro hwn), ac eitem anorffenedig cyn belled ag yr aeth.`,
    continueWith: ({ id, at }) =>
      `Parhewch gydag \`eqia edit ${id}\`${at ? `: mae’n ailagor yn "${at}"` : ''}.`,
    noSuchStep: ({ asked, sections }) =>
      `Nid oes cam "${asked}" yn y dewin: defnyddiwch adran (${sections}) neu analysis.<nodwedd>.`,
    lockedDraft:
      'Wedi’i gloi nes cofnodi’r penderfyniad sgrinio (cam 3): dim ond y polisi, y penderfyniad, y sgrinio a’r dystiolaeth y mae drafft yn eu newid.',
    lockedScreenedOut:
      'Wedi’i gloi: cafodd yr asesiad ei sgrinio allan. Newidiwch y penderfyniad sgrinio i’w asesu’n llawn.',
    lockedInReview: ({ id }) =>
      `Wedi’i gloi tra bo’n cael ei adolygu. Gall adolygydd ofyn am newidiadau; mae \`eqia withdraw ${id} --submission\` yn ei dynnu’n ôl.`,
    lockedFinal: ({ state }) =>
      `Wedi’i gloi: cyflwr yr asesiad yw ${state}, sy’n derfynol: ni all dim ynddo newid nawr.`,
    lockedOther: ({ state, id }) =>
      `Wedi’i gloi: cyflwr yr asesiad yw ${state}. Mae \`eqia revise ${id}\` yn dechrau fersiwn newydd i’w newid.`,
    gridCharacteristic: 'Nodwedd',
    gridNone: 'dim i’r gynulleidfa hon',
  },
  policy: {
    guidance:
      'Beth sy’n cael ei benderfynu, a phwy y mae’n effeithio arnynt? Geiriau plaen: dyma y mae adolygydd yn ei ddarllen gyntaf.',
    title: 'Teitl y polisi, y newid i wasanaeth neu’r penderfyniad',
    savedTitle: ({ title }) => `Teitl: ${title}`,
    reference: 'Cyfeirnod (dewisol)',
    savedReference: ({ reference }) => `Cyfeirnod: ${reference || '—'}`,
    kind: 'Pa fath o beth ydyw?',
    savedKind: ({ kind }) => `Math: ${kind}`,
    novelty: 'Ai un newydd, diwygiad, neu bolisi presennol a asesir am y tro cyntaf ydyw?',
    savedNovelty: ({ novelty }) => `Newydd-deb: ${novelty}`,
    team: 'Tîm neu gyfarwyddiaeth',
    savedTeam: ({ team }) => `Tîm: ${team || '—'}`,
    aims: 'Ei nodau a’r canlyniadau a fwriedir',
    savedAims: 'Nodau wedi’u cadw',
    scope: 'Cwmpas: beth y mae’n ei gynnwys a beth nad yw’n ei gynnwys',
    savedScope: 'Cwmpas wedi’i gadw',
    audiences: 'Pwy y mae’n effeithio arnynt?',
    savedAudiences: ({ names }) => `Yn effeithio ar: ${names}`,
  },
  decision: {
    guidance:
      'Rhaid rhoi sylw dyledus cyn gwneud y penderfyniad ac ar yr adeg honno (Brown), gan y sawl sy’n ei wneud.',
    maker: 'Pwy sy’n gwneud y penderfyniad? (person neu gorff)',
    savedMaker: ({ maker }) => `Gwneuthurwr y penderfyniad: ${maker || '—'}`,
    role: 'Eu rôl',
    savedRole: ({ role }) => `Rôl: ${role || '—'}`,
    date: 'Dyddiad y penderfyniad (BBBB-MM-DD, yn wag os nad yw wedi’i bennu eto)',
    savedDate: ({ date }) => `Dyddiad y penderfyniad: ${date || 'heb ei bennu'}`,
    paper: 'Cyfeirnod papur y penderfyniad (dewisol)',
    savedPaper: ({ paper }) => `Papur: ${paper || '—'}`,
    briefed: 'A fydd gwneuthurwr y penderfyniad yn cael yr asesiad hwn ac yn cael gwybod am y ddyletswydd?',
    savedBriefed: ({ briefed }) =>
      `Gwneuthurwr y penderfyniad wedi’i friffio: ${briefed ? 'ydy' : 'nac ydy'}`,
  },
  screening: {
    progress: ({ n, of, characteristic }) => `Sgrinio ${n} o ${of}: ${characteristic}`,
    // "i" and "ar" mutate the noun after them (i grefydd, ar feichiogrwydd): a name is given after a colon.
    relevant: ({ characteristic }) => `A yw’r polisi’n berthnasol i’r nodwedd hon: ${characteristic}?`,
    savedRelevance: ({ characteristic, relevance }) => `Sgrinio ${characteristic}: ${relevance}`,
    why: 'Pam? (un frawddeg, yn benodol i’r nodwedd hon)',
    savedReason: ({ characteristic }) => `Sgrinio ${characteristic}: rheswm wedi’i gadw`,
    someRelevant: 'Mae rhai nodweddion yn berthnasol neu’n ansicr: disgwylir asesiad llawn.',
    noneRelevant:
      'Does dim yn ymddangos yn berthnasol: gallwch sgrinio allan, gyda rhesymeg y bydd cymeradwywr uwch yn ei gwirio.',
    decision: 'Penderfyniad sgrinio',
    rationale: 'Y rhesymeg dros y penderfyniad hwn',
    saved: ({ decision }) => `Sgrinio: ${decision}`,
  },
  fields: {
    badDate: 'Defnyddiwch BBBB-MM-DD, e.e. 2026-05-29.',
    badPartialDate: 'Defnyddiwch flwyddyn, mis neu ddiwrnod: 2021, 2021-03 neu 2021-03-31.',
    recorded: ({ names }) => `Wedi’u cofnodi: ${names}`,
    emptyWhenDone: ({ label }) => `${label} (gwag ar ôl gorffen)`,
    otherGroupsGuidance:
      'Grwpiau nad yw cynulleidfaoedd y proffil yn eu henwi: trigolion un ardal, crefft, ymwelwyr…',
    otherGroup: 'Grŵp arall y mae’r polisi’n effeithio arno',
    savedOtherGroup: ({ group }) => `Yn effeithio ar: ${group}`,
  },
  lists: {
    change: ({ noun, id, what }) => `Newid ${noun} [${id}] ${what}`,
    item: ({ noun, id, what }) => `${noun} [${id}] ${what}`,
    changeAnswers: 'Newid ei atebion',
    moveUp: 'Ei symud i fyny',
    moveDown: 'Ei symud i lawr',
    remove: 'Ei dynnu',
    keep: 'Ei adael fel y mae',
    movedUp: ({ noun, id }) => `Symudwyd ${noun} [${id}] i fyny`,
    movedDown: ({ noun, id }) => `Symudwyd ${noun} [${id}] i lawr`,
    removeSure: ({ noun, id, what }) =>
      `Tynnu ${noun} [${id}] ${what}? Mae ei ddolenni o adrannau eraill yn mynd hefyd.`,
    removed: ({ noun, id }) => `Tynnwyd ${noun} [${id}]`,
    unlinked: ({ item, id }) => `Datgysylltwyd ${item} [${id}]`,
    nouns: {
      evidence: 'tystiolaeth',
      gap: 'bwlch yn y data',
      engagement: 'ymgysylltiad',
      impact: 'effaith',
      action: 'cam gweithredu',
      combination: 'cyfuniad',
    },
  },
  evidence: {
    kind: 'Math o dystiolaeth',
    title: 'Teitl',
    saved: ({ id, note }) => `Tystiolaeth [${id}]: ${note}`,
    source: 'Ffynhonnell neu URL',
    savedSource: ({ source }) => `ffynhonnell ${source || '—'}`,
    date: 'Dyddiad y dystiolaeth (2021, 2021-03 neu 2021-03-31; yn wag os nad yw’n hysbys)',
    savedDate: ({ date }) => `dyddiad ${date || 'anhysbys'}`,
    characteristics: 'Pa nodweddion y mae’n eu cwmpasu?',
    savedCharacteristics: ({ n }) => `yn cwmpasu ${n} nodwedd`,
    summary: 'Beth y mae’n ei ddweud? (crynodeb)',
    savedSummary: 'crynodeb wedi’i gadw',
    limitations:
      'I ba raddau y gellir ymddiried ynddi? (maint y sampl, ei hoed, pwy y mae’n eu gadael allan)',
    savedLimitations: 'cyfyngiadau wedi’u cadw',
    gap: 'Beth nad yw’n hysbys?',
    savedGap: ({ id, note }) => `Bwlch yn y data [${id}]: ${note}`,
    gapCharacteristics: 'Ar gyfer pa nodweddion?',
    savedGapCharacteristics: ({ n }) => `ar gyfer ${n} nodwedd`,
    guidance:
      'Beth a wyddoch am y bobl yr effeithir arnynt, a beth nad ydych yn ei wybod eto (Bridges: canfyddwch)?',
    soFar: ({ items, gaps }) => `${items} eitem o dystiolaeth, ${gaps} bwlch yn y data hyd yma.`,
    menu: 'Ychwanegu tystiolaeth neu fwlch yn y data?',
    addItem: 'Ychwanegu eitem o dystiolaeth',
    addGap: 'Ychwanegu bwlch yn y data: rhywbeth nad yw’n hysbys',
    done: 'Wedi gorffen â’r dystiolaeth',
  },
  recordDetails: {
    title: 'Pwy a’i hasesodd, a phryd',
    teamGuidance: 'Mae trylwyredd angen mwy nag un meddwl: enwch y bobl a gynhaliodd yr asesiad.',
    member: 'Rhywun a gynhaliodd yr asesiad',
    role: ({ name }) => `Rôl ${name}`,
    savedMember: ({ name }) => `Tîm: ${name}`,
    timingGuidance: 'Rhoddir sylw dyledus cyn y penderfyniad, nid i gyfiawnhau un a wnaed eisoes (Brown).',
    alreadyTaken: 'A oedd y penderfyniad wedi’i wneud eisoes pan wnaed yr asesiad hwn?',
    savedAlreadyTaken: ({ taken }) => `Penderfyniad wedi’i wneud eisoes: ${taken ? 'oedd' : 'nac oedd'}`,
    analysedOn: ({ date }) =>
      `Mae’r penderfyniad wedi’i ddyddio ${date}: pryd y gwnaed y dadansoddiad? (BBBB-MM-DD, yn wag os yn eqia nawr)`,
    savedAnalysedOn: ({ date }) => `Dadansoddiad wedi’i wneud: ${date || 'yn eqia'}`,
    likely: ({ characteristic }) =>
      `Mae ${characteristic} yn berthnasol: sut y mae’n debygol o gael ei effeithio?`,
    savedLikely: ({ characteristic, likely }) => `${characteristic}: ${likely}`,
  },
  screeningBasis: {
    title: 'Sail y sgrinio allan',
    evidenceGuidance: 'Mae sgrinio allan yn nodi’r hyn y dibynnodd arno (egwyddor 6 Brown: cofnod digonol).',
    evidence: 'Ar ba dystiolaeth y dibynnodd y sgrinio?',
    savedEvidence: ({ n }) => `Dibynnodd y sgrinio ar ${n} eitem o dystiolaeth`,
    relatedGuidance:
      'Ni ellir dirprwyo’r ddyletswydd i ddogfen arall (egwyddor 4 Brown): cysylltwch unrhyw asesiad y mae hwn yn dibynnu arno.',
    related: 'Asesiad neu ddogfen arall y mae’r sgrinio’n dibynnu arni',
    where: 'Ble i ddod o hyd iddi (dolen, ffeil, neu id eqia)',
    covers: 'Pam ei bod yn cwmpasu’r newid hwn',
    savedRelated: ({ title }) => `Mae’r sgrinio’n dibynnu ar: ${title}`,
  },
  generalDuty: {
    // "Mae angen" takes the verb-noun unmutated, whatever core's text of the aim begins with.
    need: ({ limb, text }) => `${limb}: mae angen ${text}.`,
    aim: ({ limb, aim }) => `Sut y mae’r polisi’n rhoi sylw dyledus i nod ${limb}, ${aim}?`,
    saved: ({ aim }) => `${aim}: wedi’i gadw`,
  },
  outcome: {
    guidance:
      'Y pedwar canlyniad a ddisgrifir gan y Comisiwn Cydraddoldeb a Hawliau Dynol. Dewiswch yr un y mae’ch dadansoddiad yn ei gefnogi.',
    kind: 'Canlyniad',
    why: 'Pam y canlyniad hwn?',
    saved: ({ outcome }) => `Canlyniad: ${outcome}`,
    summary: 'Crynodeb mewn Cymraeg clir i agor yr adroddiad: y newid, yr hyn a ganfuwyd, beth sy’n dilyn',
    savedSummary: 'Crynodeb wedi’i gadw',
    legitimateAim: 'Y nod cyfreithlon y mae’r polisi’n ei ddilyn',
    alternatives: 'Dewisiadau llai niweidiol a ystyriwyd, a pham na chawsant eu dewis',
    proportionate: 'Pam y mae’r dull yn gymesur',
    savedJustification: 'Cyfiawnhad wedi’i gadw',
  },
  monitoring: {
    guidance: ({ months }) =>
      `Mae’r ddyletswydd yn barhaus: dywedwch sut y byddwch yn gwylio’r effaith. Mae adolygiadau’n ddyledus o fewn ${months} mis.`,
    arrangements: 'Sut y caiff y polisi ei fonitro, a chan bwy?',
    savedArrangements: 'Trefniadau monitro wedi’u cadw',
    nextReview: 'Dyddiad yr adolygiad nesaf (BBBB-MM-DD)',
    savedNextReview: ({ date }) => `Adolygiad nesaf: ${date}`,
  },
  summary: {
    title: 'Crynodeb o’r effeithiau',
    whatNow: 'Beth nawr?',
    finish: 'Gorffen: mae popeth wedi’i gadw',
  },
  requestChanges: {
    whatShouldChange: 'Beth ddylai’r awdur ei newid?',
  },
  characteristic: {
    notDescribed: '(heb ei disgrifio eto)',
    speakers: ({ names }) => `Pwy sy’n siarad drosti: ${names}`,
    screeningSaid: ({ relevance, reason }) => `Dywedodd y sgrinio: ${relevance} — ${reason}`,
    conclusion: ({ characteristic }) => `Eich casgliad ar y nodwedd hon: ${characteristic}`,
    saved: ({ characteristic, note }) => `${characteristic}: ${note}`,
    whyNoImpact: 'Pam nad oes effaith? (yn benodol i’r nodwedd hon)',
    reasoning: 'Eich rhesymu, yn gryno',
    savedReasoning: 'rhesymu wedi’i gadw',
    impacts: ({ n, characteristic }) =>
      `Effeithiau ar y nodwedd hon (${characteristic}): ${n}. Ychwanegu un?`,
    addImpact: 'Ychwanegu effaith',
    done: ({ characteristic }) => `Wedi gorffen: ${characteristic}`,
    support: 'Ar ba dystiolaeth neu fylchau yn y data y mae hyn yn seiliedig?',
    evidence: ({ title }) => `Tystiolaeth: ${title}`,
    notKnown: ({ description }) => `Ddim yn hysbys: ${description}`,
    savedSupport: ({ evidence, gaps }) =>
      `wedi’u cysylltu: ${evidence} eitem o dystiolaeth, ${gaps} bwlch yn y data`,
  },
};
