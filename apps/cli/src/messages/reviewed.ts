/**
 * The CLI's Welsh messages a Welsh speaker has checked, by their id in the review record
 * (`welshReviewRecord`: `cli.` then the catalogue's path, as `cli.cli.unknownCommand`,
 * `cli.wizard.keyHelp`), with the Welsh as checked: a message changed since reads as unreviewed, as in
 * core's `reviewedWelsh`. Every Welsh message of the CLI so far was drafted by machine, so none is here.
 */
export const reviewedCliWelsh: Readonly<Record<string, string>> = {};
