import type { wizardStepsEnglish } from './wizard-steps.en.js';

/**
 * Cwestiynau ymgysylltu, effaith, cynllun gweithredu a chroestoriadedd y dewin, in Welsh: the twin of
 * wizard-steps.en.ts, spread into cy.ts. Drafted by machine, unreviewed (reviewed.ts); the terms are
 * core's (lliniaru, difrifoldeb, nod cyfreithlon, effaith gronnol, croestoriadedd).
 */
export const wizardStepsWelsh: typeof wizardStepsEnglish = {
  engagement: {
    guidance:
      'Â phwy y buoch yn ymgysylltu, beth a ddywedon nhw, a beth a newidiodd o’i herwydd (Gunning, Bracking)?',
    menu: ({ n }) => `Ymgysylltiadau wedi’u cofnodi: ${n}. Ychwanegu un?`,
    addGroup: ({ name }) => `Ychwanegu: ${name}`,
    addSomeoneElse: 'Ychwanegu: rhywun arall',
    done: 'Wedi gorffen â’r ymgysylltu',
    who: 'Â phwy y buoch yn ymgysylltu?',
    audience: 'I ba grŵp yr effeithir arno gan y polisi y maen nhw’n perthyn?',
    date: 'Pryd (BBBB-MM-DD, yn wag os yw’n parhau)',
    method: 'Sut (gweithdy, arolwg, cyfarfod…)',
    characteristics: 'Dros ba nodweddion y buon nhw’n siarad?',
    said: 'Beth a ddywedon nhw?',
    changed: 'Beth a newidiodd o ganlyniad?',
    saved: ({ id, note }) => `Ymgysylltiad [${id}]: ${note}`,
    savedWith: ({ group }) => `gyda ${group}`,
    savedDate: ({ date }) => `dyddiad ${date || 'yn parhau'}`,
    savedMethod: ({ method }) => `dull ${method || '—'}`,
    savedCharacteristics: ({ n }) => `${n} nodwedd`,
    savedSaid: 'yr hyn a ddywedon nhw wedi’i gadw',
    savedChanged: 'yr hyn a newidiodd wedi’i gadw',
  },
  impact: {
    audience: 'Pa grŵp y mae’n effeithio arno?',
    direction: 'A yw’r effaith yn gadarnhaol, yn negyddol, yn gymysg, yn niwtral neu’n anhysbys?',
    description: 'Disgrifiwch yr effaith yn fanwl: pwy, sut, faint',
    evidence: 'Pa dystiolaeth sy’n ei hategu?',
    aims: 'Pa rai o nodau’r ddyletswydd sy’n berthnasol iddi?',
    severity: 'Pa mor ddifrifol, cyn lliniaru?',
    mitigation: 'Sut y caiff ei lliniaru? (yn wag os na ellir)',
    residual: 'Pa mor ddifrifol yw hi ar ôl lliniaru?',
    justification: 'Pam y mae’r effaith sy’n weddill wedi’i chyfiawnhau? (nod cyfreithlon, dulliau cymesur)',
    saved: ({ id, note }) => `Effaith [${id}]: ${note}`,
    savedDirection: ({ direction, audience }) => `${direction} i ${audience}`,
    savedDescription: 'wedi’i disgrifio',
    savedEvidence: ({ n }) => `${n} eitem o dystiolaeth wedi’u cysylltu`,
    savedAims: ({ n }) => `${n} nod`,
    savedSeverity: ({ severity }) => `${severity} cyn lliniaru`,
    savedMitigation: 'lliniaru wedi’i gadw',
    savedResidual: ({ severity }) => `${severity} ar ôl lliniaru`,
    savedJustification: 'cyfiawnhad wedi’i gadw',
  },
  actionPlan: {
    guidance:
      'Mae angen cam gweithredu ar bob effaith anhysbys a phob bwlch yn y data; ac ar bob cam, perchennog, dyddiad dyledus a mesur.',
    counts: ({ actions, impacts, gaps }) =>
      `Camau gweithredu: ${actions}; heb gam gweithredu eto: ${impacts} effaith, ${gaps} bwlch yn y data.`,
    menu: 'Ychwanegu cam gweithredu?',
    add: 'Ychwanegu cam gweithredu',
    done: 'Wedi gorffen â’r cynllun gweithredu',
    description: 'Beth a wneir?',
    owner: 'Pwy sy’n berchen arno? (enw a rôl)',
    due: 'Dyddiad dyledus (BBBB-MM-DD)',
    measure: 'Sut y byddwch yn gwybod iddo weithio? (mesur llwyddiant)',
    impacts: 'Pa effeithiau y mae’n mynd i’r afael â nhw?',
    gaps: 'Pa fylchau yn y data y mae’n eu llenwi?',
    saved: ({ id, note }) => `Cam gweithredu [${id}]: ${note}`,
    savedOwner: ({ owner }) => `perchennog ${owner}`,
    savedDue: ({ date }) => `dyledus ${date}`,
    savedMeasure: 'mesur wedi’i gadw',
    savedImpacts: ({ n }) => `effeithiau y mae’n mynd i’r afael â nhw: ${n}`,
    savedGaps: ({ n }) => `yn llenwi ${n} bwlch yn y data`,
    linkedImpacts: ({ id }) => `Cam gweithredu [${id}] wedi’i gysylltu â’i effeithiau`,
    linkedCombinations: ({ id }) => `Cam gweithredu [${id}] wedi’i gysylltu â’i gyfuniadau`,
    linkedGaps: ({ id }) => `Cam gweithredu [${id}] wedi’i gysylltu â’i fylchau yn y data`,
  },
  intersectionality: {
    guidance:
      'Gall hunaniaethau sy’n gorgyffwrdd wynebu anfantais gyfunol nad yw’r un nodwedd ar ei phen ei hun yn ei dangos.',
    soFar: ({ characteristics, n }) =>
      `Nodweddion ag effeithiau: ${characteristics || 'dim'}. ${n} effaith groestoriadol hyd yma.`,
    menu: 'Effeithiau croestoriadol',
    add: 'Ychwanegu effaith groestoriadol',
    none: 'Dim wedi’i chanfod: dywedwch pam',
    done: 'Wedi gorffen',
    members: 'Pa nodweddion sy’n cyfuno?',
    savedMembers: ({ id }) => `Cyfuniad [${id}]: aelodau`,
    whyNone: 'Pam nad oes effaith groestoriadol?',
    savedNone: 'Croestoriadedd: dim wedi’i chanfod',
    cumulative: 'Effaith gronnol: sut y mae’n cyfuno â pholisïau cysylltiedig? (dewisol)',
    savedCumulative: 'Effaith gronnol wedi’i chadw',
  },
  impactGrid: {
    more: ({ n }) => `… ${n} nodwedd arall: mae Ctrl+O yn eu dangos i gyd`,
  },
  confirm: {
    // Ie/Na: "i" says yes in Welsh (as in Welsh-language installers' [I/n]); y is taken too.
    yesKey: 'i',
    defaultYes: '(I/n)',
    defaultNo: '(i/N)',
    yes: 'Ie',
    no: 'Na',
  },
};
