import type { RuleCatalogue } from '../../../checks/rules/index.js';

// Rheolau’r sgrinio.

export const welshScreeningRules = {
  'screening-decided': {
    title: 'Mae penderfyniad y sgrinio wedi’i gofnodi',
    why: 'Rhaid i’r cofnod ddangos bod yr awdurdod wedi gofyn a yw’r polisi’n berthnasol i gydraddoldeb ac wedi penderfynu i ba raddau i’w asesu (egwyddor 6 Brown: cofnod digonol).',
    hint: 'Cofnodwch a oes angen asesiad llawn, pam, a phwy a benderfynodd.',
    messages: {
      none: 'Nid oes penderfyniad sgrinio wedi’i gofnodi: asesiad llawn neu ddim angen un.',
    },
  },
  'screening-out-reasoned': {
    title: 'Mae penderfyniad i sgrinio allan yn rhoi rheswm ar gyfer pob nodwedd',
    why: 'Mae penderfynu nad oes angen asesiad llawn yn benderfyniad dan y ddyletswydd ynddo’i hun; rhaid ei resymu ar gyfer pob nodwedd, gyda meddwl agored (egwyddor 3 Brown), a rhaid i’r awdurdod ganfod yr hyn nad yw’n ei wybod (Bridges).',
    hint: 'Ar gyfer pob nodwedd, atebwch "ddim yn berthnasol" gyda rheswm penodol, neu "perthnasol" gan bwyso a mesur ei heffaith debygol (gweler relevance-not-adverse). Os oes unrhyw ansicrwydd, canfyddwch neu gwnewch asesiad llawn.',
    messages: {
      noRationale: 'Nid oes rhesymeg gyffredinol i’r penderfyniad i sgrinio allan.',
      noAnswer: ({ characteristic }) => `Nid oes ateb sgrinio ar gyfer y nodwedd hon: ${characteristic}.`,
      unsure: ({ characteristic }) =>
        `Mae’r nodwedd hon wedi’i marcio’n ansicr: ${characteristic}. Canfyddwch, neu gwnewch asesiad llawn.`,
      noReason: ({ characteristic }) =>
        `Mae’r nodwedd hon wedi’i marcio’n amherthnasol heb reswm: ${characteristic}.`,
    },
  },
  'relevance-not-adverse': {
    title: 'Mae perthnasedd yn cael ei bwyso ar wahân i effaith andwyol debygol',
    why: 'Mae faint o sylw sy’n ddyledus yn dibynnu ar y perthnasedd a’r effaith debygol (Baker; canlyniadau sgrinio Comisiwn Cydraddoldeb Gogledd Iwerddon: mawr, bach, dim). Nid yw nodwedd sy’n berthnasol drwy effaith gadarnhaol neu effaith fach wedi’i lliniaru yn unig yn galw am asesiad llawn ynddi’i hun; mae effaith andwyol fawr debygol yn galw am un.',
    hint: 'Ar gyfer pob nodwedd berthnasol, dywedwch a yw ei heffaith debygol yn andwyol fawr, yn fach (a sut y caiff ei lliniaru) neu’n gadarnhaol. Gydag effaith andwyol fawr debygol, gwnewch asesiad llawn.',
    messages: {
      noLikelyImpact: ({ characteristic }) =>
        `Mae’r nodwedd hon wedi’i marcio’n berthnasol heb ddweud a yw ei heffaith debygol yn andwyol fawr, yn fach neu’n gadarnhaol: ${characteristic}.`,
      major: ({ characteristic }) =>
        `Mae’r nodwedd hon yn debygol o gael effaith andwyol fawr, felly ni ellir sgrinio’r polisi allan: ${characteristic}.`,
      noReason: ({ characteristic }) =>
        `Mae’r nodwedd hon wedi’i marcio’n berthnasol heb reswm: ${characteristic}.`,
      noMitigation: ({ characteristic }) =>
        `Mae’r nodwedd hon wedi’i marcio’n berthnasol heb reswm sy’n dweud sut y caiff yr effaith fach ei lliniaru: ${characteristic}.`,
    },
  },
  'screening-out-evidenced': {
    title: 'Mae penderfyniad i sgrinio allan yn nodi ei dystiolaeth a’r asesiadau y mae’n dibynnu arnynt',
    why: 'Ni ellir dirprwyo’r ddyletswydd, i dîm arall nac i ddogfen arall (egwyddor 4 Brown), a rhaid i’r cofnod ddangos bod y cwestiynau wedi’u hystyried (egwyddor 6 Brown): nid yw penderfyniad i sgrinio allan nad yw’n nodi dim, neu sy’n pwyso ar asesiad arall heb ei enwi, yn dangos y naill na’r llall.',
    hint: 'Nodwch y dystiolaeth yr oedd y sgrinio’n dibynnu arni; pan fydd yn dibynnu ar asesiad arall (asesiad effaith cydraddoldeb strategaeth uwch, asesiad effaith integredig), cysylltwch ag ef a dywedwch pam ei fod yn cwmpasu’r newid hwn.',
    messages: {
      unlinked: ({ mention }) =>
        `Mae’r penderfyniad i sgrinio allan yn dibynnu ar asesiad arall ("${mention}") heb gysylltu ag ef.`,
      noEvidence:
        'Nid yw’r penderfyniad i sgrinio allan yn nodi unrhyw dystiolaeth nac unrhyw asesiad cysylltiedig y mae’n dibynnu arno.',
      noReference: ({ title }) =>
        `Mae’r penderfyniad i sgrinio allan yn dibynnu ar "${title}" heb ddweud ble i ddod o hyd iddo.`,
      noCover: ({ title }) =>
        `Mae’r penderfyniad i sgrinio allan yn dibynnu ar "${title}" heb ddweud pam ei fod yn cwmpasu’r newid hwn.`,
    },
  },
  'screening-out-authorised': {
    title: 'Mae rôl uwch yn awdurdodi penderfyniad i sgrinio allan',
    why: 'Mae penderfynu peidio ag asesu yn benderfyniad y mae’r ddyletswydd yn berthnasol iddo ac ni ellir ei ddirprwyo (egwyddor 4 Brown); mae canllawiau’n gofyn i rywun uwch gymeradwyo penderfyniad i sgrinio allan.',
    hint: 'Cadwch gam uwch yn y gadwyn gymeradwyo (mae ei gymeradwyaeth yn awdurdodi’r penderfyniad i sgrinio allan), neu gofynnwch i rywun sydd â rôl cam uwch gofnodi’r penderfyniad.',
    messages: {
      nobodySenior: ({ decidedBy }) =>
        `Nid oes neb uwch yn awdurdodi’r penderfyniad hwn i sgrinio allan: nid oes cam uwch yn ei gadwyn gymeradwyo, ac nid oes gan y sawl a’i penderfynodd rôl uwch (${decidedBy}).`,
      neverApproved: ({ stages }) =>
        `Mae’r penderfyniad hwn i sgrinio allan wedi’i gofnodi fel un wedi’i gymeradwyo, ond ni chafodd ei gymeradwyo erioed gan: ${stages}.`,
    },
  },
  'screening-out-awaiting-authorisation': {
    title: 'Mae penderfyniad i sgrinio allan yn aros am awdurdodiad uwch',
    why: 'Nid yw penderfyniad i sgrinio allan wedi’i awdurdodi nes bod rhywun uwch yn ei gymeradwyo (egwyddor 4 Brown); tan hynny, ni ddylai’r cofnod ddarllen fel pe bai wedi’i awdurdodi.',
    hint: 'Cyflwynwch ef i’w adolygu: mae cymeradwyaeth y cam uwch yn ei awdurdodi.',
    messages: {
      awaiting: ({ stages }) =>
        `Heb ei awdurdodi eto: daw’r penderfyniad i sgrinio allan i rym pan fydd yn cael ei gymeradwyo gan: ${stages}.`,
    },
  },
} satisfies Partial<RuleCatalogue>;
