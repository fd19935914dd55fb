import { languageRows, outputRows } from './option-rows.js';

/**
 * The help of the commands that write a document (`export`, `report`, `insight`, `objectives`), in
 * English, with the option lines they share. Spread into help.en.ts's commands; the Welsh twin is
 * help-documents.cy.ts, of this type.
 */

/** The --lang rows of the commands that write a document (option-rows.ts). */
const language = languageRows([
  'the language of the document: en (English), cy (Cymraeg), or both as',
  'cy,en or en,cy (one document, the first language first); default: EQIA_LANG,',
  'else the languages the profile publishes in (your `language` setting',
  'only when the profile does not publish in it)',
]);

/** The --out and --force rows of the commands that write a file. */
const output = outputRows({
  out: 'write to this file (default: standard output)',
  force: 'replace the --out file if it exists',
});

export const documentCommandsHelpEnglish = {
  export: `Usage: eqia export <id> --format <html|md|json|csv|docx|answers>
                   [--lang <langs>] [--out <file> [--force]]

  --format html  accessible, print-ready page to publish (WCAG 2.2 AA, no script)
  --format md    the same content as Markdown
  --format docx  the same content as a Word document (needs --out)
  --format json  canonical JSON with the audit log: \`eqia import\` reads it back exactly
  --format csv   the action plan, for a spreadsheet or tracker
  --format answers  its content as an answers file: change it, then \`eqia edit <id> --answers <file>\`
${language(18, [
  "(for html, md and docx: the report's own words, and what authors wrote in its Welsh",
  'where written, else in English marked as English)',
])}
${output(17)}

HTML and Markdown end with a verification reference (the head hash of the log they were made from),
and the JSON holds the log itself: \`eqia verify --document <file>\` checks a copy against the store.`,
  insight: `Usage: eqia insight --population <file.csv> --baseline <file.csv>
                    --set <census set> --period <text> --area <text> [options]

Compare the people a service works with (caseload, workforce, applicants) with a baseline, usually the
local population at Census 2021, by one ONS census category set: shares, representation ratios, Wilson
intervals, over- and under-representation flags and how much is not known. Counts below the profile's
small-count threshold are suppressed everywhere, with the cells that would let someone recompute them.
Both CSVs are \`category,count\` rows (see docs/insight.md).

  --set <id>                  ethnic_group, religion, sex, sexual_orientation, gender_identity,
                              disability, unpaid_care, english_proficiency, legal_partnership_status
  --population-label <text>   who is counted (default: the file's name)
  --baseline-label <text>     likewise for the baseline
  --period <text>             the period of the population's counts, e.g. 2023-24
  --baseline-period <text>    default "Census 2021"
  --area <text>               the area both cover
  --level groups|categories   compare the broad groups (19 ethnic groups → 5); default: the finest both have
  --attach <id>               add the result to assessment <id> as an evidence item (an audited edit)
  --evidence-id <id>          the evidence item's id (the same id replaces an earlier analysis)
  --title <text>, --date <YYYY-MM-DD>   of the evidence item
  --format html|md|docx       a report of its own: findings, table, chart and
                              contact details (docx needs --out)
${language(30, ["(with --format: the report's words and the census categories)"])}
  --out <file>                write it to this file (default: standard output)
  --force                     replace the --out file if it exists

Prints a table, or the analysis with --json.`,
  objectives: `Usage: eqia objectives [list] [--json]
       eqia objectives show <id> [--json]
       eqia objectives new --answers <file> [--id <id>]
       eqia objectives edit <id> --answers <file>
       eqia objectives submit <id>
       eqia objectives approve <id> [--comment <text>]
       eqia objectives request-changes <id> --reason <text>
       eqia objectives progress <id> [--rag red|amber|green --narrative <text>
                                      [--as-of <date>] [--what-changed <text>]
                                      [--value <measure>=<number>]...
                                      [--milestone-done <id>]...]
                                     (no flags: asks, one question at a time)
       eqia objectives close <id> --outcome met|closed|superseded --note <text>
                                  [--superseded-by <id>]
       eqia objectives report [--as-of <date>] [--format html|md|json|docx]
                              [--lang <langs>] [--out <file> [--force]]
                              (the Board's progress report; default as of
                              today; md by default, as plain text when read
                              in a terminal)

The organisation's equality objectives: set up by an equality lead (an objective
file: docs/schema/objective.schema.json), approved by the profile's senior stage
(the Board), owned by a senior leader, with measures, milestones and a quarterly
progress update (RAG, narrative, indicator values). \`edit\` after approval
changes only milestones and actions.

${language(18, ['(report only, for html, md and docx)'])}`,
  report: ({ listed }: { listed: number }) => `Usage: eqia report --from <YYYY-MM-DD> --to <YYYY-MM-DD>
                   [--format html|md|docx|json] [--lang <langs>]
                   [--data-period <period>] [--overdue-csv <file>]
                   [--out <file> [--force]]

The annual equality report for a period, as the publication duty asks: a summary, the equality
objectives with their progress and measures, the workforce and caseload compared with the census
(small counts suppressed), pay gaps, the assessments signed off or published (each policy once),
impacts by characteristic and audience, overdue actions, reviews due, the screening-out rate,
engagement (the profile's staff networks, boards and forums) and what falls due in the year after.
A period that is not over yet is marked as such. (The Board's quarterly report: \`eqia objectives
report\`; the data: \`eqia data\`.)
  --format <f>            html (to publish), md (default; read in a terminal, it prints as plain
                          text), docx (a Word document; needs --out) or json
  --data-period <period>  the year of \`eqia data\` to show, e.g. 2025-26 (default: the latest)
  --overdue-csv <file>    also write every overdue action as CSV to this file; the report lists the
                          ${listed} overdue longest, with counts by age and team, and names this file
${language(26, ['(for html, md and docx; json is the data, in no language)'])}
${output(26)}`,
};
