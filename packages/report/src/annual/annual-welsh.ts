import type { AnnualReport } from './annual-report.js';

/** The Welsh a map of texts gives an English text, if any: its own entries only ("constructor" is text). */
export const welshFor = (welsh: Readonly<Record<string, string>> | undefined, english: string) =>
  welsh && Object.hasOwn(welsh, english) ? welsh[english] : undefined;

/** A listed entry without its assessment's Welsh, which the report keeps once (`AnnualReport['welsh']`). */
export const withoutWelsh = <Entry extends { welsh?: unknown }>({ welsh: _, ...entry }: Entry) => entry;

/**
 * The annual report with the assessments' texts in Welsh where they have it (`report.welsh`): titles,
 * teams, actions, findings, sub-groups and own groups' names. What has none stays English, and a Welsh
 * report marks it so (annual-in-language.ts).
 */
export function withAssessmentsWelsh(report: AnnualReport): AnnualReport {
  const { welsh } = report;
  if (Object.keys(welsh).length === 0) return report;
  const cy = (text: string) => welshFor(welsh, text) ?? text;
  const titled = <Entry extends { title: string }>(entry: Entry): Entry => ({
    ...entry,
    title: cy(entry.title),
  });
  const { actions, reviews, next } = report;
  return {
    ...report,
    completed: report.completed.map(titled).sort((a, b) => a.title.localeCompare(b.title, 'cy')),
    assessments: report.assessments.map((entry) => ({ ...titled(entry), team: cy(entry.team) })),
    impacts: report.impacts.map((tally) =>
      tally.group === undefined ? tally : { ...tally, group: cy(tally.group) },
    ),
    intersectional: report.intersectional.map((finding) => ({
      ...titled(finding),
      description: cy(finding.description),
      members: finding.members.map((member) => ({ ...member, subgroup: cy(member.subgroup) })),
      ...(finding.group !== undefined && { group: cy(finding.group) }),
    })),
    disparities: report.disparities.map((disparity) => ({
      ...titled(disparity),
      evidenceTitle: cy(disparity.evidenceTitle),
    })),
    actions: {
      ...actions,
      overdueByTeam: actions.overdueByTeam.map((team) => ({ ...team, team: cy(team.team) })),
      longestOverdue: actions.longestOverdue.map((action) => ({
        ...titled(action),
        team: cy(action.team),
        description: cy(action.description),
      })),
    },
    reviews: { ...reviews, soonest: reviews.soonest.map(titled) },
    next: { ...next, reviews: next.reviews.map(titled) },
  };
}
