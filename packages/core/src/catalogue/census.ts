import type { CensusCategorySet } from '../schema/profile.js';

/**
 * ONS Census 2021 (England and Wales) category sets, so that evidence an organisation collects can be
 * compared with national and local census data. Labels follow the ONS Census 2021 dictionary.
 */
const ons = (variable: string) =>
  `ONS Census 2021 dictionary, ${variable}: https://www.ons.gov.uk/census/census2021dictionary`;

export const ethnicGroup: CensusCategorySet = {
  id: 'ethnic_group',
  label: 'Ethnic group (19 categories in 5 groups)',
  source: ons('ethnic_group_tb'),
  groups: [
    { id: 'asian', label: 'Asian, Asian British or Asian Welsh' },
    { id: 'black', label: 'Black, Black British, Black Welsh, Caribbean or African' },
    { id: 'mixed', label: 'Mixed or Multiple ethnic groups' },
    { id: 'white', label: 'White' },
    { id: 'other', label: 'Other ethnic group' },
  ],
  categories: [
    { id: 'bangladeshi', label: 'Bangladeshi', group: 'asian' },
    { id: 'chinese', label: 'Chinese', group: 'asian' },
    { id: 'indian', label: 'Indian', group: 'asian' },
    { id: 'pakistani', label: 'Pakistani', group: 'asian' },
    { id: 'other_asian', label: 'Other Asian', group: 'asian' },
    { id: 'african', label: 'African', group: 'black' },
    { id: 'caribbean', label: 'Caribbean', group: 'black' },
    { id: 'other_black', label: 'Other Black', group: 'black' },
    { id: 'white_and_asian', label: 'White and Asian', group: 'mixed' },
    { id: 'white_and_black_african', label: 'White and Black African', group: 'mixed' },
    { id: 'white_and_black_caribbean', label: 'White and Black Caribbean', group: 'mixed' },
    { id: 'other_mixed', label: 'Other Mixed or Multiple ethnic groups', group: 'mixed' },
    { id: 'white_british', label: 'English, Welsh, Scottish, Northern Irish or British', group: 'white' },
    { id: 'irish', label: 'Irish', group: 'white' },
    { id: 'gypsy_or_irish_traveller', label: 'Gypsy or Irish Traveller', group: 'white' },
    { id: 'roma', label: 'Roma', group: 'white' },
    { id: 'other_white', label: 'Other White', group: 'white' },
    { id: 'arab', label: 'Arab', group: 'other' },
    { id: 'any_other_ethnic_group', label: 'Any other ethnic group', group: 'other' },
  ],
};

export const religion: CensusCategorySet = {
  id: 'religion',
  label: 'Religion (summary classification)',
  source: ons('religion'),
  groups: [],
  categories: [
    { id: 'no_religion', label: 'No religion' },
    { id: 'christian', label: 'Christian' },
    { id: 'buddhist', label: 'Buddhist' },
    { id: 'hindu', label: 'Hindu' },
    { id: 'jewish', label: 'Jewish' },
    { id: 'muslim', label: 'Muslim' },
    { id: 'sikh', label: 'Sikh' },
    { id: 'other_religion', label: 'Other religion' },
  ],
};

export const sexualOrientation: CensusCategorySet = {
  id: 'sexual_orientation',
  label: 'Sexual orientation (aged 16 and over)',
  source: ons('sexual_orientation'),
  groups: [],
  categories: [
    { id: 'straight_or_heterosexual', label: 'Straight or Heterosexual' },
    { id: 'gay_or_lesbian', label: 'Gay or Lesbian' },
    { id: 'bisexual', label: 'Bisexual' },
    { id: 'pansexual', label: 'Pansexual' },
    { id: 'asexual', label: 'Asexual' },
    { id: 'queer', label: 'Queer' },
    { id: 'all_other_sexual_orientations', label: 'All other sexual orientations' },
  ],
};

export const genderIdentity: CensusCategorySet = {
  id: 'gender_identity',
  label: 'Gender identity (aged 16 and over)',
  source: ons('gender_identity'),
  groups: [],
  categories: [
    { id: 'same_as_sex_registered_at_birth', label: 'Gender identity the same as sex registered at birth' },
    {
      id: 'different_no_specific_identity',
      label: 'Gender identity different from sex registered at birth but no specific identity given',
    },
    { id: 'trans_woman', label: 'Trans woman' },
    { id: 'trans_man', label: 'Trans man' },
    { id: 'non_binary', label: 'Non-binary' },
    { id: 'all_other_gender_identities', label: 'All other gender identities' },
  ],
};

export const sex: CensusCategorySet = {
  id: 'sex',
  label: 'Sex',
  source: ons('sex'),
  groups: [],
  categories: [
    { id: 'female', label: 'Female' },
    { id: 'male', label: 'Male' },
  ],
};

export const disability: CensusCategorySet = {
  id: 'disability',
  label: 'Disability (Equality Act definition)',
  source: ons('disability'),
  groups: [
    { id: 'disabled', label: 'Disabled under the Equality Act' },
    { id: 'not_disabled', label: 'Not disabled under the Equality Act' },
  ],
  categories: [
    {
      id: 'limited_a_lot',
      label: 'Disabled under the Equality Act: Day-to-day activities limited a lot',
      group: 'disabled',
    },
    {
      id: 'limited_a_little',
      label: 'Disabled under the Equality Act: Day-to-day activities limited a little',
      group: 'disabled',
    },
    {
      id: 'condition_not_limited',
      label:
        'Not disabled under the Equality Act: Has long term physical or mental health condition but day-to-day activities are not limited',
      group: 'not_disabled',
    },
    {
      id: 'no_condition',
      label: 'Not disabled under the Equality Act: No long term physical or mental health conditions',
      group: 'not_disabled',
    },
  ],
};

export const unpaidCare: CensusCategorySet = {
  id: 'unpaid_care',
  label: 'Provision of unpaid care (aged 5 and over)',
  source: ons('provision_of_unpaid_care'),
  groups: [
    { id: 'no_care', label: 'Provides no unpaid care' },
    { id: 'provides_care', label: 'Provides unpaid care' },
  ],
  categories: [
    { id: 'no_unpaid_care', label: 'Provides no unpaid care', group: 'no_care' },
    { id: 'up_to_9_hours', label: 'Provides 9 hours or less unpaid care a week', group: 'provides_care' },
    { id: 'hours_10_to_19', label: 'Provides 10 to 19 hours unpaid care a week', group: 'provides_care' },
    { id: 'hours_20_to_34', label: 'Provides 20 to 34 hours unpaid care a week', group: 'provides_care' },
    { id: 'hours_35_to_49', label: 'Provides 35 to 49 hours unpaid care a week', group: 'provides_care' },
    { id: 'hours_50_or_more', label: 'Provides 50 or more hours unpaid care a week', group: 'provides_care' },
  ],
};

export const englishProficiency: CensusCategorySet = {
  id: 'english_proficiency',
  label: 'Proficiency in English (aged 3 and over)',
  source: ons('proficiency_in_english'),
  groups: [
    { id: 'main_language_english', label: 'Main language is English (English or Welsh in Wales)' },
    { id: 'main_language_not_english', label: 'Main language is not English (English or Welsh in Wales)' },
  ],
  categories: [
    {
      id: 'main_language_english',
      label: 'Main language is English (English or Welsh in Wales)',
      group: 'main_language_english',
    },
    {
      id: 'very_well',
      label: 'Main language is not English: can speak English very well',
      group: 'main_language_not_english',
    },
    {
      id: 'well',
      label: 'Main language is not English: can speak English well',
      group: 'main_language_not_english',
    },
    {
      id: 'not_well',
      label: 'Main language is not English: cannot speak English well',
      group: 'main_language_not_english',
    },
    {
      id: 'not_at_all',
      label: 'Main language is not English: cannot speak English',
      group: 'main_language_not_english',
    },
  ],
};

export const legalPartnershipStatus: CensusCategorySet = {
  id: 'legal_partnership_status',
  label: 'Legal partnership status (aged 16 and over)',
  source: ons('marital_and_civil_partnership_status'),
  groups: [],
  categories: [
    { id: 'never_married', label: 'Never married and never registered a civil partnership' },
    { id: 'married_opposite_sex', label: 'Married: Opposite sex' },
    { id: 'married_same_sex', label: 'Married: Same sex' },
    { id: 'civil_partnership_opposite_sex', label: 'In a registered civil partnership: Opposite sex' },
    { id: 'civil_partnership_same_sex', label: 'In a registered civil partnership: Same sex' },
    { id: 'separated_married', label: 'Separated, but still married' },
    { id: 'separated_civil_partnership', label: 'Separated, but still in a registered civil partnership' },
    { id: 'divorced', label: 'Divorced' },
    { id: 'dissolved_civil_partnership', label: 'Formerly in a civil partnership now legally dissolved' },
    { id: 'widowed', label: 'Widowed' },
    { id: 'surviving_civil_partner', label: 'Surviving partner from civil partnership' },
  ],
};

/** Every census category set the catalogue knows, by id. */
export const censusCategorySets: readonly CensusCategorySet[] = [
  ethnicGroup,
  religion,
  sexualOrientation,
  genderIdentity,
  sex,
  disability,
  unpaidCare,
  englishProficiency,
  legalPartnershipStatus,
];
