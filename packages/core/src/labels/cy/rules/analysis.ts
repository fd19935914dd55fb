import type { RuleCatalogue } from '../../../checks/rules/index.js';

// Rheolau’r dadansoddiad. A characteristic's name follows a colon or sits in quotes (no mutation).

export const welshAnalysisRules = {
  'characteristic-concluded': {
    title: 'Mae casgliad ar gyfer pob nodwedd',
    why: 'Rhoddir sylw dyledus i bob un o’r meini prawf statudol drwy ymagwedd ymwybodol, nid sylw cyffredinol i gydraddoldeb (Bracking, gan ddyfynnu Meany); nid yw nodwedd nad edrychodd neb arni yn niwtral, mae heb ei hasesu.',
    hint: 'Dewch i gasgliad ar gyfer pob nodwedd: "dim effaith" (gyda rhesymu a thystiolaeth) neu "effeithiau wedi’u nodi" (gyda’r effeithiau).',
    messages: {
      notAssessed: ({ characteristic }) => `Nid yw’r nodwedd hon wedi’i hasesu: ${characteristic}.`,
    },
  },
  'no-impact-reasoned': {
    title: 'Mae "dim effaith" wedi’i resymu a’i ategu gan dystiolaeth',
    why: 'Rhaid arfer y ddyletswydd o ran sylwedd, gyda thrylwyredd (egwyddor 3 Brown); "dim effaith" heb dystiolaeth yw’r cyfeiriad bras a gondemniwyd yn Bracking, a rhaid canfod yr hyn nad yw’n hysbys (Bridges).',
    hint: 'Dywedwch yn benodol pam nad effeithir ar y nodwedd hon, a nodwch y dystiolaeth, neu’r bwlch data sy’n cofnodi’r hyn nad ydych yn ei wybod.',
    messages: {
      noReasoning: ({ characteristic }) =>
        `Daethpwyd i’r casgliad "dim effaith" heb resymu ar gyfer y nodwedd hon: ${characteristic}.`,
      noEvidence: ({ characteristic }) =>
        `Daethpwyd i’r casgliad "dim effaith" heb nodi tystiolaeth na bwlch data ar gyfer y nodwedd hon: ${characteristic}.`,
    },
  },
  'absence-not-evidence': {
    title: 'Nid yw absenoldeb tystiolaeth yn dystiolaeth o ddim effaith',
    why: 'Arferir sylw dyledus gyda thrylwyredd a meddwl agored (egwyddor 3 Brown), a rhaid i’r awdurdod gymryd camau rhesymol i ganfod yr hyn nad yw’n ei wybod (Bridges, 2020; Hurley and Moore, 2012): nid yw "nid oes gennym ddata" neu "ni chafwyd cwynion" ond yn dangos nad edrychodd neb.',
    hint: 'Cofnodwch yr hyn nad yw’n hysbys fel bwlch data, wedi’i gysylltu â cham gweithredu a fydd yn ei ganfod; neu nodwch y dystiolaeth sy’n dangos nad oes effaith.',
    messages: {
      screenedOut: ({ characteristic, words }) =>
        `Mae’r nodwedd "${characteristic}" wedi’i sgrinio allan ar sail "${words}", heb fwlch data wedi’i gofnodi a heb gam gweithredu i ganfod.`,
      noImpact: ({ characteristic, words }) =>
        `Daethpwyd i’r casgliad "dim effaith" ar gyfer y nodwedd "${characteristic}" ar sail "${words}", heb fwlch data wedi’i gofnodi a heb gam gweithredu i ganfod.`,
    },
  },
  'assessment-not-deferred': {
    title: 'Nid yw’r asesiad yn cael ei ohirio tan gam diweddarach',
    why: 'Rhaid asesu risg a graddau unrhyw effaith andwyol cyn mabwysiadu’r polisi, nid fel "gweithred rhagod" (Bracking para 26(4); egwyddor 2 Brown). Pan nad yw’r manylion yn hysbys eto mewn gwirionedd, rhaid i’r cofnod roi barn interim o hyd ac ymrwymo i asesiad â dyddiad.',
    hint: 'Rhowch farn interim am yr effaith debygol a’i difrifoldeb nawr (effaith gyda difrifoldeb, neu "anhysbys" gydag un), ac ychwanegwch gam gweithredu â dyddiad i’w hasesu pan fydd y manylion yn hysbys.',
    messages: {
      noInterimView: ({ where, words }) =>
        `${where}: mae’n gadael yr asesiad tan yn nes ymlaen ("${words}") heb farn interim am yr effaith debygol a’i graddau.`,
      noDatedAction: ({ where, words }) =>
        `${where}: mae’n gadael yr asesiad tan yn nes ymlaen ("${words}") heb gam gweithredu â dyddiad i’w asesu.`,
      screeningRationale: 'Rhesymeg y sgrinio',
      screeningAnswer: ({ characteristic }) => `Y sgrinio ar gyfer y nodwedd "${characteristic}"`,
      analysis: ({ characteristic }) => `Y dadansoddiad o’r nodwedd "${characteristic}"`,
      impact: ({ characteristic, impact }) => `Yr effaith "${impact}" o ran y nodwedd "${characteristic}"`,
      intersectionality: 'Y datganiad am groestoriadedd',
      cumulativeImpact: 'Y datganiad am effaith gronnol',
      outcome: 'Y canlyniad',
    },
  },
  'reasoning-specific': {
    title: 'Mae’r rhesymu’n ddigon penodol i ddangos sylwedd',
    why: 'Arferir sylw dyledus o ran sylwedd, nid fel ticio blychau (egwyddor 3 Brown); nid yw "ddim yn berthnasol" mewn un llinell yn dangos bod y cwestiwn wedi’i ystyried (egwyddor 6 Brown).',
    hint: 'Ysgrifennwch o leiaf 8 gair yn dweud beth yn y polisi a allai gyffwrdd â’r grŵp hwn a pham nad yw’n gwneud hynny.',
    messages: {
      tooShort: ({ characteristic }) =>
        `Mae’r rhesymu ar gyfer y nodwedd "${characteristic}" yn rhy fyr i ddangos sut y cafodd ei hystyried.`,
    },
  },
  'reasoning-not-pasted': {
    title: 'Nid yw’r rhesymu wedi’i gopïo ar draws nodweddion',
    why: 'Mae’r un frawddeg ar gyfer sawl nodwedd yn dangos templed wedi’i lenwi, nid pob grŵp wedi’i ystyried yn ei dro gyda thrylwyredd a meddwl agored (egwyddor 3 Brown; Bracking: canolbwyntio ar yr union effeithiau).',
    hint: 'Ysgrifennwch resymu pob nodwedd ar gyfer y grŵp hwnnw: beth yn y polisi a allai effeithio arnynt a pham y mae’n gwneud hynny neu pam nad yw.',
    messages: {
      repeats: ({ characteristic, first }) =>
        `Mae’r rhesymu ar gyfer y nodwedd "${characteristic}" yn ailadrodd y rhesymu ar gyfer y nodwedd "${first}".`,
    },
  },
  'impacts-listed': {
    title: 'Mae’r casgliadau’n cyfateb i’r effeithiau a restrwyd',
    why: 'Mae Bracking yn gofyn am nodi’r union effeithiau a ragwelir: mae angen yr effeithiau ar "effeithiau wedi’u nodi", ac ni all "dim effaith" sefyll wrth ymyl niwed neu fudd a restrwyd.',
    hint: 'Disgrifiwch bob effaith a ganfuwyd, neu newidiwch y casgliad i gyfateb i’r hyn y mae’r dadansoddiad yn ei ddangos.',
    messages: {
      noneDescribed: ({ characteristic }) =>
        `Daethpwyd i’r casgliad bod effeithiau ar gyfer y nodwedd "${characteristic}", ond nid oes yr un wedi’i disgrifio.`,
      listsImpact: ({ characteristic, direction, impact }) =>
        `Daethpwyd i’r casgliad "dim effaith" ar gyfer y nodwedd "${characteristic}", ond mae’n rhestru’r effaith "${impact}" (${direction}).`,
    },
  },
  'impact-described': {
    title: 'Mae pob effaith wedi’i disgrifio, a’r rhai negyddol wedi’u graddio',
    why: 'Rhaid i effeithiau fod yn fanwl gywir, nid yn fras (Bracking): mae angen i’r sawl sy’n gwneud y penderfyniad wybod pwy yr effeithir arnynt, sut, a pha mor ddrwg, er mwyn ei bwyso a’i fesur.',
    hint: 'Dywedwch pwy yr effeithir arnynt a sut, mewn termau pendant; graddiwch bob effaith negyddol yn isel, canolig neu uchel cyn lliniaru.',
    messages: {
      undescribed: ({ impact }) => `${impact}: nid yw wedi’i disgrifio.`,
      noSeverity: ({ impact }) => `${impact}: mae’n negyddol ond nid oes difrifoldeb iddi.`,
    },
  },
  'impact-evidenced': {
    title: 'Mae effeithiau cadarnhaol a negyddol yn nodi tystiolaeth',
    why: 'Rhaid arfer sylw dyledus gyda thrylwyredd ac ar sail tystiolaeth briodol (egwyddor 3 Brown; Hurley and Moore): honiad yw effaith na all neb ei holrhain i dystiolaeth.',
    hint: 'Cysylltwch y dystiolaeth y mae’r effaith yn dibynnu arni; os nad oes dim, cofnodwch fwlch data a gwnewch yr effaith yn "anhysbys".',
    messages: {
      noEvidence: ({ impact }) => `${impact}: nid yw’n nodi unrhyw dystiolaeth.`,
    },
  },
  'negative-impact-mitigated': {
    title: 'Mae pob effaith negyddol wedi’i lliniaru neu ei chyfiawnhau',
    why: 'Rhaid asesu risg a graddau effaith andwyol, a sut y gellir ei dileu, cyn mabwysiadu’r polisi (Bracking para 26(4)); dim ond gyda chyfiawnhad gwrthrychol y mae niwed a adewir yn ei le yn gyfreithlon (canlyniad "parhau" y Comisiwn Cydraddoldeb a Hawliau Dynol).',
    hint: 'Disgrifiwch sut y caiff yr effaith ei dileu neu ei lleihau; neu, os "parhau" yw’r canlyniad, cyfiawnhewch pam ei bod yn aros.',
    messages: {
      unjustified: ({ impact }) => `${impact}: nid oes iddi na lliniaru na chyfiawnhad dros barhau.`,
      unmitigated: ({ impact }) => `${impact}: mae’n negyddol ac nid oes lliniaru iddi.`,
    },
  },
  'residual-impact-justified': {
    title: 'Mae’r hyn sy’n weddill ar ôl lliniaru wedi’i raddio, a’i gyfiawnhau pan fo’n sylweddol',
    why: 'Rhaid i’r sawl sy’n gwneud y penderfyniad wybod graddau’r effaith andwyol sy’n weddill (Bracking para 26(4)); mae angen cyfiawnhad gwrthrychol ar niwed gweddilliol canolig neu uchel: nod cyfreithlon a geisir drwy ddulliau cymesur (Deddf Cydraddoldeb 2010 a.19(2)(d); y Comisiwn Cydraddoldeb a Hawliau Dynol).',
    hint: 'Graddiwch y difrifoldeb gweddilliol ar ôl lliniaru; os yw’n ganolig neu’n uchel, eglurwch pam ei fod wedi’i gyfiawnhau.',
    messages: {
      unrated: ({ impact }) =>
        `${impact}: mae wedi’i lliniaru, ond nid yw pa mor ddifrifol y mae’n parhau wedi’i raddio.`,
      unjustified: ({ impact, severity }) =>
        `${impact}: mae’n parhau ar ôl lliniaru, heb gyfiawnhad (difrifoldeb gweddilliol: ${severity}).`,
    },
  },
  'unknown-impact-has-action': {
    title: 'Mae cam gweithredu i ganfod pob effaith anhysbys',
    why: 'Mae’r ddyletswydd yn gofyn am gamau rhesymol i ganfod yr hyn nad yw’n hysbys eto am effaith polisi (Bridges, 2020), ac mae’n barhaus (egwyddor 5 Brown).',
    hint: 'Cysylltwch yr effaith â cham gweithredu (nad yw wedi’i ollwng) a fydd yn canfod, fel dadansoddi canlyniadau ar ôl chwe mis.',
    messages: {
      noAction: ({ impact }) => `${impact}: mae’n anhysbys ac nid oes cam gweithredu i ganfod.`,
    },
  },
  'marriage-aim-a-only': {
    title: 'Mae priodas a phartneriaeth sifil yn cael eu hasesu yn erbyn nod (a), ar gyfer gwaith',
    why: 'Deddf Cydraddoldeb 2010 a.149(7): mae priodas a phartneriaeth sifil yn berthnasol i ddileu gwahaniaethu yn unig (nod (a)), ac mae’r amddiffyniad hwnnw’n berthnasol mewn gwaith. Mae hawlio nodau eraill ar eu cyfer yn camddatgan y ddyletswydd; mae’r un peth yn wir am unrhyw nodwedd y mae’r proffil yn ei chyfyngu i lai o nodau.',
    hint: 'Defnyddiwch nod (a) yn unig ar gyfer priodas a phartneriaeth sifil, ac ystyriwch hi ar gyfer staff; ar gyfer cynulleidfaoedd eraill dewch i’r casgliad "dim effaith" gyda’r rheswm hwnnw.',
    messages: {
      aimOutside: ({ impact, limbs, characteristic }) =>
        `${impact}: mae’n ymwneud â nod ${limbs}, nad yw’r ddyletswydd yn berthnasol iddo ar gyfer y nodwedd "${characteristic}".`,
      notWork: ({ impact, audience, characteristic }) =>
        `${impact}: mae’n ymwneud â’r gynulleidfa "${audience}", ond dim ond mewn gwaith y mae’r ddyletswydd yn cwmpasu’r nodwedd "${characteristic}".`,
    },
  },
} satisfies Partial<RuleCatalogue>;
