/**
 * The Welsh messages a Welsh speaker has checked, by message id, with the Welsh text as checked: a
 * message changed since reads as unreviewed. Every Welsh string so far was drafted by machine, so none
 * is here yet. To record a review, add `id: 'the text as checked'` (ids: `pnpm --filter @eqia/cli run
 * welsh-review`, and docs/reports.md, "Languages").
 */
export const reviewedWelsh: Readonly<Record<string, string>> = {};
