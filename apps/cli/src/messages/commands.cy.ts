import type { CommandMessages } from './commands.en.js';

/**
 * Geiriau’r gorchmynion: what the reading and setting-up commands print, in Welsh, the twin of
 * commands.en.ts. Drafted by machine and not yet reviewed by a Welsh speaker (see reviewed.ts). Terms are
 * those of core's Welsh catalogue and the reports' (asesiad, canfyddiadau, sylw dyledus, lliniaru); a
 * name, number or label follows a colon or sits in brackets, so no mutation is left to a template.
 */
export const commandsWelsh: CommandMessages = {
  show: {
    revision: ({ revision }) => `diwygiad ${revision}`,
    reviewDue: ' · adolygiad yn ddyledus',
    findings: ({ counts }) => `Canfyddiadau: ${counts}`,
    badSection: ({ sections, value }) => `Rhaid i --section fod yn un o ${sections}, nid "${value}".`,
    imported: ({ source, by }) => `Wedi’i fewnforio o ${source} gan: ${by}`,
    importedFromStandardInput: ({ by }) => `Wedi’i fewnforio o fewnbwn safonol gan: ${by}`,
    signedOffOutside: ({ who, on, published }) =>
      `Wedi’i gymeradwyo y tu allan i eqia gan: ${who}, ar ${on}${published} (cofnod hanesyddol)`,
    publishedOutside: ({ on, location }) => `; wedi’i gyhoeddi y tu allan i eqia ar ${on} yn ${location}`,
  },
  texts: {
    english: ({ text }) => `[Saesneg] ${text}`,
    stale: ({ text }) => `[hen: mae’r Saesneg wedi newid] ${text}`,
  },
  sectionText: {
    title: ({ title }) => `Teitl: ${title}`,
    kind: ({ kind, novelty, team, owner }) =>
      `Math: ${kind} (${novelty})   Tîm: ${team}   Perchennog: ${owner}`,
    aims: ({ text }) => `Nodau: ${text}`,
    scope: ({ text }) => `Cwmpas: ${text}`,
    affects: ({ names }) => `Yn effeithio ar: ${names}`,
    assessedBy: ({ names }) => `Aseswyd gan: ${names}`,
    maker: ({ maker }) => `Y sawl sy’n gwneud y penderfyniad: ${maker}`,
    decisionDate: ({ date, paper, briefed }) =>
      `Dyddiad: ${date}   Papur: ${paper}   Wedi’i friffio am y ddyletswydd: ${briefed ? 'do' : 'naddo'}`,
    analysedOn: ({ date }) => `Dyddiad cynnal y dadansoddiad: ${date}`,
    alreadyTaken: 'Cofnodwyd bod y penderfyniad eisoes wedi’i wneud pan gynhaliwyd yr asesiad hwn.',
    notes: ({ text }) => `Nodiadau: ${text}`,
    relevance: 'Perthnasedd:',
    notScreened: 'Perthnasedd: heb ei sgrinio eto',
    screeningDecision: ({ decision }) => `Penderfyniad: ${decision}`,
    evidenceReliedOn: ({ titles }) => `Tystiolaeth a ddefnyddiwyd: ${titles}`,
    reliesOn: ({ title }) => `Yn dibynnu ar: ${title}`,
    limits: ({ text }) => `cyfyngiadau: ${text}`,
    gap: ({ id, description }) => `bwlch [${id}]: ${description}`,
    noEvidence: 'Dim tystiolaeth wedi’i chofnodi.',
    changed: ({ text }) => `beth a newidiodd: ${text}`,
    noEngagement: 'Dim ymgysylltu wedi’i gofnodi.',
    noneFound: ({ text }) => `Dim wedi’u canfod: ${text}`,
    cumulative: ({ text }) => `Effaith gronnol: ${text}`,
    outcome: ({ outcome }) => `Canlyniad: ${outcome}`,
    legitimateAim: ({ text }) => `Nod dilys: ${text}`,
    proportionality: ({ text }) => `Cymesuredd: ${text}`,
    noOutcome: 'Canlyniad: heb ei benderfynu eto',
    action: ({ owner, due, status }) => `${owner}, erbyn: ${due}, ${status}`,
    noOwner: 'dim perchennog',
    noActions: 'Dim camau gweithredu.',
    arrangements: ({ text }) => `Trefniadau: ${text}`,
    nextReview: ({ date }) => `Adolygiad nesaf: ${date}`,
    impact: ({ impact, audience, description }) => `${impact} ar gyfer ${audience}: ${description}`,
    mitigation: ({ text }) => ` | lliniaru: ${text}`,
  },
  findings: {
    none: 'Dim canfyddiadau: nid yw’r gwiriadau sylw dyledus yn gweld bod dim ar goll.',
    severity: { error: 'gwall', warning: 'rhybudd', info: 'gwybodaeth' },
    fix: ({ hint }) => `i’w gywiro: ${hint}`,
    why: ({ why }) => `pam: ${why}`,
    counts: ({ errors, warnings }) => `${errors} gwall, ${warnings} rhybudd`,
    idOrAll: 'Rhowch id neu --all, nid y ddau.',
    failing: ({ failed, total }) => `${failed} o ${total} asesiad yn methu’r gwiriadau`,
  },
  due: {
    reviews: 'Adolygiadau sy’n ddyledus:',
    reviewHeaders: ['ID', 'ADOLYGU', 'PERCHENNOG', 'TEITL'],
    actions: 'Camau gweithredu sy’n hwyr:',
    actionHeaders: ['ASESIAD', 'ERBYN', 'YN HWYR', 'CAM GWEITHREDU'],
    owner: ({ owner }) => ` (perchennog: ${owner})`,
    noOwner: ' (dim perchennog)',
    late: ({ days }) => `${days} diwrnod`,
    nothing: 'Dim byd yn ddyledus: dim adolygiadau’n ddyledus a dim camau gweithredu’n hwyr.',
  },
  history: {
    badAt: ({ value }) =>
      `Rhaid i --at fod yn rhif cofnod yn y log (1, 2, …), nid "${value}": gweler \`eqia history <id>\`.`,
    headers: ['#', 'PRYD', 'BETH DDIGWYDDODD'],
    profileHeaders: ['#', 'PRYD', 'PWY', 'NEWIDIWYD'],
    noProfileChanges: 'Dim newidiadau i’r proffil wedi’u cofnodi eto.',
  },
  users: {
    added: ({ id }) => `Ychwanegwyd: ${id}.`,
    removed: ({ id }) => `Tynnwyd: ${id}.`,
    updated: ({ id }) => `Diweddarwyd: ${id}.`,
    noSuchUser: ({ id }) => `Nid oes defnyddiwr "${id}": mae \`eqia users\` yn eu rhestru.`,
    badId: ({ id, rule }) => `Ni all "${id}" fod yn id defnyddiwr: ${rule}.`,
    alreadyUser: ({ id }) =>
      `Mae defnyddiwr "${id}" yn bod eisoes: defnyddiwch \`eqia users roles ${id} --roles …\`.`,
    unknownAction: ({ action }) => `Nid yw "${action}" yn weithred: defnyddiwch list, add, remove neu roles.`,
    none: 'Dim defnyddwyr eto: `eqia users add <id> --name "…" --roles admin,author`.',
    headers: ['ID', 'ENW', 'RÔLAU', 'TEITL SWYDD'],
    fullName: 'enw llawn',
  },
  keys: {
    revoked: ({ id, user, at }) => `Diddymwyd ${id} (${user}) o: ${at}.`,
    unknownAction: ({ action }) => `Nid yw "${action}" yn weithred: defnyddiwch list, create neu revoke.`,
    nowhere:
      'Nid oes unman i gadw allwedd breifat: gosodwch HOME (neu XDG_CONFIG_HOME neu EQIA_CONFIG), neu `eqia config set keys <dir>`.',
    badValidUntil: 'Rhaid i --valid-until fod yn ddyddiad fel 2027-12-31.',
    created: ({ id, user, path }) =>
      `Crëwyd allwedd ${id} ar gyfer ${user}: wedi’i chofrestru yn y proffil, yr allwedd breifat yn ${path} (i chi yn unig).\n  Mae eich cymeradwyaethau, eich cyhoeddiadau a’ch ailddatganiadau bellach wedi’u llofnodi â hi, a rhaid iddynt fod.`,
    none: 'Dim allweddi llofnodi eto: mae `eqia keys create` yn gwneud un i chi.',
    headers: ['ID', 'DEFNYDDIWR', 'DILYS O', 'HYD AT', 'DIDDYMWYD', 'YMA'],
    importedUser: ({ user }) => `${user} (wedi’i mewnforio)`,
    revokedBy: ({ date, by }) => `${date} gan ${by}`,
    here: 'ie',
    importedNote: ({ uses }) =>
      `Daeth allweddi a fewnforiwyd gydag allforion o storfa arall, ac maent yn gwirio cymeradwyaethau’r asesiadau hynny yn unig: ${uses}.`,
  },
  verify: {
    entries: ({ n }) => `${n} cofnod yn y log wedi’u dilysu`,
    signed: ({ signed, of }) => `; ${signed} o ${of} cymeradwyaeth wedi’u llofnodi`,
    broken: ({ entry, reason }) => `nid yw cofnod ${entry} yn cael ei ddilysu: ${reason}`,
    signature: ({ type, by, at, status, reason }) => `${type} gan ${by} am ${at}: ${status} (${reason})`,
    signOffs: { approve: 'cymeradwyo', publish: 'cyhoeddi', reaffirm: 'ailgadarnhau' },
    statuses: {
      signed: 'wedi’i llofnodi',
      unsigned: 'heb ei llofnodi',
      invalid: 'annilys',
      revoked: 'wedi’i dirymu',
    },
    nothing: 'Dim asesiadau i’w dilysu.',
    profile: 'proffil',
    profileChanges: ({ n }) => `${n} newid a gofnodwyd wedi’u dilysu`,
    profileBroken: ({ change, reason }) => `nid yw newid ${change} yn cael ei ddilysu: ${reason}`,
    objective: ({ id }) => `amcan ${id}`,
    notWord: ({ file }) =>
      `Mae ${file} yn ffeil zip ond nid yn ddogfen Word ddarllenadwy: rhowch y .docx, yr HTML, y Markdown neu’r JSON a ysgrifennodd \`eqia export\`.`,
    noReference: ({ file }) =>
      `Nid oes cyfeirnod dilysu (eqia-verify:…) yn ${file}: dim ond copïau a wnaed gan \`eqia export\` ers ychwanegu cyfeirnodau sydd ag un.`,
    document: ({ file, id, version }) => `${file} (${id}, fersiwn ${version})`,
    since: ({ seq, type, by, at }) => `${seq}. ${type} gan ${by} am ${at}`,
    matches: ({ what, since }) =>
      `Mae ${what} yn cyfateb i’r storfa${since ? `; a gofnodwyd ers hynny:${since}` : ', ac ni chofnodwyd dim ers hynny'}`,
    truncated: ({ what, missing }) =>
      `${what}: tynnwyd ${missing} cofnod o ddiwedd ei log ers gwneud y copi hwn: nid yw’r storfa bellach yn dal yr hyn a gyhoeddwyd`,
    rewritten: ({ what, version }) =>
      `${what}: nid log y storfa yn fersiwn ${version} yw’r un y gwnaed y copi hwn ohono: ailysgrifennwyd ei hanes`,
  },
  output: {
    wordNeedsFile: 'Ffeil yw dogfen Word, nid testun: rhowch --out <file>.docx.',
    needsName: ({ option }) => `Mae ${option} angen enw ffeil (neu - ar gyfer allbwn safonol).`,
    isDirectory: ({ option, path }) => `${option} ${path}: ffolder yw hwn: rhowch enw ffeil.`,
    exists: ({ option, path }) =>
      `${option} ${path}: mae’r ffeil yn bod eisoes: rhowch --force i’w disodli, neu dewiswch ffeil arall.`,
    wrote: ({ path }) => `Ysgrifennwyd ${path}`,
    storeFile: ({ option, path, inside, store }) =>
      `${option} ${path}: ${inside ? 'mae y tu mewn i ffolder y storfa' : 'mae’n un o ffeiliau’r storfa'} (${store}): byddai ysgrifennu yno’n dinistrio’r storfa. Dewiswch ffeil mewn man arall.`,
    passFormat: ({ formats }) => `Rhowch --format ${formats} (neu ffeil --out sy’n gorffen ag un ohonynt).`,
    badLanguage: ({ source, text, error }) => `${source} "${text}": ${error}.`,
  },
  init: {
    exists: ({ location }) => `Mae storfa eisoes yn ${location}: ni newidiwyd dim.`,
    created: ({ location, profile }) => `Crëwyd storfa yn ${location} gyda’r proffil: ${profile}.`,
    nextNew: ({ user }) => `Nesaf: mae \`eqia new --user ${user}\` yn dechrau asesiad.`,
    nextUser:
      'Nesaf: ychwanegwch eich hun gydag `eqia users add <id> --name "Eich Enw" --roles admin,author`, yna `eqia new --user <id>`.',
  },
  config: {
    notSet: ({ key, file }) =>
      `Nid yw ${key} wedi’i osod yn ${file}. Gosodwch ef gydag \`eqia config set ${key} <value>\`.`,
    badValue: ({ key, problem, value }) => `${key}: ${problem}, nid "${value}".`,
    set: ({ key, value, file }) => `Gosodwyd ${key} i ${value} yn ${file}.`,
    wasNotSet: ({ key }) => `Nid oedd ${key} wedi’i osod: ni newidiwyd dim.`,
    unset: ({ key, file }) => `Dadosodwyd ${key} yn ${file}.`,
    unknownAction: ({ action }) => `Nid yw "${action}" yn weithred: defnyddiwch list, get, set neu unset.`,
    nowhere: 'Nid oes unman i gadw gosodiadau: gosodwch HOME, XDG_CONFIG_HOME neu EQIA_CONFIG.',
    notASetting: ({ key, keys }) => `Nid yw "${key}" yn osodiad: defnyddiwch ${keys}.`,
    comesFirst: ({ variable }) => `(mae ${variable} wedi’i osod ac yn dod yn gyntaf)`,
    notWritten: ({ file }) => `${file} (heb ei ysgrifennu eto)`,
    file: ({ file }) => `Ffeil gosodiadau: ${file}`,
    headers: ['GOSODIAD', 'GWERTH'],
  },
  settings: {
    unreadable: ({ file, reason }) =>
      `Ni ellir darllen y ffeil gosodiadau ${file}: ${reason}. Cafodd ei gadael fel yr oedd.`,
    empty: 'mae’n wag (ysgrifennwch {} am ddim gosodiadau, neu dilëwch hi)',
    notJson: ({ message }) => `nid yw’n JSON dilys: ${message}`,
    invalid: ({ file }) =>
      `Nid yw’r ffeil gosodiadau ${file} yn ddilys; cafodd ei gadael fel yr oedd. Cywirwch hi neu dilëwch hi:`,
    asString: ({ what }) => `rhaid iddo fod yn ${what}, fel llinyn`,
    notEmpty: ({ what }) => `rhaid iddo fod yn ${what}, nid yn wag`,
    storeValue: 'ffolder, ffeil cronfa ddata (.db) neu URL postgres://',
    userValue: 'id defnyddiwr',
    keysValue: 'llwybr',
    language: 'rhaid iddo fod yn en (Saesneg) neu cy (Cymraeg)',
    object: 'rhaid iddi fod yn wrthrych JSON o osodiadau, fel {"user": "amara"}',
    notASetting: ({ keys }) => `nid yw’n osodiad (y gosodiadau yw ${keys})`,
  },
  profile: {
    replaced: ({ file }) => `Disodlwyd y proffil o ${file}.`,
    unknownAction: ({ action }) => `Nid yw "${action}" yn weithred: defnyddiwch show neu set.`,
    none: 'Nid oes proffil gan y storfa hon: rhedwch `eqia init`.',
    characteristics: ({ names }) => `Nodweddion: ${names}`,
    audiences: ({ names }) => `Cynulleidfaoedd: ${names}`,
    stakeholders: ({ names }) => `Rhanddeiliaid: ${names}`,
    chain: ({ stages }) => `Cadwyn gymeradwyo: ${stages}`,
    intervals: ({ review, freshness }) =>
      `Adolygu bob ${review} mis; tynnir sylw at dystiolaeth sy’n hŷn na ${freshness} mis.`,
    users: ({ names }) => `Defnyddwyr: ${names}`,
    welshMissing: ({ keys }) =>
      `Mae gan y proffil destunau heb Gymraeg, ac mae’r sefydliad yn cyhoeddi yn Gymraeg: ${keys}. Mae dogfennau Cymraeg yn eu dangos yn Saesneg. Rhowch nhw dan "welsh" (gyda "schemaVersion": 2) mewn ffeil ar gyfer eqia profile set.`,
    welshStale: ({ keys }) =>
      `Mae gan y proffil Gymraeg a ysgrifennwyd ar gyfer Saesneg sydd wedi newid ers hynny: ${keys}. Mae dogfennau Cymraeg yn dweud ei bod wedi dyddio. Ysgrifennwch y Gymraeg ar gyfer y Saesneg fel y mae nawr dan "welsh" mewn ffeil ar gyfer eqia profile set, neu, lle mae’n dal yn gywir, dywedwch hynny: eqia profile set --welsh-current <keys>.`,
    welshConfirmed: ({ keys }) =>
      `Cofnodwyd bod Cymraeg y proffil yn dal yn gywir ar gyfer ei Saesneg fel y mae nawr: ${keys}.`,
    welshCurrentOnSet:
      'Mae --welsh-current yn mynd gydag `eqia profile set`: `eqia profile set [<file.json>] --welsh-current <keys>`.',
  },
  migrateStore: {
    already: ({ location, kind }) =>
      `Mae’r storfa yn ${location} eisoes yn ${kind}: dywedwch ble i’w chopïo gyda --to <dir|file|url>.`,
    copied: ({ assessments, events, profile, from, to }) =>
      `Copïwyd ${assessments} asesiad (${events} cofnod yn y log${profile ? ', a’r proffil' : ''}) o ${from} i ${to}, pob cadwyn wedi’i dilysu.`,
    inPlace: ({ location }) =>
      `Mae eqia bellach yn defnyddio ${location}. Rhedwch \`eqia verify\` yno; gellir dileu’r hen ffeiliau wrth ei hochr pan fyddwch yn fodlon.`,
    elsewhere:
      'Nesaf: pwyntiwch EQIA_STORE (neu --store) at y storfa newydd a rhedwch `eqia verify` yno; cadwch yr hen un tan hynny.',
  },
  reindex: {
    progress: ({ done, of }) => `Yn gwneud y crynoadau eto: ${done} o ${of}`,
    current:
      'Mae pob crynhoad (yr hyn y mae’r adroddiad blynyddol a check --all yn ei ddarllen) yn gyfredol: dim i’w wneud.',
    refreshed: ({ refreshed }) =>
      `Gwnaed crynoadau ${refreshed} asesiad eto: mae’r adroddiad blynyddol a check --all yn eu darllen yn lle darllen pob asesiad yn gyfan.`,
    afterProfile: ({ refreshed }) => `Gwnaed crynoadau ${refreshed} asesiad eto o dan y proffil newydd.`,
    savedMeanwhile: ({ saved }) => `Cadwyd ${saved} arall yn y cyfamser, gyda’u crynoadau eu hunain.`,
    stopped: ({ done }) =>
      done === 0
        ? 'Wedi stopio cyn gwneud yr un crynhoad eto: mae `eqia reindex` yn eu gwneud.'
        : `Wedi stopio: cedwir y ${done} crynhoad a wnaed eto hyd yma; mae \`eqia reindex\` yn gwneud y gweddill.`,
  },
  writes: {
    noteAdded: 'Nodyn wedi’i ychwanegu',
    actionIs: ({ id, status }) => `Cam gweithredu ${id}: ${status}`,
    badStatus: ({ statuses, value }) => `Rhaid i --status fod yn un o ${statuses}, nid "${value}".`,
    commentResolved: 'Sylw wedi’i ddatrys',
    badSection: ({ sections }) => `Rhaid i --section fod yn un o ${sections}.`,
    changesRequested: 'Gofynnwyd am newidiadau',
    oneWay: 'Rhowch un o --answers, --remove, --move neu --welsh-current, nid sawl un.',
    historicalPlain:
      'Mae --historical ar gyfer cofnodion plaen; mae allforiad eqia yn cario ei hanes ei hun.',
    giveTitle: 'Rhowch deitl i’r polisi: `policy.title` yn y ffeil atebion, neu --title.',
    fromAfterTo: ({ from, to }) => `Rhaid i --from (${from}) beidio â bod ar ôl --to (${to}).`,
    badFormat: ({ formats }) => `Rhaid i --format fod yn un o ${formats}.`,
    csvNeedsFile: 'Mae --overdue-csv angen enw ffeil: yr adroddiad ei hun sy’n mynd i’r allbwn safonol.',
    reasonOrSubmission: 'Rhowch naill ai --reason (rhoi’r gorau i’r asesiad) neu --submission, nid y ddau.',
  },
  listEdit: {
    noItem: ({ title, noun, item, known, id }) =>
      `Nid oes gan "${title}" ${noun} "${item}"${known}. Mae \`eqia show ${id}\` yn rhestru id pob eitem.`,
    known: ({ list, ids }) => `: ei ${list} yw ${ids}`,
    moved: ({ what, position }) => `Symudwyd ${what} i safle ${position}`,
    removed: ({ what }) => `Tynnwyd ${what}`,
    removeSure: ({ what }) => `Tynnu ${what}? Mae ei gysylltiadau o adrannau eraill yn mynd hefyd.`,
    confirm: 'i chi gadarnhau’r tynnu',
    nothingRemoved: 'Ni thynnwyd dim.',
    badTarget: ({ flag, lists, value }) =>
      `Mae ${flag} yn cymryd <list>:<item-id>, fel evidence:ev-2; y rhestrau yw ${lists} (nid "${value}").`,
    badPosition: 'Mae --move angen --to <position>, rhif cyfan o 1 (y lle cyntaf).',
  },
};
