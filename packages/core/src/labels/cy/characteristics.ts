import type { CharacteristicWords, Messages } from '../messages.js';

// Y nodweddion gwarchodedig, in the terms of the Welsh text of the Equality Act guidance (EHRC Cymru)
// and Welsh Government: "dyletswydd cydraddoldeb y sector cyhoeddus", "addasiadau rhesymol".

const ea = (section: string) =>
  `Deddf Cydraddoldeb 2010 ${section}; dyletswydd cydraddoldeb y sector cyhoeddus a.149`;

const words = (
  label: string,
  legalBasis: string,
  note: string,
  prompts: readonly string[],
): CharacteristicWords => ({ label, legalBasis, note, prompts });

export const welshCharacteristics: Messages['characteristics'] = {
  age: words(
    'Oedran',
    ea('a.5'),
    'Yn cynnwys pobl o bob oed, gan gynnwys plant. Edrychwch ar Atodlen 18 am eithriadau sy’n berthnasol i wasanaethau i blant.',
    [
      'A yw’r polisi’n trin plant, pobl ifanc, oedolion o oedran gweithio neu bobl hŷn yn wahanol?',
      'A fydd plant iau neu bobl hŷn yn ei chael yn anos deall y gwasanaeth, ei gyrraedd neu ei ddefnyddio?',
      'A yw’n dibynnu ar fynediad digidol y mae rhai grwpiau oedran yn llai tebygol o’i gael?',
    ],
  ),
  disability: words(
    'Anabledd',
    ea('a.6; y ddyletswydd i wneud addasiadau rhesymol aa.20–21'),
    'Yn cynnwys cyflyrau iechyd corfforol a meddyliol, anableddau dysgu, niwroamrywiaeth a namau ar y synhwyrau. Mae a.149(4) yn gofyn am gamau sy’n ystyried anableddau pobl anabl.',
    [
      'Pa addasiadau rhesymol fydd eu hangen ar bobl i gymryd rhan: fformatau, lleoliadau, amseru, cymorth cyfathrebu?',
      'A allai rheol niwtral roi pobl anabl dan anfantais benodol (gwahaniaethu anuniongyrchol)?',
      'A ydych wedi ystyried pobl niwroamrywiol a phobl â chyflyrau iechyd meddwl, nid mynediad corfforol yn unig?',
    ],
  ),
  gender_reassignment: words(
    'Ailbennu rhywedd',
    ea('a.7'),
    'Yn diogelu pobl sy’n bwriadu mynd drwy broses i ailbennu eu rhyw, sy’n mynd drwy broses o’r fath neu sydd wedi gwneud hynny.',
    [
      'A yw’r polisi’n gofyn am ryw neu rywedd neu’n ei gofnodi, a sut yr ymdrinnir â hynny’n sensitif ac yn gyfrinachol?',
      'A allai pobl draws wynebu aflonyddu neu ddatgelu eu hanes o ganlyniad i’r polisi hwn?',
    ],
  ),
  marriage_civil_partnership: words(
    'Priodas a phartneriaeth sifil',
    ea('a.8; mae a.149(7) yn cyfyngu’r ddyletswydd i nod (a)'),
    'Yn berthnasol i nod (a) yn unig — dileu gwahaniaethu — a dim ond mewn perthynas â gwaith.',
    ['I staff: a yw’r polisi’n trin cyflogeion yn wahanol am eu bod yn briod neu mewn partneriaeth sifil?'],
  ),
  pregnancy_maternity: words(
    'Beichiogrwydd a mamolaeth',
    ea('aa.17–18'),
    'Yn cynnwys beichiogrwydd a’r cyfnod ar ôl geni, gan gynnwys bwydo ar y fron.',
    [
      'A allai apwyntiadau, teithio neu derfynau amser fod yn anos i bobl feichiog neu bobl ar absenoldeb mamolaeth?',
      'A yw staff ar absenoldeb mamolaeth yn cael gwybod am bethau ac yn cael eu cynnwys mewn ymgynghori?',
    ],
  ),
  race: words(
    'Hil',
    ea('a.9'),
    'Yn cynnwys lliw, cenedligrwydd a tharddiad ethnig neu genedlaethol, gan gynnwys cymunedau Sipsiwn, Roma a Theithwyr.',
    [
      'A yw eich data’n dangos canlyniadau neu brofiadau gwahanol i grwpiau ethnig gwahanol (defnyddiwch gategorïau’r cyfrifiad)?',
      'A allai rhagdybiaethau am ddiwylliant, treftadaeth neu strwythur teuluol lywio’r ffordd y caiff y polisi ei gymhwyso?',
      'A yw pobl o rai cymunedau’n llai tebygol o wybod am y gwasanaeth, ymddiried ynddo neu ei ddefnyddio?',
    ],
  ),
  religion_belief: words('Crefydd neu gred', ea('a.10'), 'Yn cynnwys diffyg crefydd neu gred.', [
    'A yw amseroedd, gwisg, bwyd neu ddyddiau sanctaidd yn ei gwneud yn anos i rai ffydd gymryd rhan?',
    'A allai’r polisi effeithio ar y berthynas rhwng pobl o wahanol ffydd neu heb ffydd?',
  ]),
  sex: words(
    'Rhyw',
    ea('a.11'),
    'Ystyriwch fenywod a dynion, merched a bechgyn; mae cam-drin domestig yn effeithio ar y rhywiau’n wahanol.',
    [
      'A yw menywod a dynion, merched a bechgyn, yn profi’r gwasanaeth neu’r gweithle’n wahanol?',
      'A yw’r polisi’n ymwneud â cham-drin domestig neu ddiogelwch, lle mae’r risgiau’n wahanol yn ôl rhyw?',
    ],
  ),
  sexual_orientation: words(
    'Cyfeiriadedd rhywiol',
    ea('a.12'),
    'Pobl heterorywiol, hoyw, lesbiaidd a deurywiol, a chyfeiriadeddau eraill.',
    [
      'A yw’r polisi’n rhagdybio math penodol o deulu, fel mam a thad?',
      'A allai pobl lesbiaidd, hoyw neu ddeurywiol wynebu aflonyddu neu fod yn amharod i ddatgelu gwybodaeth berthnasol?',
    ],
  ),
  carers: words(
    'Gofalwyr',
    'Nid yw’n nodwedd warchodedig; caiff gofalwyr eu diogelu drwy gysylltiad ag anabledd ac oedran (Coleman v Attridge Law) a’u hystyried o ddewis y sefydliad.',
    'Pobl sy’n gofalu am aelod o’r teulu, partner neu ffrind sydd angen help oherwydd salwch, anabledd, oedran neu ddibyniaeth, gan gynnwys gofalwyr ifanc a gofalwyr sy’n berthnasau.',
    [
      'A all pobl â chyfrifoldebau gofalu fod yn bresennol ar yr amseroedd ac yn y lleoedd y mae’r polisi’n eu disgwyl?',
      'A yw gofalwyr sy’n berthnasau a gofalwyr ifanc yn cael eu cydnabod a’u cefnogi?',
    ],
  ),
  language: words(
    'Iaith',
    'Nid yw’n nodwedd warchodedig; mae ganddi gysylltiad agos â hil (tarddiad cenedlaethol) ac fe’i hystyrir o ddewis y sefydliad.',
    'Pobl nad Saesneg yw eu hiaith gyntaf, gan gynnwys defnyddwyr Iaith Arwyddion Prydain; defnyddio cyfieithwyr ar y pryd a chyfieithu.',
    [
      'A fydd pobl nad Saesneg yw eu hiaith gyntaf yn deall yr hyn a ofynnir ganddynt? A gynigir cyfieithwyr ar y pryd a chyfieithiadau?',
      'A yw deunyddiau ysgrifenedig mewn iaith glir ac ar gael mewn ieithoedd a fformatau eraill?',
    ],
  ),
  socio_economic: words(
    'Anfantais economaidd-gymdeithasol',
    'Deddf Cydraddoldeb 2010 a.1 (mewn grym yng Nghymru a’r Alban; heb ei chychwyn yn Lloegr): dyletswydd economaidd-gymdeithasol.',
    'Incwm isel, amddifadedd materol, amddifadedd ardal.',
    ['A allai costau, teithio neu fynediad digidol wneud y polisi’n anos i bobl ar incwm isel?'],
  ),
  care_experience: words(
    'Profiad o fod mewn gofal',
    'Nid yw’n nodwedd warchodedig; fe’i hystyrir o ddewis y sefydliad.',
    'Pobl sy’n derbyn gofal gan awdurdod lleol neu sydd wedi derbyn gofal ganddo.',
    [
      'A yw’r polisi’n rhagdybio cymorth teuluol nad yw efallai ar gael i bobl sydd â phrofiad o fod mewn gofal?',
    ],
  ),
  welsh_language: words(
    'Y Gymraeg',
    'Mesur y Gymraeg (Cymru) 2011 a Safonau’r Gymraeg.',
    'Peidio â thrin y Gymraeg yn llai ffafriol na’r Saesneg.',
    ['A all pobl ddefnyddio’r gwasanaeth drwy gyfrwng y Gymraeg?'],
  ),
};

/** Tri nod y ddyletswydd gyffredinol, a.149(1). */
export const welshAims: Messages['aims'] = {
  eliminateDiscrimination: {
    label: 'Dileu gwahaniaethu',
    text: 'dileu gwahaniaethu, aflonyddu, erledigaeth ac unrhyw ymddygiad arall a waherddir gan y Ddeddf',
  },
  advanceEquality: {
    label: 'Hybu cyfle cyfartal',
    text: 'hybu cyfle cyfartal rhwng pobl sy’n rhannu nodwedd warchodedig a phobl nad ydynt yn ei rhannu',
  },
  fosterGoodRelations: {
    label: 'Meithrin cysylltiadau da',
    text: 'meithrin cysylltiadau da rhwng pobl sy’n rhannu nodwedd warchodedig a phobl nad ydynt yn ei rhannu',
  },
};

export const welshJurisdictions: Messages['jurisdictions'] = {
  england: {
    label: 'Lloegr',
    duty: 'Deddf Cydraddoldeb 2010 a.149 a Rheoliadau’r Dyletswyddau Penodol ac Awdurdodau Cyhoeddus 2017 (OS 2017/353).',
  },
  wales: {
    label: 'Cymru',
    duty: 'Deddf Cydraddoldeb 2010 a.149; dyletswyddau penodol Cymru (OS 2011/1064), rheoliad 8: asesu’r effaith debygol a chyhoeddi adroddiad pan fo’r effaith yn sylweddol; y ddyletswydd economaidd-gymdeithasol (a.1) ar gyfer penderfyniadau strategol; Safonau’r Gymraeg.',
  },
  scotland: {
    label: 'Yr Alban',
    duty: 'Deddf Cydraddoldeb 2010 a.149; dyletswyddau penodol yr Alban (OS 2012/162), rheoliad 5: asesu ac adolygu polisïau a chyhoeddi’r canlyniadau; Dyletswydd Alban Decach (a.1).',
  },
  northern_ireland: {
    label: 'Gogledd Iwerddon',
    duty: 'Deddf Gogledd Iwerddon 1998 a.75 a’r cynllun cydraddoldeb a gymeradwywyd gan y Comisiwn Cydraddoldeb: sgrinio (effaith fawr, fach neu ddim effaith) ac asesiad effaith cydraddoldeb llawn pan fo’r effaith yn fawr.',
  },
};
