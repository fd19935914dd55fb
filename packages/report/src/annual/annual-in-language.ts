import type { Profile } from '@eqia/core';
import { englishTexts, profileIn } from '../document/foreign.js';
import type { ReportLanguage } from '../language/report-language.js';
import type { AnnualReport } from './annual-report.js';
import { welshFor, withAssessmentsWelsh } from './annual-welsh.js';
import type { NextItem } from './what-next.js';

/**
 * The annual report as a report in one language shows it: the profile's texts in that language (its
 * Welsh where written: the organisation's name, its stakeholder groups; `stale`, that Welsh written for
 * English changed since, which it says is out of date), and the texts to mark as
 * English inside a Welsh report: the profile's left in English, and what the assessments' and
 * objectives' authors wrote that has no Welsh here (titles, actions, findings and their sub-groups,
 * the names of an assessment's own affected groups, narratives). The assessments' texts that have
 * Welsh are shown in it (`withAssessmentsWelsh`).
 */
export function annualIn(
  report: AnnualReport,
  given: Profile,
  lang: ReportLanguage,
): { report: AnnualReport; profile: Profile; english: string[]; stale: ReadonlySet<string> } {
  const { profile, english, stale } = profileIn(given, lang);
  if (lang.locale === 'en') return { report, profile, english, stale: new Set() };
  // The report's copies of the profile's words (made when it was built) in the profile's Welsh.
  const welshOf = new Map<string, string>([[given.organisation, profile.organisation]]);
  given.stakeholders.forEach((group, index) => {
    const shown = profile.stakeholders[index];
    if (shown) welshOf.set(group.name, shown.name).set(group.description, shown.description);
  });
  const inWelsh = (text: string) => welshOf.get(text) ?? text;
  const shown: AnnualReport = {
    ...withAssessmentsWelsh(report),
    organisation: inWelsh(report.organisation),
    engagement: report.engagement.map(({ kind, groups }) => ({
      kind,
      groups: groups.map((group) => ({ name: inWelsh(group.name), description: inWelsh(group.description) })),
    })),
  };
  const nextEnglish = (item: NextItem) => [
    ...(item.welsh?.of ? [] : [item.of]),
    ...(item.welsh?.description ? [] : [item.description]),
  ];
  const { actions, data, next } = report;
  return {
    report: shown,
    profile,
    stale: new Set(stale),
    // What has Welsh is shown in it, so only the rest is marked.
    english: englishTexts(
      english,
      report.completed.map((entry) => entry.title),
      report.assessments.map((entry) => entry.title),
      report.reviews.soonest.map((review) => review.title),
      actions.longestOverdue.flatMap((action) => [action.title, action.description]),
      actions.overdueByTeam.map((team) => team.team),
      report.intersectional.flatMap((finding) => [
        finding.title,
        finding.description,
        ...finding.members.map((member) => member.subgroup),
        ...(finding.group === undefined ? [] : [finding.group]),
      ]),
      report.impacts.flatMap((tally) => (tally.group === undefined ? [] : [tally.group])),
      report.disparities.flatMap((disparity) => [disparity.title, disparity.evidenceTitle]),
      data.payGaps.flatMap((gap) => (gap.narrative ? [gap.narrative] : [])),
      [...next.milestones, ...next.actions].flatMap(nextEnglish),
      next.reviews.map((review) => review.title),
    ).filter((text) => welshFor(report.welsh, text) === undefined),
  };
}
