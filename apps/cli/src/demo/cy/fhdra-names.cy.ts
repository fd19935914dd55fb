import type { WelshText } from '@eqia/core';

/**
 * Y Gymraeg: the Welsh of the worked example's names and short texts (the owning team, the assessment
 * team's roles, the decision maker's role, each piece of evidence's title and source, who was engaged
 * and how), by text key. Drafted by machine and not yet reviewed by a Welsh speaker; the names of
 * bodies and networks that have no Welsh name of their own stay as they are.
 */
export const fhdraNamesWelsh: WelshText = {
  'policy/team': 'Gweithrediadau: cyfraith breifat',
  'policy/assessmentTeam/member-1/role': 'Pennaeth Polisi Ymarfer',
  'policy/assessmentTeam/member-2/role': 'Rheolwr Gwasanaeth',
  'policy/assessmentTeam/member-3/role': 'Arweinydd Strategol Cydraddoldeb, Amrywiaeth a Chynhwysiant',
  'decision/makerRole': 'Cyfarwyddwr Gweithrediadau (cadeirydd)',
  'evidence/items/ev-caseload/title':
    'Llwyth achosion cyfraith breifat yn ôl nodweddion plant a phartïon, 2024–25',
  'evidence/items/ev-caseload/source': 'System rheoli achosion Cafcass',
  'evidence/items/ev-pilot/title':
    'Cynllun peilot FHDRA drwy fideo mewn tair ardal barnwr teulu dynodedig: presenoldeb a gohiriadau',
  'evidence/items/ev-pilot/source': 'Gwerthusiad Cafcass a GLlTEF o’r cynllun peilot',
  'evidence/items/ev-census-language/title': 'Cyfrifiad 2021: prif iaith a hyfedredd yn y Saesneg',
  'evidence/items/ev-census-language/source': 'Swyddfa Ystadegau Gwladol',
  'evidence/items/ev-census-care/title': 'Cyfrifiad 2021: darparu gofal di-dâl',
  'evidence/items/ev-census-care/source': 'Swyddfa Ystadegau Gwladol',
  'evidence/items/ev-digital/title': 'Adroddiad ar ddefnydd oedolion o’r cyfryngau a’u hagweddau 2025',
  'evidence/items/ev-digital/source': 'Ofcom',
  'evidence/items/ev-fjypb/title': 'Gweithdy Bwrdd Pobl Ifanc Cyfiawnder Teuluol ar wrandawiadau fideo',
  'evidence/items/ev-fjypb/source': 'Nodiadau sesiwn yr FJYPB',
  'evidence/items/ev-family-forum/title': 'Gweithdy’r Fforwm Teuluoedd ar FHDRA drwy fideo',
  'evidence/items/ev-family-forum/source': 'Nodiadau sesiwn y Fforwm Teuluoedd',
  'evidence/items/ev-complaints/title': 'Cwynion ac adborth am gymryd rhan o bell, Ebrill i Ragfyr 2025',
  'evidence/items/ev-complaints/source': 'Tîm adborth cwsmeriaid Cafcass',
  'evidence/items/ev-staff-survey/title':
    'Arolwg pwls staff a sesiynau’r rhwydweithiau ar wrandawiadau o bell',
  'evidence/items/ev-staff-survey/source': 'Tîm pobl Cafcass',
  'engagement/eng-fjypb/who': 'Bwrdd Pobl Ifanc Cyfiawnder Teuluol (12 aelod rhwng 11 a 24 oed)',
  'engagement/eng-fjypb/method': 'Gweithdy wedi’i hwyluso gyda chardiau senario',
  'engagement/eng-family-forum/who': 'Fforwm Teuluoedd (9 rhiant a gofalwr sy’n berthnasau)',
  'engagement/eng-family-forum/method':
    'Gweithdy ar-lein, gydag arolwg papur i aelodau nad oedd yn gallu ymuno',
  'engagement/eng-staff-networks/who':
    'Cadeiryddion Ability Matters, y Rhwydwaith Gofalwyr, Kaleidoscope, Pride a’r Rhwydwaith Ffydd',
  'engagement/eng-staff-networks/method': 'Cyfarfod ar y cyd o’r rhwydweithiau',
  'engagement/eng-domestic-abuse/who': 'Cymorth i Fenywod a phanel o ymarferwyr cam-drin domestig',
  'engagement/eng-domestic-abuse/method': 'Bwrdd crwn',
};
