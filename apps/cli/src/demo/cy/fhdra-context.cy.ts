import type { WelshText } from '@eqia/core';

/**
 * Y Gymraeg: the Welsh of the worked example's policy, decision, screening, evidence and engagement, by
 * text key, for the demo of a body that publishes in Welsh. Drafted by machine and not yet reviewed by a
 * Welsh speaker; the Equality Act's terms are those of core's Welsh catalogue (labels/cy).
 */
export const fhdraContextWelsh: WelshText = {
  'policy/summary':
    'Bydd gwrandawiadau cyntaf mewn achosion cyfraith breifat yn cael eu cynnal drwy fideo oni bai bod angen i barti fod yno’n bersonol. Bydd teuluoedd yn aros ac yn teithio llai. Gallai rhai rhieni anabl, gofalwyr hŷn sy’n berthnasau a phobl heb le preifat na chysylltiad da ei chael yn anos defnyddio fideo, felly gall pawb ofyn am wrandawiad dros y ffôn neu wyneb yn wyneb, a bydd cynghorwyr yn gwirio’r dechnoleg gyda phob parti cyn y gwrandawiad. Byddwn yn gwirio ar ôl chwe mis a yw’r newid yn gweithio cystal i bawb.',
  'policy/aims':
    'Cynnal apwyntiadau datrys anghydfod mewn gwrandawiad cyntaf (FHDRA) mewn achosion trefniadau plant cyfraith breifat drwy fideo oni bai bod angen i barti fod yno’n bersonol, fel bod teuluoedd yn aros llai am wrandawiad cyntaf, yn teithio llai, a bod Cynghorwyr Llys Teulu yn treulio mwy o amser gyda phlant.',
  'policy/scope':
    'Pob cais cyfraith breifat am drefniadau plant yn Lloegr a restrir ar gyfer FHDRA o fis Mehefin 2026 ymlaen, a Chynghorwyr Llys Teulu Cafcass sy’n eu mynychu. Nid yw cyfraith gyhoeddus na gwrandawiadau diweddarach o fewn y cwmpas.',
  'policy/relatedPolicies':
    'Cais cyfraith breifat digidol GLlTEF; llysoedd Pathfinder; polisi gweithio hybrid Cafcass.',
  'decision/notes':
    'Mae’r asesiad llawn, gyda chrynodebau’r ymgysylltu, yn mynd i’r Tîm Rheoli Corfforaethol gyda phapur y penderfyniad.',
  'screening/answers/age/reason':
    'Mae gofalwyr hŷn sy’n berthnasau a neiniau a theidiau yn llai aml ar-lein.',
  'screening/answers/disability/reason':
    'Gall fideo fod yn anodd i rieni ag anghenion synhwyraidd neu anghenion dysgu.',
  'screening/answers/gender_reassignment/reason': 'Dim data am rieni traws; holi Pride.',
  'screening/answers/marriage_civil_partnership/reason': 'Nid yw telerau gwaith staff yn dibynnu ar hyn.',
  'screening/answers/pregnancy_maternity/reason':
    'Mae teithio i’r llys yn anos yn hwyr yn ystod beichiogrwydd.',
  'screening/answers/race/reason': 'Gall ymddiriedaeth mewn cyfiawnder o bell amrywio rhwng cymunedau.',
  'screening/answers/religion_belief/reason':
    'Amseroedd rhestru a dyddiau sanctaidd: holi’r Rhwydwaith Ffydd.',
  'screening/answers/sex/reason':
    'Mae dioddefwyr cam-drin domestig, mamau gan amlaf, yn colli mesurau diogelwch y llys.',
  'screening/answers/sexual_orientation/reason': 'Dim data; holi Pride a yw ffurf y teulu’n bwysig.',
  'screening/answers/carers/reason':
    'Rhaid i ofalwyr sy’n berthnasau drefnu gofal yn eu lle i fynychu’r llys.',
  'screening/answers/language/reason': 'Mae cyfieithu ar y pryd dros fideo yn anos.',
  'screening/decision/rationale':
    'Mae’r newid yn effeithio ar bob teulu cyfraith breifat ac yn cyffwrdd yn uniongyrchol â sawl nodwedd.',
  'evidence/items/ev-caseload/summary':
    'Tua 39,000 o blant mewn achosion cyfraith breifat newydd; honnir cam-drin domestig mewn 58% o achosion, gan famau mewn 83% o’r rheini; mae angen cyfieithydd ar y pryd ar 11% o bartïon.',
  'evidence/items/ev-caseload/limitations':
    'Mae’n cofnodi pob achos, ond mae anabledd a chrefydd ar goll ar gyfer tua un rhan o bump o bartïon, ac ni chofnodir hunaniaeth rhywedd na chyfeiriadedd rhywiol o gwbl.',
  'evidence/items/ev-pilot/summary':
    '1,240 FHDRA; roedd yr amser aros canolrifol am wrandawiad cyntaf bythefnos yn fyrrach; gohiriadau 6% i gyd, 12% i bartïon 65 oed a throsodd, 18% i wrandawiadau â chyfieithu ar y pryd.',
  'evidence/items/ev-pilot/limitations':
    'Tair ardal yn unig, a ddewiswyd gan eu llysoedd, nid ar hap; ychydig o wrandawiadau ym mhob grŵp ethnig, felly ni ellir cymharu canlyniadau yn ôl ethnigrwydd.',
  'evidence/items/ev-census-language/summary':
    'Ni all 1.5% o breswylwyr arferol yng Nghymru a Lloegr sy’n 3 oed neu’n hŷn siarad Saesneg yn dda nac o gwbl.',
  'evidence/items/ev-census-language/limitations':
    'Ffigurau cenedlaethol o 2021, nid ein llwyth achosion; hyfedredd a nodwyd gan yr unigolyn ei hun.',
  'evidence/items/ev-census-care/summary':
    'Mae 5.0 miliwn o bobl yn darparu gofal di-dâl; menywod a phobl 55–64 oed amlaf.',
  'evidence/items/ev-census-care/limitations':
    'Ffigurau cenedlaethol o 2021; mae’n tangyfrif gofalwyr sy’n berthnasau, nad ydynt yn aml yn ystyried eu hunain yn ofalwyr.',
  'evidence/items/ev-digital/summary':
    'Pobl 75 oed a throsodd ac oedolion anabl yw’r lleiaf tebygol o fod â band eang gartref a dyfais â chamera.',
  'evidence/items/ev-digital/limitations':
    'Arolwg cenedlaethol o oedolion, nid o bartïon i achosion teulu; samplau bach ar gyfer y grwpiau hynaf.',
  'evidence/items/ev-fjypb/summary':
    'Roedd yr aelodau’n gwerthfawrogi penderfyniadau cyflymach ond dywedasant fod plant hŷn am siarad â’u cynghorydd, nid dim ond cael eu disgrifio’n ysgrifenedig.',
  'evidence/items/ev-fjypb/limitations':
    'Deuddeg aelod, plant hŷn gan mwyaf; dim ond drwyddynt hwy y daw barn plant iau.',
  'evidence/items/ev-family-forum/summary':
    'Croesawodd rhieni beidio â gorfod teithio; roedd mamau a oedd wedi profi cam-drin yn ofni cael eu clywed gartref.',
  'evidence/items/ev-family-forum/limitations':
    'Naw rhiant a gofalwr sy’n gwirfoddoli, yn fwy hyderus na’r rhan fwyaf; dim tadau a oedd wedi’u cyhuddo o gam-drin.',
  'evidence/items/ev-complaints/summary':
    '31 o gwynion am gymryd rhan o bell: 9 gan rieni anabl (capsiynau, cyflymder), 6 am gyfieithwyr ar y pryd.',
  'evidence/items/ev-complaints/limitations':
    'Daw cwynion gan bobl sy’n gallu ac yn fodlon cwyno; mae 31 mewn naw mis yn rhy ychydig i gymharu grwpiau.',
  'evidence/items/ev-staff-survey/summary':
    '412 o ymatebion: mae’n well gan 71% fynychu FHDRA drwy fideo; staff â chyfrifoldebau gofalu a staff anabl sydd fwyaf o blaid.',
  'evidence/items/ev-staff-survey/limitations':
    '412 o tua 1,900 o staff (22%); gall y rhai sy’n ateb arolygon byr ffafrio gweithio o bell yn fwy nag eraill.',
  'evidence/gaps/gap-trans-lgb/description':
    'Nid ydym yn cofnodi hunaniaeth rhywedd na chyfeiriadedd rhywiol partïon, felly ni allwn ddweud a yw rhieni traws, lesbiaidd, hoyw neu ddeurywiol yn profi gwrandawiadau fideo yn wahanol.',
  'evidence/gaps/gap-ethnicity-outcomes/description':
    'Roedd rhy ychydig o wrandawiadau ym mhob grŵp ethnig yn y cynllun peilot i gymharu cyfraddau cytuno a gohirio.',
  'evidence/gaps/gap-bsl/description':
    'Nid yw cofnodion achosion yn gwahanu defnyddwyr Iaith Arwyddion Prydain oddi wrth anghenion cyfieithu eraill.',
  'engagement/eng-fjypb/whatTheySaid':
    'Mae gwrandawiadau cyntaf cyflymach yn bwysig i blant. Dywedodd plant hŷn, yn enwedig bechgyn Du, eu bod eisoes yn teimlo bod pobl yn siarad amdanynt yn hytrach na gwrando arnynt, a’u bod am siarad â’u cynghorydd cyn y gwrandawiad.',
  'engagement/eng-fjypb/whatChanged':
    'Bydd cynghorwyr yn cynnig sgwrs cyn yr FHDRA i blant 10 oed a throsodd, a bydd y llythyr diogelu yn dyfynnu’r plentyn.',
  'engagement/eng-family-forum/whatTheySaid':
    'Mae peidio â theithio na threfnu gofal plant yn rhyddhad; mae dioddefwyr cam-drin yn ofni cael eu clywed gartref ac am gadw’r mannau aros ar wahân yn y llys.',
  'engagement/eng-family-forum/whatChanged':
    'Mae achosion lle nodir cam-drin domestig yn y gwiriadau diogelu yn aros wyneb yn wyneb oni bai bod y dioddefwr yn gofyn am fideo.',
  'engagement/eng-staff-networks/whatTheySaid':
    'Cefnogaeth i lai o deithio; gofynnodd Kaleidoscope i ganlyniadau gael eu monitro yn ôl ethnigrwydd; gofynnodd Ability Matters am gapsiynau.',
  'engagement/eng-staff-networks/whatChanged':
    'Dadansoddiad chwarterol yn ôl ethnigrwydd wedi’i ychwanegu at y monitro; capsiynau ymlaen yn ddiofyn.',
  'engagement/eng-domestic-abuse/whatTheySaid':
    'Gall gwrandawiadau o bell amlygu dioddefwyr i reolaeth drwy orfodaeth gartref; rhaid i ddioddefwyr gael dewis sut y maent yn mynychu.',
  'engagement/eng-domestic-abuse/whatChanged':
    'Mae dioddefwyr yn dewis mynychu wyneb yn wyneb neu drwy fideo; mae cynghorwyr yn gwirio ar y dechrau y gall parti siarad yn rhydd.',
};
