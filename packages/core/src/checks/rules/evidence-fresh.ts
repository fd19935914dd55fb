import { addMonths, lastDayOf } from '../dates.js';
import { clockRule, type RuleViolation } from '../rule.js';

/** The census is taken every ten years: its latest release stays the best national data until the next. */
const CENSUS_FRESHNESS_MONTHS = 120;

export const evidenceFresh = clockRule({
  id: 'evidence-fresh',
  title: 'Evidence is recent enough',
  defaultSeverity: 'warning',
  section: 'evidence',
  scope: 'all',
  why: 'Due regard needs a current picture: the authority must take reasonable steps to find out what it does not know (Bridges), and old data can hide how a group is affected today.',
  hint: 'Find newer evidence, or say in the summary why this is still the best available. The limit is the profile’s evidence freshness (census data: ten years).',
  messages: {
    stale: ({ title, date, limit }: { title: string; date: string; limit: number }) =>
      `Evidence "${title}" is dated ${date}, older than the ${limit}-month freshness limit.`,
  },
  // Only dated items can go stale; each keeps its place in the list for the finding's path.
  facts: ({ assessment }) =>
    assessment.evidence.items.flatMap(({ title, kind, date }, index) =>
      date ? [{ index, title, census: kind === 'census', date }] : [],
    ),
  judge: (items, { profile, today }, say) => {
    const violations: RuleViolation[] = [];
    // Two limits at most: each one's earliest fresh day is worked out once, not once an item.
    const oldest = new Map<number, string>();
    for (const item of items) {
      const limit = item.census
        ? Math.max(profile.evidenceFreshnessMonths, CENSUS_FRESHNESS_MONTHS)
        : profile.evidenceFreshnessMonths;
      const cutOff = oldest.get(limit) ?? addMonths(today, -limit);
      oldest.set(limit, cutOff);
      if (lastDayOf(item.date) < cutOff) {
        violations.push({
          message: say.stale({ title: item.title, date: item.date, limit }),
          path: `evidence.items.${item.index}.date`,
        });
      }
    }
    return violations;
  },
});
