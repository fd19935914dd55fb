import type { RuleCatalogue } from '../../../checks/rules/index.js';

// Rheolau’r polisi a’r penderfyniad. A name or a date follows a colon or sits in quotes, so no
// mutation is left to a template (see labels/cy/rules/index.ts).

export const welshPolicyRules = {
  'policy-aims-stated': {
    title: 'Mae nodau’r polisi wedi’u datgan',
    why: 'Dim ond yn erbyn diben y polisi y gellir barnu effeithiau; mae Bracking yn gofyn am ganolbwyntio ar yr union gynnig, ac mae angen nod y polisi ar gyfiawnhad gwrthrychol yn nes ymlaen.',
    hint: 'Dywedwch beth yw diben y polisi a pha ganlyniadau y dylai eu cyflawni, mewn ychydig o frawddegau clir.',
    messages: { notStated: 'Nid yw nodau’r polisi na’r canlyniadau a fwriedir wedi’u datgan.' },
  },
  'audiences-identified': {
    title: 'Mae’r bobl y mae’r polisi’n effeithio arnynt wedi’u nodi',
    why: 'Rhaid i sylw dyledus gyrraedd pawb y mae’r polisi’n eu cyffwrdd: mae’n effeithio’n wahanol ar ddefnyddwyr gwasanaeth, staff a phartneriaid, ac ni chafodd effaith ar gynulleidfa nad oes neb wedi’i rhestru ei hystyried yn iawn.',
    hint: 'Rhestrwch bob cynulleidfa y mae’r polisi’n effeithio arni, o’r proffil, ac ychwanegwch unrhyw gynulleidfa y mae effaith yn ei henwi.',
    messages: {
      none: 'Nid oes cynulleidfaoedd wedi’u rhestru ar gyfer y polisi.',
      unknown: ({ audience }) => `Nid yw’r gynulleidfa "${audience}" yn un o gynulleidfaoedd y proffil.`,
      unlisted: ({ audience, impact }) =>
        `${impact}: mae’n effeithio ar gynulleidfa nad yw ymhlith cynulleidfaoedd y polisi: ${audience}.`,
    },
  },
  'more-than-one-mind': {
    title: 'Mae mwy nag un person yn cymryd rhan',
    why: 'Mae trylwyredd a meddwl agored (egwyddor 3 Brown) yn anodd ar eich pen eich hun: asesiad a ysgrifennwyd gan un person, heb gydweithiwr, adolygydd na pherson yr effeithir arno, yw’r ticio blychau y mae’r llysoedd a Swyddfa Archwilio Cymru wedi’i feirniadu.',
    hint: 'Meddwl arall yw unrhyw un heblaw’r awdur: enwch nhw yn nhîm yr asesiad (nid yw enw na dynodydd defnyddiwr yr awdur ei hun yn cyfrif), ychwanegwch nhw fel cyfrannwr, ymgysylltwch â’r bobl yr effeithir arnynt, neu gofynnwch i rywun heblaw’r awdur adolygu neu gymeradwyo’r asesiad.',
    messages: {
      oneMind: ({ author }) =>
        `Dim ond un person (${author}) sydd wedi’i gofnodi fel un sy’n cymryd rhan: dim tîm asesu, cyfranwyr, ymgysylltu nac adolygydd.`,
    },
  },
  'decision-maker-named': {
    title: 'Mae’r sawl sy’n gwneud y penderfyniad wedi’i enwi',
    why: 'Mae’r ddyletswydd yn bersonol i’r sawl sy’n gwneud y penderfyniad ac ni ellir ei dirprwyo (egwyddorion 1 a 4 Brown); rhaid i’r cofnod ddangos pwy a benderfynodd.',
    hint: 'Enwch y person neu’r corff sy’n gwneud y penderfyniad, a’i rôl.',
    messages: { notNamed: 'Nid oes neb wedi’i gofnodi fel y sawl sy’n gwneud y penderfyniad.' },
  },
  'decision-maker-briefed': {
    title: 'Mae’r sawl sy’n gwneud y penderfyniad wedi’i friffio ar y ddyletswydd a’r asesiad',
    why: 'Rhaid i’r rhai sy’n gwneud penderfyniadau wybod am y ddyletswydd (egwyddor 1 Brown), a’r hyn sy’n cyfrif yw’r hyn yr oeddent hwy eu hunain yn ei wybod: rhaid i’r asesiad llawn a naws yr ymatebion i’r ymgynghoriad eu cyrraedd (Bracking).',
    hint: 'Rhowch yr asesiad llawn, nid crynodeb yn unig, gerbron y sawl sy’n gwneud y penderfyniad, a chofnodwch eich bod wedi gwneud hynny.',
    messages: {
      notBriefed:
        'Nid oes dim yn cofnodi bod y sawl sy’n gwneud y penderfyniad yn cael gwybod am y ddyletswydd cydraddoldeb ac yn cael yr asesiad hwn.',
    },
  },
  'decision-date-set': {
    title: 'Mae dyddiad y penderfyniad wedi’i gofnodi',
    why: 'Rhaid rhoi sylw dyledus cyn y penderfyniad ac ar adeg y penderfyniad (egwyddor 2 Brown); heb y dyddiad ni all y cofnod ddangos hynny.',
    hint: 'Cofnodwch y dyddiad y gwneir (neu y gwnaed) y penderfyniad, e.e. cyfarfod y bwrdd.',
    messages: { notRecorded: 'Nid yw dyddiad y penderfyniad wedi’i gofnodi.' },
  },
  'decision-after-sign-off': {
    title: 'Ni wneir y penderfyniad cyn i’r asesiad gael ei gymeradwyo',
    why: 'Rhaid rhoi sylw dyledus cyn penderfynu ar bolisi ac ar yr adeg honno, nid fel cyfiawnhad diweddarach (egwyddor 2 Brown; Bracking para 26(4): nid "gweithred rhagod").',
    hint: 'Os yw’r penderfyniad eto i ddod, cywirwch ei ddyddiad; os cafodd ei wneud eisoes, gwnewch ef eto unwaith y bydd yr asesiad hwn wedi’i gymeradwyo.',
    messages: {
      beforeSignOff: ({ decided, signedOff }) =>
        `Mae’r penderfyniad wedi’i ddyddio ${decided}, cyn i’r asesiad hwn gael ei gymeradwyo ar ${signedOff}.`,
      notSignedOff: ({ decided, today }) =>
        `Mae’r penderfyniad wedi’i ddyddio ${decided}, ond nid yw’r asesiad hwn wedi’i gymeradwyo eto (heddiw yw ${today}).`,
    },
  },
  'due-regard-before-decision': {
    title: 'Rhoddir sylw dyledus cyn y penderfyniad',
    why: 'Rhaid cyflawni’r ddyletswydd cyn ystyried y polisi ac ar yr adeg honno, nid i gyfiawnhau penderfyniad a wnaed eisoes (egwyddor 2 Brown; Bracking para 26(4)). Mae sgrinio neu ddadansoddiad a ddyddiwyd ar ôl y penderfyniad, neu gofnod bod y penderfyniad wedi’i wneud eisoes, yn dangos na chafodd ei chyflawni.',
    hint: 'Os yw’r dyddiadau’n anghywir, cywirwch nhw. Os gwnaed y penderfyniad yn gyntaf, ni all yr asesiad unioni hynny: rhowch y penderfyniad yn ôl gerbron y sawl sy’n ei wneud, gyda’r asesiad hwn.',
    messages: {
      alreadyTaken: 'Mae’r cofnod yn dweud bod y penderfyniad wedi’i wneud eisoes pan wnaed yr asesiad hwn.',
      screenedAfter: ({ screened, decided }) =>
        `Mae’r sgrinio wedi’i ddyddio ${screened}, ar ôl y penderfyniad ar ${decided}.`,
      assessedAfter: ({ assessed, decided }) =>
        `Mae’r dadansoddiad wedi’i ddyddio ${assessed}, ar ôl y penderfyniad ar ${decided}.`,
    },
  },
  'welsh-text-written': {
    title: 'Mae fersiwn Gymraeg o bob testun',
    why: 'Mae Safonau’r Gymraeg (Mesur y Gymraeg (Cymru) 2011) yn gofyn bod dogfennau a gyhoeddir i’r cyhoedd yn cael eu cyhoeddi yn Gymraeg, heb drin y Gymraeg yn llai ffafriol na’r Saesneg: mae corff sy’n cyhoeddi yn Gymraeg yn cyhoeddi ei asesiad yn Gymraeg hefyd.',
    hint: 'Ysgrifennwch y fersiwn Gymraeg wrth ymyl y Saesneg (mae’r dewin yn gofyn amdani ar ôl pob ateb testun, neu rhowch hi dan "welsh" mewn ffeil atebion). Mae’r cynnwys yn cael ei gloi wrth ei gymeradwyo, felly ysgrifennwch hi cyn cyflwyno’r asesiad.',
    messages: {
      missing: ({ key }) =>
        `Nid oes fersiwn Gymraeg o’r testun yn ${key}, ac mae’r sefydliad yn cyhoeddi yn Gymraeg.`,
    },
  },
  'welsh-text-current': {
    title: 'Mae pob fersiwn Gymraeg yn gyfredol â’i Saesneg',
    why: 'Dan Safonau’r Gymraeg (Mesur y Gymraeg (Cymru) 2011) rhaid i fersiwn Gymraeg dogfen a gyhoeddir beidio â bod yn llai ffafriol na’r Saesneg: mae testun Cymraeg a ysgrifennwyd ar gyfer Saesneg sydd wedi newid ers hynny yn dweud rhywbeth arall wrth ddarllenwyr Cymraeg.',
    hint: 'Gwiriwch y fersiwn Gymraeg yn erbyn y Saesneg a’i chywiro; rhowch hi eto, hyd yn oed heb ei newid, i gofnodi ei bod bellach yn cyfateb (yn y dewin, dan "welsh" mewn ffeil atebion, neu gydag `eqia edit <id> --welsh-current <key>`).',
    messages: {
      stale: ({ key }) => `Mae’r Saesneg yn ${key} wedi newid ers ysgrifennu ei fersiwn Gymraeg.`,
    },
  },
} satisfies Partial<RuleCatalogue>;
