import { type Assessment, cafcassProfile, type Profile, type WelshText } from '@eqia/core';
import type { AnswersFile } from '../../answers/schema.js';
import { fhdraAnalysisWelsh } from './fhdra-analysis.cy.js';
import { fhdraContextWelsh } from './fhdra-context.cy.js';
import { approvalCommentWelsh, fhdraTitlesWelsh, hybridWorkingWelsh, stationeryWelsh } from './samples.cy.js';

/**
 * What makes the demo a Welsh body's (`eqia --lang cy demo`): the example profile publishing in Welsh
 * and English, Welsh first and by default, and each sample's Welsh beside its English. Every other
 * field, date and step is the English demo's.
 */
export interface DemoLanguage {
  profile: Profile;
  /** The worked example's samples, with the Welsh of their text and title. */
  example: (sample: Assessment) => Assessment;
  /** An answers file with its Welsh, where the sample has some. */
  answers: (file: AnswersFile) => AnswersFile;
  /** The equality lead's comment on approving the published sample. */
  approvalComment: string;
}

const welshOfSample = new Map<string, WelshText>([
  ['Hybrid working for Family Court Advisers', hybridWorkingWelsh],
  ['Renewal of the office stationery supply contract', stationeryWelsh],
]);

export const welshDemo: DemoLanguage = {
  profile: { ...cafcassProfile, languages: { publishes: ['cy', 'en'], default: 'cy' } },
  example: (sample) => {
    const title = fhdraTitlesWelsh[sample.policy.title];
    return {
      ...sample,
      welsh: { ...fhdraContextWelsh, ...fhdraAnalysisWelsh, ...(title && { 'policy/title': title }) },
    };
  },
  answers: (file) => {
    const welsh = welshOfSample.get(file.policy?.title ?? '');
    return welsh ? { ...file, welsh } : file;
  },
  approvalComment: approvalCommentWelsh,
};
