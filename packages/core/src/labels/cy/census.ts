import type { Messages } from '../messages.js';

// The Welsh categories of the ONS Census 2021 (England and Wales): the Welsh questionnaire and the
// Welsh census dictionary (Geiriadur Cyfrifiad 2021). Drafted from them, not yet checked word for word.

export const welshCensus: Messages['census'] = {
  ethnic_group: {
    label: 'Grŵp ethnig (19 categori mewn 5 grŵp)',
    groups: {
      asian: 'Asiaidd, Asiaidd Prydeinig neu Asiaidd Cymreig',
      black: 'Du, Du Prydeinig, Du Cymreig, Caribïaidd neu Affricanaidd',
      mixed: 'Grwpiau ethnig cymysg neu amlethnig',
      white: 'Gwyn',
      other: 'Grŵp ethnig arall',
    },
    categories: {
      bangladeshi: 'Bangladeshaidd',
      chinese: 'Tsieineaidd',
      indian: 'Indiaidd',
      pakistani: 'Pacistanaidd',
      other_asian: 'Asiaidd arall',
      african: 'Affricanaidd',
      caribbean: 'Caribïaidd',
      other_black: 'Du arall',
      white_and_asian: 'Gwyn ac Asiaidd',
      white_and_black_african: 'Gwyn a Du Affricanaidd',
      white_and_black_caribbean: 'Gwyn a Du Caribïaidd',
      other_mixed: 'Grwpiau ethnig cymysg neu amlethnig eraill',
      white_british: 'Cymreig, Seisnig, Albanaidd, Gwyddelig Gogledd Iwerddon neu Brydeinig',
      irish: 'Gwyddelig',
      gypsy_or_irish_traveller: 'Sipsi neu Deithiwr Gwyddelig',
      roma: 'Roma',
      other_white: 'Gwyn arall',
      arab: 'Arabaidd',
      any_other_ethnic_group: 'Unrhyw grŵp ethnig arall',
    },
  },
  religion: {
    label: 'Crefydd (dosbarthiad cryno)',
    groups: {},
    categories: {
      no_religion: 'Dim crefydd',
      christian: 'Cristnogol',
      buddhist: 'Bwdhaidd',
      hindu: 'Hindŵaidd',
      jewish: 'Iddewig',
      muslim: 'Mwslimaidd',
      sikh: 'Sikhaidd',
      other_religion: 'Crefydd arall',
    },
  },
  sexual_orientation: {
    label: 'Cyfeiriadedd rhywiol (16 oed a throsodd)',
    groups: {},
    categories: {
      straight_or_heterosexual: 'Syth neu Heterorywiol',
      gay_or_lesbian: 'Hoyw neu Lesbiaidd',
      bisexual: 'Deurywiol',
      pansexual: 'Panrywiol',
      asexual: 'Anrhywiol',
      queer: 'Cwiar',
      all_other_sexual_orientations: 'Pob cyfeiriadedd rhywiol arall',
    },
  },
  gender_identity: {
    label: 'Hunaniaeth o ran rhywedd (16 oed a throsodd)',
    groups: {},
    categories: {
      same_as_sex_registered_at_birth: 'Hunaniaeth o ran rhywedd yr un fath â’r rhyw a gofrestrwyd adeg geni',
      different_no_specific_identity:
        'Hunaniaeth o ran rhywedd yn wahanol i’r rhyw a gofrestrwyd adeg geni ond dim hunaniaeth benodol wedi’i rhoi',
      trans_woman: 'Menyw draws',
      trans_man: 'Dyn traws',
      non_binary: 'Anneuaidd',
      all_other_gender_identities: 'Pob hunaniaeth arall o ran rhywedd',
    },
  },
  sex: {
    label: 'Rhyw',
    groups: {},
    categories: { female: 'Benyw', male: 'Gwryw' },
  },
  disability: {
    label: 'Anabledd (diffiniad y Ddeddf Cydraddoldeb)',
    groups: {
      disabled: 'Anabl o dan y Ddeddf Cydraddoldeb',
      not_disabled: 'Ddim yn anabl o dan y Ddeddf Cydraddoldeb',
    },
    categories: {
      limited_a_lot:
        'Anabl o dan y Ddeddf Cydraddoldeb: Gweithgareddau o ddydd i ddydd wedi’u cyfyngu’n fawr',
      limited_a_little:
        'Anabl o dan y Ddeddf Cydraddoldeb: Gweithgareddau o ddydd i ddydd wedi’u cyfyngu ychydig',
      condition_not_limited:
        'Ddim yn anabl o dan y Ddeddf Cydraddoldeb: Mae ganddo gyflwr iechyd corfforol neu feddyliol hirdymor ond nid yw gweithgareddau o ddydd i ddydd wedi’u cyfyngu',
      no_condition:
        'Ddim yn anabl o dan y Ddeddf Cydraddoldeb: Dim cyflyrau iechyd corfforol neu feddyliol hirdymor',
    },
  },
  unpaid_care: {
    label: 'Darparu gofal di-dâl (5 oed a throsodd)',
    groups: { no_care: 'Ddim yn darparu gofal di-dâl', provides_care: 'Yn darparu gofal di-dâl' },
    categories: {
      no_unpaid_care: 'Ddim yn darparu gofal di-dâl',
      up_to_9_hours: 'Yn darparu 9 awr neu lai o ofal di-dâl yr wythnos',
      hours_10_to_19: 'Yn darparu 10 i 19 awr o ofal di-dâl yr wythnos',
      hours_20_to_34: 'Yn darparu 20 i 34 awr o ofal di-dâl yr wythnos',
      hours_35_to_49: 'Yn darparu 35 i 49 awr o ofal di-dâl yr wythnos',
      hours_50_or_more: 'Yn darparu 50 awr neu fwy o ofal di-dâl yr wythnos',
    },
  },
  english_proficiency: {
    label: 'Hyfedredd yn Saesneg (3 oed a throsodd)',
    groups: {
      main_language_english: 'Prif iaith yw Saesneg (Saesneg neu Gymraeg yng Nghymru)',
      main_language_not_english: 'Prif iaith yw iaith heblaw Saesneg (Saesneg neu Gymraeg yng Nghymru)',
    },
    categories: {
      main_language_english: 'Prif iaith yw Saesneg (Saesneg neu Gymraeg yng Nghymru)',
      very_well: 'Prif iaith yw iaith heblaw Saesneg: yn gallu siarad Saesneg yn dda iawn',
      well: 'Prif iaith yw iaith heblaw Saesneg: yn gallu siarad Saesneg yn dda',
      not_well: 'Prif iaith yw iaith heblaw Saesneg: ddim yn gallu siarad Saesneg yn dda',
      not_at_all: 'Prif iaith yw iaith heblaw Saesneg: ddim yn gallu siarad Saesneg',
    },
  },
  legal_partnership_status: {
    label: 'Statws partneriaeth gyfreithiol (16 oed a throsodd)',
    groups: {},
    categories: {
      never_married: 'Erioed wedi priodi nac wedi cofrestru partneriaeth sifil',
      married_opposite_sex: 'Yn briod: Rhyw gwahanol',
      married_same_sex: 'Yn briod: Yr un rhyw',
      civil_partnership_opposite_sex: 'Mewn partneriaeth sifil gofrestredig: Rhyw gwahanol',
      civil_partnership_same_sex: 'Mewn partneriaeth sifil gofrestredig: Yr un rhyw',
      separated_married: 'Wedi gwahanu, ond yn dal yn briod',
      separated_civil_partnership: 'Wedi gwahanu, ond yn dal mewn partneriaeth sifil gofrestredig',
      divorced: 'Wedi ysgaru',
      dissolved_civil_partnership: 'Mewn partneriaeth sifil gynt sydd bellach wedi’i diddymu’n gyfreithiol',
      widowed: 'Gweddw',
      surviving_civil_partner: 'Partner sydd wedi goroesi o bartneriaeth sifil',
    },
  },
};
