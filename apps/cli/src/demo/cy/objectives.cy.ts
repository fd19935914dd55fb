/**
 * Y Gymraeg: the Welsh of the demo's four amcanion cydraddoldeb (../objectives.ts), by objective id and
 * text key (objective-text-key.ts in core). An update's id is made when it is recorded, so its texts are
 * keyed by quarter here (`updates/q1/narrative`) and seeding names the update it made. Drafted by
 * machine and not yet reviewed by a Welsh speaker.
 */
export const objectivesWelsh: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'better-data-and-insight-used-well': {
    title: 'Data a dealltwriaeth well, wedi’u defnyddio’n dda',
    statement:
      'Cynyddu cyfran y plant, y teuluoedd a’r cyflogeion y mae gennym wybodaeth am eu nodweddion gwarchodedig, a chyhoeddi dadansoddiadau sy’n dangos a yw eu profiad ohonom yn wahanol, a’r hyn a wnaethom yn ei gylch.',
    rationale:
      'Mae ethnigrwydd a chrefydd ar goll ar lawer o gofnodion achos, felly ni ellir gweld gwahaniaethau yn ein gwasanaeth; gofynnodd Bwrdd Pobl Ifanc Cyfiawnder Teuluol i ni holi’n well am hunaniaeth.',
    'measures/ethnicity-recorded/indicator': 'Achosion plant ag ethnigrwydd wedi’i gofnodi',
    'measures/faith-recorded/indicator': 'Achosion plant â chrefydd neu gred wedi’i chofnodi',
    'milestones/local-data/description':
      'Cymharu proffiliau cymunedau lleol â’r llwyth achosion a’r staff, gan ddechrau gyda threftadaeth a ffydd',
    'milestones/questions/description':
      'Cwestiynau newydd am hunaniaeth, wedi’u profi gyda phlant a theuluoedd',
    'milestones/first-report/description':
      'Cyhoeddi’r adroddiad cydraddoldeb cyntaf gyda’r adroddiad blynyddol a’r cyfrifon',
    'updates/q1/narrative':
      'Proffiliau lleol wedi’u cymharu mewn dwy ardal; meysydd cofnodi wedi’u cynllunio.',
    'updates/q2/narrative':
      'Cwestiynau newydd wedi’u treialu gyda’r Bwrdd Pobl Ifanc; llithrodd y cyflwyno fis.',
    'updates/q3/narrative': 'Cwestiynau newydd yn fyw yn genedlaethol.',
    'updates/q3/whatChanged': 'Gall plant bellach ddisgrifio eu treftadaeth yn eu geiriau eu hunain.',
    'updates/q4/narrative':
      'Mae’r cofnodi’n dal i godi; y dadansoddiad cyntaf o wahaniaethau wedi’i ddrafftio.',
  },
  'leadership-and-commitment': {
    title: 'Arweinyddiaeth ac ymrwymiad',
    statement:
      'Rhoi’r gallu i bob arweinydd a rheolwr arwain yn gynhwysol: parchu unigrywiaeth cydweithwyr, diystyru gwahaniaethu a sicrhau bod pawb yn teimlo bod eu cyfraniad yn cael ei werthfawrogi.',
    'measures/think-ins/indicator': 'Meysydd gwasanaeth sy’n cynnal dwy sesiwn ‘meddwl ar y cyd’ y flwyddyn',
    'measures/valued/indicator': 'Arolwg staff: ‘mae fy nghyfraniad yn cael ei werthfawrogi’',
    'milestones/letters/description':
      'Adolygiad misol o ymatebion plant i lythyrau cyflwyno ym mhob maes gwasanaeth',
    'updates/q1/narrative': 'Adolygiadau o’r llythyrau ar waith ym mhob maes.',
    'updates/q2/narrative':
      'Sesiynau meddwl ar y cyd wedi’u cynnal yn y rhan fwyaf o feysydd; nid yw tri maes wedi cytuno ar gam gweithredu blaenoriaeth.',
    'updates/q3/narrative': 'Camau gweithredu blaenoriaeth wedi’u cytuno ym mhob maes ond dau.',
    'updates/q4/narrative': 'Cynhaliodd pob maes ei ail sesiwn meddwl ar y cyd.',
    'updates/q4/whatChanged': 'Newidiodd dau faes reolau’r rota ar gyfer staff â chyfrifoldebau gofalu.',
  },
  'people-culture-and-environment': {
    title: 'Pobl, diwylliant ac amgylchedd',
    statement:
      'Gwella’r ffordd rydym yn recriwtio, yn cadw, yn dyrchafu ac yn datblygu’r bobl sy’n gweithio i ni, a’u profiad, er mwyn sicrhau mwy o amrywiaeth ar bob lefel.',
    'measures/senior-ethnic-minority/indicator': 'Uwch reolwyr o grwpiau lleiafrifoedd ethnig',
    'measures/disabled-leavers/indicator':
      'Bwlch yn y gyfradd gadael, staff anabl o’u cymharu â staff nad ydynt yn anabl',
    'milestones/survey/description': 'Arolwg staff gyda grwpiau cynllunio gweithredu',
    'milestones/selection/description': 'Adolygu cyfweld a dethol er mwyn sicrhau tegwch',
    'updates/q1/narrative': 'Arolwg wedi’i gynnal; pedwar grŵp cynllunio gweithredu wedi’u ffurfio.',
    'updates/q2/narrative': 'Nid yw’r adolygiad o ddethol wedi dechrau: collodd y tîm recriwtio ddwy swydd.',
    'updates/q3/narrative': 'Adolygiad o ddethol ar y gweill gyda rhwydwaith Ability Matters.',
    'updates/q4/narrative': 'Paneli cyfweld amrywiol bellach yn arferol ar gyfer uwch swyddi.',
  },
  'skilled-and-confident-practitioners': {
    title: 'Ymarferwyr medrus a hyderus',
    statement:
      'Gwneud siarad â phlant a theuluoedd am amrywiaeth ac unigrywiaeth yn gymhwysedd craidd i’r holl staff rheng flaen, goruchwylwyr a rheolwyr.',
    'measures/audits-good/indicator': 'Archwiliadau achos sy’n graddio gwaith amrywiaeth yn dda neu’n well',
    'milestones/supervision/description': 'Templedi goruchwylio myfyriol ac arsylwi ymarfer wedi’u diweddaru',
    'updates/q1/narrative': 'Templedi wedi’u drafftio gydag ymarferwyr.',
    'updates/q2/narrative': 'Templedi yn cael eu defnyddio.',
    'updates/q3/narrative': 'Adborth gan blant bellach yn rhan o bob archwiliad.',
    'updates/q4/narrative':
      'Sgoriau archwilio yn wastad y chwarter hwn; mae angen yr hyfforddiant ar ddechreuwyr newydd.',
  },
};

/** The Board's comment on approving each objective. */
export const boardApprovalCommentWelsh = 'Cymeradwywyd gan y Bwrdd.';
