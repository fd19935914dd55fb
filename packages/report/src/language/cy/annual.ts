import type { AnnualWords } from '../report-words.js';

// Numbers are put after a colon or before a noun that keeps its singular form, and values after words
// that do not mutate them, as in assessment.ts.

export const welshAnnual: AnnualWords = {
  title: ({ from, to }) => `Adroddiad cydraddoldeb blynyddol ${from} i ${to}`,
  organisation: 'Sefydliad',
  none: 'Dim',
  noneInPeriod: 'Dim yn ystod y cyfnod.',
  longestShown: ({ shown, total }) => `Yn dangos y rhai sydd wedi bod yn hwyr hiraf: ${shown} o ${total}.`,
  soonestShown: ({ shown, total }) => `Yn dangos y rhai cynharaf: ${shown} o ${total}.`,
  activity: {
    created: 'crëwyd',
    decided: 'penderfynwyd',
    signed_off: 'cymeradwywyd',
    published: 'cyhoeddwyd',
    reaffirmed: 'ailddatganwyd',
    withdrawn: 'tynnwyd yn ôl',
  },
  summary: {
    heading: 'Crynodeb',
    periodOpen: ({ to, today }) =>
      `Mae’r cyfnod yn rhedeg tan ${to} ac nid yw wedi dod i ben eto: dyma’r ffigurau ar ${today}, nid y rhai terfynol.`,
    noObjectives: 'Nid oes amcanion cydraddoldeb wedi’u cofnodi eto.',
    notRated: 'dim adroddiad ar gynnydd eto',
    objectives: ({ n, rated }) => `Amcanion cydraddoldeb: ${n}. Cynnydd: ${rated}.`,
    completed: ({ completed, overdue, today }) =>
      `Asesiadau effaith cydraddoldeb a gymeradwywyd neu a gyhoeddwyd yn ystod y cyfnod: ${completed}, gan gyfrif pob polisi unwaith yn ei ddiwygiad cyfredol. Camau gweithredu a oedd yn hwyr ar ${today}: ${overdue}.`,
    compared: ({ workforce, caseload, period }) =>
      `Cymharir ein gweithlu (nodweddion: ${workforce}) a’n llwyth achosion (nodweddion: ${caseload}) yn ${period} â’r cyfrifiad, gyda niferoedd bach wedi’u hatal.`,
    noData: 'Ni chofnodwyd data am y gweithlu na’r llwyth achosion ar gyfer y cyfnod.',
    genderGap: ({ mean, median }) =>
      `Ein bwlch cyflog rhwng y rhywiau yw ${mean}% (cymedr) a ${median}% (canolrif) o gyflog fesul awr dynion`,
    furtherGaps: ({ n }) => `; adroddir yn wirfoddol ar fylchau cyflog eraill: ${n}`,
    engage: ({ n }) => `Rydym yn ymgysylltu â rhwydweithiau staff, byrddau a fforymau: ${n}.`,
    yearAhead: ({ milestones, actions, reviews }) =>
      `Yn ystod y flwyddyn i ddod, mae’r rhain yn ddyledus: cerrig milltir, ${milestones}; camau gweithredu, ${actions}; adolygiadau, ${reviews}.`,
    caption: 'Asesiadau a gymeradwywyd neu a gyhoeddwyd yn ystod y cyfnod (diwygiadau cyfredol)',
    columns: ['Asesiad', 'Cymeradwywyd', 'Cyhoeddwyd'],
    notYet: 'Ddim eto',
  },
  objectives: {
    heading: 'Ein hamcanion cydraddoldeb',
    intro:
      'Mae pob amcan yn eiddo i aelod o’r uwch dîm arwain ac adroddir arno i’r Bwrdd bob chwarter. Mae’r cynnydd fel yr adroddwyd erbyn diwedd y cyfnod.',
  },
  overview: {
    heading: 'Trosolwg',
    count: ({ n, from, to }) =>
      `Asesiadau effaith cydraddoldeb a grëwyd, y penderfynwyd arnynt, a gymeradwywyd, a gyhoeddwyd, a ailddatganwyd neu a dynnwyd yn ôl rhwng ${from} a ${to}: ${n}.`,
    assessments: 'Asesiadau',
    byState: 'Asesiadau fesul statws',
    state: 'Statws',
    byOutcome: 'Asesiadau fesul canlyniad',
    outcome: 'Canlyniad',
    noOutcome: 'Dim canlyniad eto',
    screenedOutFull: 'Wedi’i sgrinio allan (dim asesiad llawn)',
    noScreening: 'Ni wnaed unrhyw benderfyniadau sgrinio yn ystod y cyfnod.',
    screenedOutRate: ({ out, decided, percent }) =>
      `Penderfyniadau sgrinio a gafodd nad oedd angen asesiad llawn: ${out} o ${decided} (${percent}%).`,
    screeningOut: ({ rate }) => `Sgrinio allan: ${rate}`,
  },
  impacts: {
    heading: 'Effeithiau fesul nodwedd a chynulleidfa',
    intro:
      'Wedi’u cyfrif o asesiadau’r cyfnod sydd mewn grym (wedi’u cymeradwyo neu eu cyhoeddi), felly mae pob polisi’n cyfrif unwaith, yn ei ddiwygiad cyfredol; gadewir drafftiau a diwygiadau a ddisodlwyd allan. Allwedd: ▼ negyddol, ? anhysbys, ▲ cadarnhaol, ● niwtral; mae’r effeithiau negyddol yn dangos faint oedd yn ddifrifol iawn cyn lliniaru.',
    caption: 'Effeithiau a ganfuwyd, fesul nodwedd a chynulleidfa (negyddol yn gyntaf)',
    characteristic: 'Nodwedd',
    noCharacteristics: 'Dim nodweddion.',
    intersectional: 'Effeithiau croestoriadol a ganfuwyd',
    intersectionalColumns: ['Croestoriad', 'Asesiad', 'Pwy', 'Effaith', 'Disgrifiad'],
    noneFound: 'Ni chanfuwyd dim yn ystod y cyfnod.',
  },
  commitments: {
    heading: 'Camau gweithredu ac adolygiadau',
    actions: ({ open, inProgress, done, dropped, overdue, today }) =>
      `Camau gweithredu asesiadau’r cyfnod a phob asesiad sy’n dal mewn grym: agored, ${open}; ar y gweill, ${inProgress}; wedi’u cwblhau, ${done}; wedi’u gollwng, ${dropped}; yn hwyr ar ${today}, ${overdue}.`,
    overdueAges: ({ upTo3Months, upTo12Months, overAYear }) =>
      `O’r camau gweithredu hwyr: hyd at dri mis yn hwyr, ${upTo3Months}; tri i ddeuddeg mis, ${upTo12Months}; mwy na blwyddyn, ${overAYear}.`,
    byTeamCaption: 'Camau gweithredu hwyr fesul tîm',
    byTeamColumns: ['Tîm', 'Camau gweithredu hwyr'],
    noTeam: 'Dim tîm',
    fullListIn: ({ where }) => `Mae’r rhestr lawn o gamau gweithredu hwyr yn ${where}.`,
    fullListOnRequest: 'Mae’r rhestr lawn o gamau gweithredu hwyr ar gael gennym ar gais, fel taenlen.',
    overdueCaption: 'Camau gweithredu hwyr',
    overdueColumns: ['Cam gweithredu', 'Asesiad', 'Perchennog', 'Erbyn'],
    noOwner: 'Dim perchennog',
    noOverdue: 'Dim camau gweithredu hwyr.',
    reviewsCaption: 'Adolygiadau sy’n ddyledus erbyn diwedd y cyfnod, neu’n hwyr',
    reviewsColumns: ['Asesiad', 'Dyddiad adolygu', 'Statws'],
    overdue: 'Yn hwyr',
    due: 'Yn ddyledus',
    noReviews: 'Dim adolygiadau’n ddyledus.',
  },
  list: {
    heading: 'Asesiadau yn ystod y cyfnod',
    caption: 'Pob asesiad a gafodd weithgarwch yn ystod y cyfnod',
    columns: ['Asesiad', 'Cyfeirnod', 'Statws', 'Canlyniad', 'Yn ystod y cyfnod', 'Effeithiau negyddol ar'],
    revision: ({ title, revision }) => `${title} (diwygiad ${revision})`,
    screenedOut: 'Wedi’i sgrinio allan',
    empty: 'Dim asesiadau yn ystod y cyfnod.',
  },
  profiles: {
    heading: 'Y gweithlu a’r llwyth achosion',
    noData: 'Ni chofnodwyd data am y gweithlu na’r llwyth achosion ar gyfer y cyfnod (`eqia data import`).',
    intro: ({ period, threshold }) =>
      `Pwy sy’n gweithio i ni a gyda phwy rydym yn gweithio yn ${period}, fesul nodwedd, o’u cymharu â’r boblogaeth yn y cyfrifiad. Mae’r cyfrannau’n gyfrannau o’r rhai y mae eu hateb yn hysbys; mae grŵp wedi’i orgynrychioli neu wedi’i dangynrychioli pan fo cyfran y cyfrifiad y tu allan i’r cyfwng hyder o amgylch ein cyfran ni. Mae niferoedd llai na ${threshold} wedi’u hatal, ynghyd â’r celloedd a fyddai’n gadael i rywun eu cyfrifo.`,
    by: ({ set }) => `Fesul ${set}`,
    caption: ({ who, set, area, period }) => `${who} fesul ${set} (${area}, ${period})`,
    columns: ['Grŵp', 'Pobl', 'Cyfran o’r rhai hysbys'],
    suppressed: 'Wedi’i atal',
    notKnown: 'Ddim yn hysbys',
    total: 'Cyfanswm',
    noCounts: 'Dim niferoedd.',
  },
  payGaps: {
    heading: 'Bylchau cyflog',
    none: 'Ni chofnodwyd ffigurau bwlch cyflog ar gyfer y cyfnod.',
    intro:
      'Y bylchau yw’r gwahaniaeth rhwng cyflog y grŵp cyfeirio a chyflog y grŵp arall, fel canran o gyflog y grŵp cyfeirio (dynion, staff gwyn, staff heb anabledd): mae bwlch negyddol yn golygu bod y grŵp arall yn cael mwy o gyflog. Mae’r chwarteli’n rhannu staff yn bedwar grŵp cyfartal yn ôl cyflog fesul awr, yr isaf yn gyntaf.',
    snapshot: ({ gap, date }) => `${gap}, ciplun ${date}`,
    columns: ['Mesur', 'Cymedr', 'Canolrif'],
    hourly: 'Bwlch cyflog fesul awr',
    bonus: 'Bwlch tâl bonws',
    noBonuses: 'Ni thalwyd bonysau',
    noFigures: 'Dim ffigurau.',
    shares: ({ gap }) => `${gap}: pwy sy’n cael bonws, a phob chwartel o gyflog fesul awr`,
    shareOfGroup: 'Cyfran pob grŵp',
    paidBonus: 'Wedi cael bonws',
  },
  engagement: {
    heading: 'Ymgysylltu',
    none: 'Nid oes rhwydweithiau staff, byrddau na fforymau wedi’u cofnodi yn y proffil.',
    intro: 'Y grwpiau rydym yn ymgysylltu â nhw ar gydraddoldeb, sy’n llunio ein hamcanion a’n hasesiadau.',
    columns: ['Grŵp', 'Pwy ydyn nhw'],
    empty: 'Dim.',
  },
  next: {
    heading: 'Beth sy’n dod nesaf',
    intro: ({ from, to, milestones, actions, reviews }) =>
      `Rhwng ${from} a ${to}, mae’r rhain yn ddyledus: cerrig milltir ein hamcanion, ${milestones}; camau gweithredu, ${actions}; adolygiadau o asesiadau, ${reviews}.`,
    what: 'Beth',
    owner: 'Perchennog',
    due: 'Erbyn',
    noOwner: 'Dim perchennog',
    nothingDue: 'Dim byd yn ddyledus.',
    milestones: 'Cerrig milltir ein hamcanion',
    objective: 'Amcan',
    actions: 'Camau gweithredu',
    objectiveOrAssessment: 'Amcan neu asesiad',
    reviews: 'Adolygiadau o asesiadau',
    reviewColumns: ['Asesiad', 'Adolygiad erbyn'],
    noReviews: 'Dim adolygiadau’n ddyledus.',
  },
  disparities: {
    heading: 'Gwahaniaethau a ganfuwyd yn y data',
    intro:
      'Cymariaethau rhwng y bobl y mae gwasanaethau’n gweithio gyda nhw, neu eu staff, a llinell sylfaen o’r cyfrifiad, wedi’u hatodi fel tystiolaeth i gofnod cyfredol pob asesiad yn ystod y cyfnod. Mae grŵp wedi’i orgynrychioli neu wedi’i dangynrychioli pan fo’i gyfran o’r llinell sylfaen y tu allan i’r cyfwng hyder (Wilson) o amgylch ei gyfran o’r boblogaeth a gymharwyd; mae’r cyfrannau’n gyfrannau o’r rhai y mae eu hateb yn hysbys, ac mae niferoedd bach wedi’u hatal. Mae adroddiad pob asesiad yn rhoi’r tabl llawn.',
    caption: 'Dadansoddiadau gwahaniaethau wedi’u hatodi i asesiadau',
    columns: [
      'Dadansoddiad',
      'Asesiad',
      'Cymharwyd',
      'Wedi’u gorgynrychioli',
      'Wedi’u tangynrychioli',
      'Rhy ychydig i ddweud',
      'Cyflawnder',
    ],
    compared: ({ population, baseline, set }) => `${population} â ${baseline}, fesul ${set}`,
    group: ({ group, share, baseline, ratio }) => `${group} (${share} o’i gymharu â ${baseline}${ratio})`,
    ratio: ({ ratio }) => `, cymhareb ${ratio}`,
    notRecorded: 'Heb ei gofnodi',
    suppressed: 'Wedi’i atal (nifer fach)',
    notKnown: ({ share }) => `${share} ddim yn hysbys`,
    empty: 'Ni atodwyd unrhyw ddadansoddiadau gwahaniaethau yn ystod y cyfnod.',
  },
};
