import { basename } from 'node:path';
import { parseCommandArgs, parseDateOption, requireOptions } from '../args.js';
import type { Command } from '../command.js';
import { figuresFor } from '../data/figures-for.js';
import { ExitCode } from '../exit-codes.js';
import { msg } from '../messages/ui-language.js';
import { warnOfObjectivesWelsh, warnOfProfileWelsh } from '../objectives/welsh-gaps.js';
import { withClient } from '../open-client.js';
import { documentLanguages } from '../output/languages.js';
import { asRead } from '../output/terminal-text.js';
import { needsFile, outputOptions, writeOutput } from '../output/write-output.js';
import { UsageError } from '../usage-error.js';

const formats = ['html', 'md', 'docx', 'json'] as const;
/** As @eqia/report's LISTED, which help must not load the report to print. */
const LISTED_HELP = 50;
type Format = (typeof formats)[number];

export const command: Command = {
  help: () => msg.help.commands.report({ listed: LISTED_HELP }),
  async run(ctx) {
    const { values } = parseCommandArgs(ctx, {
      from: { type: 'string' },
      to: { type: 'string' },
      'data-period': { type: 'string' },
      'overdue-csv': { type: 'string' },
      format: { type: 'string', short: 'f' },
      lang: { type: 'string' },
      ...outputOptions,
    });
    const period = requireOptions(
      ctx,
      { from: values.from, to: values.to },
      { from: 'YYYY-MM-DD', to: 'YYYY-MM-DD' },
    );
    const from = parseDateOption('from', period.from);
    const to = parseDateOption('to', period.to);
    if (from > to) throw new UsageError(msg.writes.fromAfterTo({ from, to }));
    const extension = values.out?.split('.').pop()?.toLowerCase();
    const format = (values.format ?? formats.find((candidate) => candidate === extension) ?? 'md') as Format;
    if (!formats.includes(format))
      throw new UsageError(msg.writes.badFormat({ formats: formats.join(', ') }));
    needsFile(format, values.out);
    return withClient(ctx, values, 'read', async ({ client, profile }) => {
      // Asked before anything is read, so a wrong language is refused first; JSON is data, in no language.
      const locales = format === 'json' ? [] : await documentLanguages(ctx, values.lang, profile);
      // The store counts what is owed with its indexes and gives the period's assessments: a report
      // never reads every assessment, and lists only the first of each long list.
      const now = ctx.now().toISOString();
      const period = { from, to, today: now.slice(0, 10) };
      const report = await import('@eqia/report');
      const totals = await client.annualTotals({ ...period, listed: report.LISTED });
      const csvFile = values['overdue-csv'];
      if (csvFile !== undefined) {
        if (csvFile === '-' || csvFile.trim() === '') throw new UsageError(msg.writes.csvNeedsFile);
        const every = await client.annualTotals(period);
        const csv = report.renderOverdueActionsCsv(every.actions.longestOverdue);
        await writeOutput(
          ctx,
          { out: csvFile, option: '--overdue-csv', force: values.force, store: values.store },
          csv,
        );
      }
      const objectives = await client.objectives.all();
      const annual = report.buildAnnualReport({
        totals,
        from,
        to,
        now,
        profile,
        objectives,
        data: await figuresFor(client, values['data-period']),
        ...(csvFile !== undefined && { overdueListAt: basename(csvFile) }),
      });
      const shown = new Set(annual.objectives.map((entry) => entry.id));
      warnOfProfileWelsh(ctx, profile);
      warnOfObjectivesWelsh(ctx, profile, objectives, shown);
      const languages = await report.reportLanguages(locales);
      const content =
        format === 'json'
          ? `${report.renderAnnualReportJson(annual)}\n`
          : format === 'docx'
            ? await report.renderAnnualReportDocx(annual, profile, languages)
            : format === 'html'
              ? report.renderAnnualReportHtml(annual, profile, languages)
              : report.renderAnnualReportMarkdown(annual, profile, languages);
      await writeOutput(
        ctx,
        values,
        typeof content === 'string' && format === 'md' ? asRead(ctx, values, content) : content,
      );
      return ExitCode.ok;
    });
  },
};
