import { basename } from 'node:path';
import type { AttachDisparityInput, DisparityRequest, PopulationCsv } from '@eqia/sdk';
import { parseCommandArgs, parseDateOption, requireOptions } from '../args.js';
import type { Command } from '../command.js';
import type { CliContext } from '../context.js';
import { readInputText } from '../input-file.js';
import { msg } from '../messages/ui-language.js';
import { withClient } from '../open-client.js';
import { reportChange } from '../output/change.js';
import { writeJson } from '../output/json.js';
import { documentLanguages } from '../output/languages.js';
import { asRead } from '../output/terminal-text.js';
import { needsFile, outputOptions, writeOutput } from '../output/write-output.js';
import { UsageError } from '../usage-error.js';

const options = {
  population: { type: 'string' },
  'population-label': { type: 'string' },
  baseline: { type: 'string' },
  'baseline-label': { type: 'string' },
  set: { type: 'string' },
  period: { type: 'string' },
  'baseline-period': { type: 'string' },
  area: { type: 'string' },
  level: { type: 'string' },
  attach: { type: 'string' },
  'evidence-id': { type: 'string' },
  title: { type: 'string' },
  date: { type: 'string' },
  format: { type: 'string', short: 'f' },
  lang: { type: 'string' },
  ...outputOptions,
} as const;

const formats = ['html', 'md', 'docx'] as const;
type Format = (typeof formats)[number];

export const command: Command = {
  help: () => msg.help.commands.insight,
  async run(ctx) {
    const { values } = parseCommandArgs(ctx, options);
    const extension = values.out?.split('.').pop()?.toLowerCase();
    const format = values.format ?? formats.find((candidate) => candidate === extension);
    if (format !== undefined && !formats.includes(format as Format))
      throw new UsageError(msg.insight.badFormat({ formats: formats.join(', '), value: format }));
    if (format !== undefined) needsFile(format, values.out);
    else if (values.out !== undefined)
      throw new UsageError(msg.insight.outNeedsFormat({ formats: formats.join('|') }));
    const level = values.level;
    if (level !== undefined && level !== 'groups' && level !== 'categories')
      throw new UsageError(msg.insight.badLevel({ value: level }));
    const given = requireOptions(
      ctx,
      {
        population: values.population,
        baseline: values.baseline,
        set: values.set,
        period: values.period,
        area: values.area,
      },
      { population: 'file.csv', baseline: 'file.csv', set: 'census set', period: 'text', area: 'text' },
    );
    const { area } = given;
    const request: DisparityRequest = {
      categorySet: given.set,
      population: await readSide(ctx, given.population, {
        label: values['population-label'],
        period: given.period,
        area,
      }),
      baseline: await readSide(ctx, given.baseline, {
        label: values['baseline-label'],
        period: values['baseline-period'] ?? 'Census 2021',
        area,
      }),
      ...(level === 'groups' || level === 'categories' ? { level } : {}),
    };
    const attachTo = values.attach;
    return withClient(ctx, values, attachTo ? 'write' : 'read', async ({ client, profile }) => {
      if (attachTo) {
        const input: AttachDisparityInput = {
          ...request,
          ...(values['evidence-id'] ? { evidenceId: values['evidence-id'] } : {}),
          ...(values.title ? { title: values.title } : {}),
          ...(values.date ? { date: parseDateOption('date', values.date) } : {}),
        };
        return reportChange(
          ctx,
          values.json,
          await client.attachDisparity(attachTo, input),
          msg.insight.attached,
        );
      }
      // Asked before the comparison is made, so a wrong language is refused first.
      const locales =
        format === undefined || values.json ? [] : await documentLanguages(ctx, values.lang, profile);
      const analysis = await client.analyseDisparity(request);
      if (values.json) writeJson(ctx, analysis);
      else if (format !== undefined) {
        const report = await import('@eqia/report');
        const { warnOfProfileWelsh } = await import('../objectives/welsh-gaps.js');
        warnOfProfileWelsh(ctx, profile);
        const input = { analysis, profile, generatedAt: ctx.now().toISOString() };
        const languages = await report.reportLanguages(locales);
        const content =
          format === 'docx'
            ? await report.renderInsightReportDocx(input, languages)
            : format === 'html'
              ? report.renderInsightReportHtml(input, languages)
              : report.renderInsightReportMarkdown(input, languages);
        await writeOutput(ctx, values, content);
      } else {
        const { renderInsightMarkdown } = await import('@eqia/report');
        await writeOutput(
          ctx,
          values,
          asRead(ctx, values, renderInsightMarkdown(analysis, { headingLevel: 2 })),
        );
      }
      return 0;
    });
  },
};

async function readSide(
  ctx: CliContext,
  path: string,
  details: { label: string | undefined; period: string; area: string },
): Promise<PopulationCsv> {
  const name = basename(path);
  return {
    csv: await readInputText(ctx, path),
    name,
    label: details.label ?? name.replace(/\.csv$/i, ''),
    period: details.period,
    area: details.area,
  };
}
