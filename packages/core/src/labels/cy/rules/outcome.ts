import type { RuleCatalogue } from '../../../checks/rules/index.js';

// Rheolau’r croestoriadedd, y ddyletswydd gyffredinol, y canlyniad, y camau gweithredu a’r monitro.

export const welshOutcomeRules = {
  'intersectionality-considered': {
    title: 'Mae croestoriadedd yn cael ei ystyried pan effeithir ar sawl nodwedd',
    why: 'Gall pobl sy’n rhannu mwy nag un nodwedd yr effeithir arni wynebu anfantais gyfunol y mae dadansoddiadau ar wahân yn ei methu; canfu archwiliad o asesiadau cyrff cyhoeddus fod dadansoddi croestoriadol yn absennol i raddau helaeth (Swyddfa Archwilio Cymru).',
    hint: 'Disgrifiwch unrhyw effaith ar bobl yn y gorgyffwrdd (e.e. bechgyn Du 13 i 17 oed), neu eglurwch pam na chanfuwyd un.',
    messages: {
      noneRecorded: ({ characteristics }) =>
        `Mae effeithiau ar gyfer y nodweddion hyn, ond nid oes effaith groestoriadol na datganiad rhesymedig nad oes un wedi’i gofnodi: ${characteristics}.`,
    },
  },
  'cumulative-impact-considered': {
    title: 'Mae effaith gronnol gyda pholisïau cysylltiedig yn cael ei hystyried',
    why: 'Sylw dyledus yw sylw sy’n briodol yn yr holl amgylchiadau (Baker), gan gynnwys penderfyniadau eraill sy’n effeithio ar yr un grwpiau; canfu archwiliad mai anaml yr asesir effaith gronnol (Swyddfa Archwilio Cymru).',
    hint: 'Dywedwch sut y mae’r polisi hwn yn cyfuno â newidiadau diweddar neu arfaethedig eraill sy’n effeithio ar yr un bobl, neu nad oes rhai a pham.',
    messages: {
      notConsidered: 'Nid yw effaith gronnol y polisi hwn gyda pholisïau cysylltiedig wedi’i hystyried.',
    },
  },
  'general-duty-statements': {
    title: 'Datganiad ar gyfer pob un o dri nod y ddyletswydd gyffredinol',
    why: 'Mae adran 149(1) yn gofyn am roi sylw dyledus i dri angen gwahanol: dileu gwahaniaethu, hybu cyfle cyfartal a meithrin cysylltiadau da; rhaid rhoi sylw i bob un ohonynt yn benodol, nid i gydraddoldeb yn gyffredinol (Bracking, gan ddyfynnu Meany). Dan adran 75 o Ddeddf Gogledd Iwerddon 1998 y nodau yw cyfle cyfartal (a.75(1)) a chysylltiadau da (a.75(2)).',
    hint: 'Ysgrifennwch sut y mae’r polisi, fel y’i haddaswyd, yn gwasanaethu pob nod yn awdurdodaeth y proffil: yng Nghymru, Lloegr a’r Alban (a) dileu gwahaniaethu, (b) hybu cyfle cyfartal, (c) meithrin cysylltiadau da; yng Ngogledd Iwerddon a.75(1) ac a.75(2).',
    messages: {
      noStatement: ({ limb, aim }) => `Nid oes datganiad ar gyfer nod ${limb}: ${aim}.`,
    },
  },
  'outcome-recorded': {
    title: 'Mae’r canlyniad wedi’i ddewis a’i egluro',
    why: 'Rhaid i’r asesiad arwain at rywle: un o bedwar canlyniad y Comisiwn Cydraddoldeb a Hawliau Dynol (dim newid sylweddol, addasu, parhau, atal), gyda’r rhesymau y bydd y sawl sy’n gwneud y penderfyniad yn dibynnu arnynt (egwyddor 6 Brown).',
    hint: 'Dewiswch dim newid sylweddol, addasu, parhau neu atal, ac eglurwch pam mewn ychydig o frawddegau.',
    messages: {
      none: 'Nid oes canlyniad wedi’i ddewis.',
      unexplained: 'Mae’r canlyniad wedi’i ddewis ond heb ei egluro.',
    },
  },
  'outcome-fits-impacts': {
    title: 'Mae’r canlyniad yn cyd-fynd â’r effeithiau a ganfuwyd',
    why: 'Canllawiau’r Comisiwn Cydraddoldeb a Hawliau Dynol: mae "dim newid sylweddol" ar gyfer polisi y dangoswyd ei fod yn gadarn heb botensial i wahaniaethu nac i gael effaith andwyol; ni chyrhaeddwyd canlyniad sy’n anwybyddu’r niwed a ganfu’r dadansoddiad gyda meddwl agored (egwyddor 3 Brown).',
    hint: 'Dewiswch "addasu" a throsglwyddwch y lliniaru i gamau gweithredu, "parhau" gyda chyfiawnhad, neu "atal"; dim ond pan nad oes effaith negyddol sylweddol ar ôl y mae "dim newid sylweddol" yn addas.',
    messages: {
      remains: ({ impact, severity }) =>
        `"Dim newid sylweddol" yw’r canlyniad, ond mae hon yn parhau (${severity}): ${impact}.`,
      notMitigated: ({ impact }) =>
        `"Dim newid sylweddol" yw’r canlyniad, ond nid yw hon wedi’i lliniaru: ${impact}.`,
      noAction: '"Addasu" yw’r canlyniad, ond nid oes cam gweithredu’n dweud sut y mae’r polisi’n newid.',
    },
  },
  'continue-justified': {
    title: 'Mae cyfiawnhad gwrthrychol dros "parhau er gwaethaf effaith andwyol"',
    why: 'Dim ond pan fo cyfiawnhad gwrthrychol y mae parhau ag effaith andwyol yn gyfreithlon: nod cyfreithlon, dim ffordd lai gwahaniaethol o’i gyflawni, a dulliau cymesur (Deddf Cydraddoldeb 2010 a.19(2)(d); canlyniad 3 y Comisiwn Cydraddoldeb a Hawliau Dynol).',
    hint: 'Datganwch y nod cyfreithlon, y dewisiadau eraill a ystyriwyd a pham y’u gwrthodwyd, a pham fod y dulliau’n gymesur.',
    messages: {
      legitimateAim: '"Parhau" yw’r canlyniad, ond nid yw’r nod cyfreithlon wedi’i ddatgan.',
      alternativesConsidered:
        '"Parhau" yw’r canlyniad, ond nid yw’r dewisiadau llai niweidiol a ystyriwyd wedi’u datgan.',
      proportionality:
        '"Parhau" yw’r canlyniad, ond nid yw’r rheswm pam fod y dulliau’n gymesur wedi’i ddatgan.',
    },
  },
  'unlawful-discrimination-not-continued': {
    title: 'Nid yw gwahaniaethu anghyfreithlon yn cael ei adael yn ei le',
    why: 'Ni ellir cyfiawnhau gwahaniaethu uniongyrchol (ac eithrio ar sail oedran), aflonyddu na methiant i wneud addasiadau rhesymol (Deddf Cydraddoldeb 2010 aa.13, 20–21, 26); dim ond drwy gyfiawnhad gwrthrychol y gellir cyfiawnhau gwahaniaethu anuniongyrchol (a.19). Ni all polisi y canfuwyd ei fod yn peryglu’r rhain orffen gyda "dim newid sylweddol", na "parhau" oni bai bod cyfiawnhad yn bosibl.',
    hint: 'Dilëwch y risg (difrifoldeb gweddilliol "dim") a dewiswch "addasu", neu ataliwch y polisi. Ar gyfer gwahaniaethu anuniongyrchol, mae angen y cyfiawnhad gwrthrychol ar "parhau".',
    messages: {
      continue: ({ impact, risk }) =>
        `"Parhau" yw’r canlyniad, ond mae risg o ${risk} nad yw wedi’i dileu: ${impact}.`,
      noMajorChange: ({ impact, risk }) =>
        `"Dim newid sylweddol" yw’r canlyniad, ond mae risg o ${risk} nad yw wedi’i dileu: ${impact}.`,
      direct: 'wahaniaethu uniongyrchol',
      indirect: 'wahaniaethu anuniongyrchol',
      harassment: 'aflonyddu',
      reasonable_adjustments: 'fethiant i wneud addasiadau rhesymol',
    },
  },
  'mitigation-has-action': {
    title: 'Mae’r lliniaru’n cael ei drosglwyddo i’r cynllun gweithredu',
    why: 'Bwriad, nid cam, yw lliniaru nad oes neb yn berchen arno; dangosir y ddyletswydd barhaus (egwyddor 5 Brown) gan gamau gweithredu gyda pherchnogion a dyddiadau y gellir eu monitro.',
    hint: 'Cysylltwch yr effaith â cham gweithredu (nad yw wedi’i ollwng) sy’n cyflawni’r lliniaru.',
    messages: {
      noAction: ({ impact }) => `Nid yw’r lliniaru wedi’i gysylltu ag unrhyw gam gweithredu: ${impact}.`,
    },
  },
  'action-complete': {
    title: 'Mae gan bob cam gweithredu berchennog, dyddiad dyledus a mesur',
    why: 'Mae’r ddyletswydd yn barhaus (egwyddor 5 Brown; Bridges): ni ellir monitro cam gweithredu heb berchennog, dyddiad a mesur llwyddiant, felly ni ellir dibynnu ar y lliniaru y mae’n ei addo.',
    hint: 'Enwch pwy sy’n gyfrifol, pryd y caiff ei wneud, a sut y byddwch yn gwybod ei fod wedi gweithio.',
    messages: {
      incomplete: ({ action, missing }) => `Mae’r cam gweithredu "${action}" heb y canlynol: ${missing}.`,
      owner: 'perchennog',
      dueDate: 'dyddiad dyledus',
      measure: 'mesur llwyddiant',
    },
  },
  'action-linked': {
    title: 'Mae pob cam gweithredu wedi’i gysylltu â’r effaith neu’r bwlch y mae’n mynd i’r afael ag ef',
    why: 'Rhaid i’r cofnod ddangos sut yr ymdrinnir â phob effaith andwyol a phob peth anhysbys (egwyddor 6 Brown); ni all cam gweithredu nad yw wedi’i gysylltu â dim ddangos pa effaith y mae’n ei lliniaru.',
    hint: 'Cysylltwch y cam gweithredu â’r effeithiau y mae’n eu lliniaru neu’r bylchau data y mae’n eu llenwi.',
    messages: {
      unlinked: ({ action }) =>
        `Nid yw’r cam gweithredu "${action}" wedi’i gysylltu ag unrhyw effaith na bwlch data.`,
    },
  },
  'monitoring-arranged': {
    title: 'Mae’r trefniadau monitro wedi’u disgrifio',
    why: 'Mae’r ddyletswydd yn barhaus (egwyddor 5 Brown; Bridges): rhaid i’r awdurdod wylio sut y mae’r polisi’n effeithio ar bobl yn ymarferol, nid ei ragweld yn unig.',
    hint: 'Dywedwch beth a gaiff ei fesur, yn ôl pa nodweddion, pa mor aml, a phwy sy’n edrych arno.',
    messages: {
      notDescribed: 'Nid yw’r modd y caiff effeithiau’r polisi eu monitro wedi’i ddisgrifio.',
    },
  },
  'review-date-set': {
    title: 'Mae dyddiad adolygu wedi’i bennu, yn y dyfodol, o fewn cyfnod y proffil',
    why: 'Mae’r ddyletswydd yn barhaus (egwyddor 5 Brown; Bridges): rhaid ailedrych ar asesiad wrth i’r dystiolaeth a’r amgylchiadau newid, o fewn cyfnod adolygu’r sefydliad.',
    hint: 'Pennwch y dyddiad adolygu nesaf ar ôl heddiw a heb fod yn hwyrach na chyfnod adolygu’r proffil o heddiw; ailddatganwch neu diwygiwch asesiad y mae ei adolygiad wedi mynd heibio.',
    messages: {
      none: 'Nid oes dyddiad adolygu wedi’i bennu.',
      passed: ({ next, today }) => `Mae’r dyddiad adolygu ${next} wedi mynd heibio (heddiw yw ${today}).`,
      tooFar: ({ next, months, latest }) =>
        `Mae’r dyddiad adolygu ${next} fwy na ${months} mis i ffwrdd (y dyddiad hwyraf yw ${latest}).`,
    },
  },
} satisfies Partial<RuleCatalogue>;
