import type { OrganisationData } from '@eqia/core';
import type { EqiaClient } from '@eqia/sdk';
import { parseCommandArgs, parseDateOption, requireOption } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { withClient } from '../open-client.js';
import { documentLanguages, languageHelp } from '../output/languages.js';
import { terminalWidth } from '../output/table.js';
import { markdownAsText } from '../output/terminal-text.js';
import { needsFile, outputHelp, outputOptions, writeOutput } from '../output/write-output.js';
import { UsageError } from '../usage-error.js';

const formats = ['html', 'md', 'docx', 'json'] as const;
type Format = (typeof formats)[number];

/** The year of equality data to report: a year with none is a mistake to say, not an empty section. */
async function dataFor(client: EqiaClient, period: string | undefined): Promise<OrganisationData> {
  const data = await client.data.figures(period === undefined ? {} : { period });
  if (period !== undefined && data.profiles.length === 0 && data.payGaps.length === 0)
    throw new UsageError(
      `There is no equality data for "${period}": \`eqia data\` lists the years there is data for.`,
    );
  return data;
}

export const command: Command = {
  help: `Usage: eqia report --from <YYYY-MM-DD> --to <YYYY-MM-DD> [--format html|md|docx|json]
                   [--lang <langs>] [--data-period <period>] [--out <file> [--force]]

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
${languageHelp}
                  (for html, md and docx; json is the data, in no language)
${outputHelp}`,
  async run(ctx) {
    const { values } = parseCommandArgs(ctx, {
      from: { type: 'string' },
      to: { type: 'string' },
      'data-period': { type: 'string' },
      format: { type: 'string', short: 'f' },
      lang: { type: 'string' },
      ...outputOptions,
    });
    const from = parseDateOption('from', requireOption(ctx, values.from, 'from', 'YYYY-MM-DD'));
    const to = parseDateOption('to', requireOption(ctx, values.to, 'to', 'YYYY-MM-DD'));
    if (from > to) throw new UsageError(`--from (${from}) must not be after --to (${to}).`);
    const extension = values.out?.split('.').pop()?.toLowerCase();
    const format = (values.format ?? formats.find((candidate) => candidate === extension) ?? 'md') as Format;
    if (!formats.includes(format)) throw new UsageError(`--format must be one of ${formats.join(', ')}.`);
    needsFile(format, values.out);
    return withClient(ctx, values, 'read', async ({ client, profile }) => {
      // Asked before anything is read, so a wrong language is refused first; JSON is data, in no language.
      const locales = format === 'json' ? [] : await documentLanguages(ctx, values.lang, profile);
      // Each assessment's annual facts, from its digest: a report never needs the whole content, and at
      // ten thousand assessments reading it would take seconds. The summary carries the status.
      const assessments = (await client.annualFacts()).map(({ facts, summary }) => ({
        facts,
        status: summary,
      }));
      const report = await import('@eqia/report');
      const annual = report.buildAnnualReport({
        assessments,
        from,
        to,
        now: ctx.now().toISOString(),
        profile,
        objectives: await client.objectives.all(),
        data: await dataFor(client, values['data-period']),
      });
      const languages = await report.reportLanguages(locales);
      const content =
        format === 'json'
          ? `${JSON.stringify(annual, null, 2)}\n`
          : format === 'docx'
            ? await report.renderAnnualReportDocx(annual, profile, languages)
            : format === 'html'
              ? report.renderAnnualReportHtml(annual, profile, languages)
              : report.renderAnnualReportMarkdown(annual, profile, languages);
      // Read in a terminal, not saved or piped: text, not Markdown's marks.
      const reading =
        typeof content === 'string' &&
        format === 'md' &&
        values.format === undefined &&
        values.out === undefined &&
        terminalWidth();
      await writeOutput(ctx, values, reading ? markdownAsText(content) : content);
      return ExitCode.ok;
    });
  },
};
