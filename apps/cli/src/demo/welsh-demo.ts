import {
  type Assessment,
  cafcassProfile,
  type Profile,
  profileTextFields,
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
import { fhdraNamesWelsh } from './cy/fhdra-names.cy.js';
import { boardApprovalCommentWelsh, objectivesWelsh } from './cy/objectives.cy.js';
import { profileWelsh } from './cy/profile.cy.js';
import {
  approvalCommentWelsh,
  fhdraTitlesWelsh,
  hybridWorkingWelsh,
  stationeryWelsh,
} from './cy/samples.cy.js';
import { boardApprovalComment, type DemoObjective, demoObjectives } from './objectives.js';
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
  /**
   * The Welsh of an objective's texts by text key: its own, or those of the update it was given (its
   * `quarter`th, 0 first, recorded with `id`). None in English.
   */
  objectiveWelsh: (objectiveId: string, update?: { id: string; quarter: number }) => Record<string, string>;
  /** The Board's comment on approving each objective. */
  boardApprovalComment: string;
}

/** English and Welsh of the demo objectives alike: an update's texts keyed by quarter, `updates/q1/…`. */
const quarterKey = (quarter: number) => `updates/q${quarter + 1}/`;

const fhdraWelsh: WelshText = { ...fhdraContextWelsh, ...fhdraNamesWelsh, ...fhdraAnalysisWelsh };

const welshOfSample = new Map<string, WelshText>([
  [hybridWorkingDraft.policy?.title ?? '', hybridWorkingWelsh],
  [stationeryScreenedOut.policy?.title ?? '', stationeryWelsh],
]);

export const welshDemo: DemoLanguage = {
  // Version 2: the profile's own texts have their Welsh.
  profile: {
    ...cafcassProfile,
    schemaVersion: 2,
    languages: { publishes: ['cy', 'en'], default: 'cy' },
    welsh: profileWelsh,
  },
  example: (sample) => {
    const title = fhdraTitlesWelsh[sample.id];
    return { ...sample, welsh: { ...fhdraWelsh, ...(title && { 'policy/title': title }) } };
  },
  answers: (file) => {
    const welsh = welshOfSample.get(file.policy?.title ?? '');
    return welsh ? { ...file, welsh } : file;
  },
  approvalComment: approvalCommentWelsh,
  objectiveWelsh: (objectiveId, update) => {
    const keyed = update ? quarterKey(update.quarter) : undefined;
    const texts = Object.entries(objectivesWelsh[objectiveId] ?? {}).flatMap(([key, text]) => {
      if (!keyed) return key.startsWith('updates/') ? [] : [[key, text]];
      return key.startsWith(keyed) ? [[`updates/${update?.id}/${key.slice(keyed.length)}`, text]] : [];
    });
    return Object.fromEntries(texts);
  },
  boardApprovalComment: boardApprovalCommentWelsh,
};

/** A demo objective's English by the keys of its Welsh (cy/objectives.cy.ts), for the record of review. */
function objectiveEnglish({ content, updates }: DemoObjective): Record<string, string> {
  const texts: [string, string | undefined][] = [
    ['title', content.title],
    ['statement', content.statement],
    ['rationale', content.rationale],
    ...(content.measures ?? []).map((m): [string, string] => [`measures/${m.id}/indicator`, m.indicator]),
    ...(content.milestones ?? []).map((m): [string, string] => [
      `milestones/${m.id}/description`,
      m.description,
    ]),
    ...updates.flatMap((update, quarter): [string, string | undefined][] => [
      [`${quarterKey(quarter)}narrative`, update.narrative],
      [`${quarterKey(quarter)}whatChanged`, update.whatChanged],
    ]),
  ];
  return Object.fromEntries(texts.filter((entry): entry is [string, string] => Boolean(entry[1])));
}

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
  const objectives = demoObjectives('2025-04-01', '2028-03-31');
  const englishObjectives = {
    ...Object.fromEntries(objectives.map((objective) => [objective.id, objectiveEnglish(objective)])),
    approvalComment: boardApprovalComment,
  };
  const welshObjectives = { ...objectivesWelsh, approvalComment: boardApprovalCommentWelsh };
  return [
    ...reviewRows(english, welsh, reviewedCliWelsh, 'cli.demoSamples'),
    ...reviewRows(englishObjectives, welshObjectives, reviewedCliWelsh, 'cli.demoObjectives'),
    ...reviewRows(
      englishOf(
        Object.fromEntries(profileTextFields(cafcassProfile).map((f) => [f.key, f.english])),
        profileWelsh,
      ),
      profileWelsh,
      reviewedCliWelsh,
      'cli.demoProfile',
    ),
  ];
}
