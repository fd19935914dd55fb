import {
  type Assessment,
  cafcassProfile,
  type Profile,
  type ReviewRow,
  reviewRows,
  textFields,
  type WelshText,
  workedExample,
} from '@eqia/core';
import type { AnswersFile } from '../answers/schema.js';
import { reviewedCliWelsh } from '../messages/reviewed.js';
import { fhdraAnalysisWelsh } from './cy/fhdra-analysis.cy.js';
import { fhdraContextWelsh } from './cy/fhdra-context.cy.js';
import {
  approvalCommentWelsh,
  fhdraTitlesWelsh,
  hybridWorkingWelsh,
  stationeryWelsh,
} from './cy/samples.cy.js';
import { approvalComment, fhdraTitles, hybridWorkingDraft, stationeryScreenedOut } from './samples.js';

/**
 * What makes the demo a Welsh body's (`eqia --lang cy demo`): the example profile publishing in Welsh
 * and English, Welsh first and by default, and each sample's Welsh beside its English. Every other
 * field, date and step is the English demo's.
 */
export interface DemoLanguage {
  profile: Profile;
  /** A sample made from the worked example, with the Welsh of its text and title. */
  example: (sample: Assessment) => Assessment;
  /** An answers file with its Welsh, where the sample has some. */
  answers: (file: AnswersFile) => AnswersFile;
  /** The equality lead's comment on approving the published sample. */
  approvalComment: string;
}

const fhdraWelsh: WelshText = { ...fhdraContextWelsh, ...fhdraAnalysisWelsh };

const welshOfSample = new Map<string, WelshText>([
  [hybridWorkingDraft.policy?.title ?? '', hybridWorkingWelsh],
  [stationeryScreenedOut.policy?.title ?? '', stationeryWelsh],
]);

export const welshDemo: DemoLanguage = {
  profile: { ...cafcassProfile, languages: { publishes: ['cy', 'en'], default: 'cy' } },
  example: (sample) => {
    const title = fhdraTitlesWelsh[sample.id];
    return { ...sample, welsh: { ...fhdraWelsh, ...(title && { 'policy/title': title }) } };
  },
  answers: (file) => {
    const welsh = welshOfSample.get(file.policy?.title ?? '');
    return welsh ? { ...file, welsh } : file;
  },
  approvalComment: approvalCommentWelsh,
};

/**
 * The demo's Welsh beside the English it translates, for the record of what a Welsh speaker has
 * checked (`cli.demoSamples.*`): machine-drafted, so unreviewed until one does.
 */
export function demoWelshReview(): ReviewRow[] {
  const englishOf = (texts: Readonly<Record<string, string>>, keys: WelshText) =>
    Object.fromEntries(Object.keys(keys).map((key) => [key, texts[key] ?? '']));
  const fromFile = (file: AnswersFile, welsh: WelshText) =>
    Object.fromEntries(
      Object.keys(welsh).map((key) => {
        const at = (value: unknown, name: string) => (value as Record<string, unknown> | undefined)?.[name];
        return [key, String(key.split('/').reduce<unknown>(at, file) ?? '')];
      }),
    );
  const english = {
    fhdra: englishOf(
      Object.fromEntries(textFields(workedExample).map((f) => [f.key, f.english])),
      fhdraWelsh,
    ),
    titles: { ...fhdraTitles, 'fhdra-video': workedExample.policy.title },
    hybridWorking: fromFile(hybridWorkingDraft, hybridWorkingWelsh),
    stationery: fromFile(stationeryScreenedOut, stationeryWelsh),
    approvalComment,
  };
  const welsh = {
    fhdra: fhdraWelsh,
    titles: fhdraTitlesWelsh,
    hybridWorking: hybridWorkingWelsh,
    stationery: stationeryWelsh,
    approvalComment: approvalCommentWelsh,
  };
  return reviewRows(english, welsh, reviewedCliWelsh, 'cli.demoSamples');
}
