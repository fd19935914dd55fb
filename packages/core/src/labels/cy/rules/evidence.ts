import type { RuleCatalogue } from '../../../checks/rules/index.js';

// Rheolau’r dystiolaeth a’r ymgysylltu.

export const welshEvidenceRules = {
  'evidence-described': {
    title: 'Mae’r dystiolaeth a’r bylchau data wedi’u disgrifio',
    why: 'Rhaid i’r sawl sy’n gwneud y penderfyniad gael gwybodaeth briodol (Brown; Hurley and Moore): mae angen ffynhonnell, dyddiad, y nodweddion y mae’n eu llywio a’r hyn y mae’n ei ddangos ar bob darn o dystiolaeth, a rhaid i bob bwlch ddweud beth nad yw’n hysbys.',
    hint: 'Rhowch ffynhonnell neu ddolen, dyddiad, y nodweddion y mae’n eu cwmpasu a chrynodeb un llinell i bob eitem o dystiolaeth; disgrifiwch bob bwlch data.',
    messages: {
      itemIncomplete: ({ title, missing }) => `Mae’r dystiolaeth "${title}" heb y canlynol: ${missing}.`,
      source: 'ffynhonnell',
      date: 'dyddiad',
      characteristics: 'y nodweddion y mae’n eu cwmpasu',
      summary: 'crynodeb',
      gapUndescribed: ({ gap }) => `Nid yw’r bwlch data "${gap}" yn dweud beth nad yw’n hysbys.`,
    },
  },
  'evidence-fresh': {
    title: 'Mae’r dystiolaeth yn ddigon diweddar',
    why: 'Mae sylw dyledus yn gofyn am ddarlun cyfredol: rhaid i’r awdurdod gymryd camau rhesymol i ganfod yr hyn nad yw’n ei wybod (Bridges), a gall hen ddata guddio sut yr effeithir ar grŵp heddiw.',
    hint: 'Dewch o hyd i dystiolaeth fwy diweddar, neu dywedwch yn y crynodeb pam mai hon yw’r orau sydd ar gael o hyd. Y terfyn yw terfyn diweddarwch tystiolaeth y proffil (data’r cyfrifiad: deng mlynedd).',
    messages: {
      stale: ({ title, date, limit }) =>
        `Mae’r dystiolaeth "${title}" wedi’i dyddio ${date}, yn hŷn na’r terfyn diweddarwch o ${limit} mis.`,
    },
  },
  'evidence-strength-stated': {
    title: 'Mae’r dystiolaeth y dibynnir arni yn datgan ei chyfyngiadau',
    why: 'Mae trylwyredd (egwyddor 3 Brown) yn golygu pwyso a mesur tystiolaeth, nid ei rhestru’n unig: nid yw casgliad sy’n dibynnu ar arolwg o ddeuddeg o bobl, ar hanesyn neu ar ddata sy’n gadael grŵp allan ond mor gryf â’r dystiolaeth honno, a rhaid i’r sawl sy’n gwneud y penderfyniad allu gweld hynny (Bracking).',
    hint: 'Ar gyfer pob eitem y mae casgliad yn ei nodi, dywedwch beth yw ei chyfyngiadau: maint y sampl, a yw’n seiliedig ar hanesion, pa mor hen yw hi, y lleoedd neu’r bobl nad yw’n eu cwmpasu.',
    messages: {
      limitsUnstated: ({ title }) =>
        `Mae’r dystiolaeth "${title}" yn cefnogi casgliad, ond nid yw ei chyfyngiadau (maint y sampl, ei hoed, pwy y mae’n eu gadael allan) wedi’u datgan.`,
    },
  },
  'data-gap-has-action': {
    title: 'Mae cam gweithredu i lenwi pob bwlch data',
    why: 'Mae’r ddyletswydd yn cynnwys cymryd camau rhesymol i ganfod yr hyn nad yw’n hysbys eto am effaith polisi (Bridges, 2020; Hurley and Moore): nid sylw dyledus yw bwlch a nodwyd ac a adawyd.',
    hint: 'Cysylltwch y bwlch â cham gweithredu (nad yw wedi’i ollwng) a fydd yn casglu’r wybodaeth sydd ar goll, gyda pherchennog a dyddiad.',
    messages: {
      noAction: ({ gap }) => `Nid oes cam gweithredu i lenwi’r bwlch data "${gap}".`,
    },
  },
  'references-resolve': {
    title: 'Mae’r dystiolaeth, y bylchau, y camau gweithredu a’r effeithiau cysylltiedig yn bodoli',
    why: 'Ni all casgliad sy’n dibynnu ar dystiolaeth neu gam gweithredu nad yw yn y cofnod ddangos sylw dyledus (egwyddor 6 Brown: cofnod digonol).',
    hint: 'Ychwanegwch yr eitem sydd ar goll at y gofrestr, neu dilëwch y cysylltiad.',
    messages: {
      missing: ({ where, what, id }) => `${where}: mae’n cysylltu â’r ${what} "${id}", nad yw’n bodoli.`,
      analysis: ({ characteristic }) => `Y dadansoddiad o’r nodwedd "${characteristic}"`,
      impact: ({ impact }) => `Effaith "${impact}"`,
      gap: ({ gap }) => `Bwlch data "${gap}"`,
      action: ({ action }) => `Cam gweithredu "${action}"`,
      evidenceLink: 'dystiolaeth',
      gapLink: 'bwlch data',
      actionLink: 'cam gweithredu',
      impactLink: 'effaith',
    },
  },
  'engagement-recorded': {
    title: 'Mae ymgysylltu â’r bobl yr effeithir arnynt wedi’i gofnodi',
    why: 'Rhaid i’r awdurdod gael gwybodaeth briodol, yn aml drwy ymgynghori (Hurley and Moore; Brown), a’r bobl yr effeithir arnynt yw’r ffynhonnell orau am effeithiau y mae’r data’n eu methu.',
    hint: 'Cofnodwch â phwy y buoch yn ymgysylltu (mae grwpiau rhanddeiliaid y proffil yn fan cychwyn), pryd, sut a beth a ddywedwyd.',
    messages: {
      none: 'Nid oes ymgysylltu wedi’i gofnodi â’r bobl yr effeithir arnynt na’u cynrychiolwyr.',
    },
  },
  'engagement-responses-recorded': {
    title: 'Mae pob ymgysylltiad yn cofnodi’r hyn a ddywedodd pobl a’r hyn a newidiodd',
    why: 'Rhaid i’r sawl sy’n gwneud y penderfyniad gael naws ddigonol o’r ymatebion (Bracking), a rhaid ystyried yr ymgynghori’n gydwybodol (meini prawf Gunning), a dangosir hynny yn y cofnod gan yr hyn a newidiodd.',
    hint: 'Ar gyfer pob ymgysylltiad, cofnodwch y dyddiad, crynodeb teg o’r hyn a ddywedwyd (gan gynnwys gwrthwynebiadau) a’r hyn a newidiodd o ganlyniad, neu pam na newidiodd dim.',
    messages: {
      notRecorded: ({ who, missing }) =>
        `Nid yw’r ymgysylltiad â "${who}" yn cofnodi’r canlynol: ${missing}.`,
      date: 'pryd y digwyddodd',
      whatTheySaid: 'beth a ddywedwyd',
      whatChanged: 'beth a newidiodd o ganlyniad',
    },
  },
  'engagement-reaches-affected': {
    title: 'Mae’r ymgysylltu’n cyrraedd y bobl yr effeithir arnynt',
    why: 'Rhaid i’r sawl sy’n gwneud y penderfyniad wybod barn y rhai yr effeithir arnynt (Bracking, 2013), a rhaid i’r ymgynghori eu cyrraedd tra bo’r cynigion yn dal i gael eu llunio (egwyddorion Gunning; canllawiau ymgysylltu’r Comisiwn Cydraddoldeb a Hawliau Dynol). Nid yw gofyn i’r swyddogion a ysgrifennodd y polisi yn unig yn ymgysylltu â’r bobl y mae’n effeithio arnynt.',
    hint: 'Ymgysylltwch â’r defnyddwyr gwasanaeth, y cyhoedd neu’r grwpiau y mae’r polisi’n effeithio arnynt (a chofnodwch eu cynulleidfa), a phobl sy’n rhannu pob nodwedd lle y canfuwyd effaith negyddol ganolig neu uchel.',
    messages: {
      onlyStaff:
        'Dim ond ymgysylltu â staff neu swyddogion sydd wedi’i gofnodi, ond mae’r polisi’n effeithio ar ddefnyddwyr gwasanaeth neu’r cyhoedd hefyd.',
      unheard: ({ impact, characteristics }) =>
        `${impact}: mae’n effaith negyddol ganolig, ond ni ofynnwyd i neb sy’n rhannu’r nodweddion hyn amdani: ${characteristics}.`,
    },
  },
  'high-severity-engaged': {
    title: 'Mae ymgysylltu’n llywio effeithiau negyddol difrifol iawn',
    why: 'Po fwyaf difrifol y niwed posibl, y mwyaf o sylw sy’n ddyledus (Baker); rhaid i’r awdurdod ei hysbysu ei hun, yn aml drwy ymgynghori â’r rhai yr effeithir arnynt (Hurley and Moore), a rhaid i’w barn gyrraedd y sawl sy’n gwneud y penderfyniad (Bracking).',
    hint: 'Ymgysylltwch â phobl sy’n rhannu’r nodwedd (grŵp rhanddeiliaid sy’n siarad drosti), neu nodwch dystiolaeth ymgynghori neu adborth sy’n ei chwmpasu.',
    messages: {
      unheard: ({ impact, characteristics }) =>
        `${impact}: mae’n ddifrifol iawn, ond nid oes tystiolaeth ymgysylltu nac ymgynghori sy’n cwmpasu’r nodweddion hyn: ${characteristics}.`,
    },
  },
} satisfies Partial<RuleCatalogue>;
