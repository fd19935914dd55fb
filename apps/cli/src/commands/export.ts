import { parseCommandArgs, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { msg } from '../messages/ui-language.js';
import { withClient } from '../open-client.js';
import { documentLanguages } from '../output/languages.js';
import { needsFile, outputOptions, writeOutput } from '../output/write-output.js';
import { UsageError } from '../usage-error.js';

const formats = ['html', 'md', 'json', 'csv', 'docx', 'answers'] as const;
type Format = (typeof formats)[number];

export const command: Command = {
  help: () => msg.help.commands.export,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, {
      format: { type: 'string', short: 'f' },
      lang: { type: 'string' },
      ...outputOptions,
    });
    const id = requirePositional(ctx, positionals, 0, 'id');
    const format = (values.format ?? inferFormat(values.out)) as Format | undefined;
    if (!format || !formats.includes(format))
      throw new UsageError(msg.output.passFormat({ formats: formats.join('|') }));
    needsFile(format, values.out);
    return withClient(ctx, values, 'read', async ({ client, profile }) => {
      // Asked before the assessment is read, so a wrong language is refused first; only reports have one.
      const reports: readonly Format[] = ['html', 'md', 'docx'];
      const languages = reports.includes(format) ? await documentLanguages(ctx, values.lang, profile) : [];
      if (reports.includes(format)) {
        // Loaded only for a report: core's whole entry, which the other formats do without.
        const { warnOfProfileWelsh } = await import('../objectives/welsh-gaps.js');
        warnOfProfileWelsh(ctx, profile);
      }
      await writeOutput(ctx, values, await render(format, id, client, profile, ctx.now(), languages));
      return ExitCode.ok;
    });
  },
};

async function render(
  format: Format,
  id: string,
  client: import('@eqia/sdk').EqiaClient,
  profile: import('@eqia/core').Profile,
  now: Date,
  locales: readonly import('@eqia/core').Locale[],
): Promise<string | Uint8Array> {
  if (format === 'json') return client.exportAssessment(id);
  const view = await client.get(id);
  if (format === 'answers') {
    const { answersFromAssessment } = await import('../answers/from-assessment.js');
    return `${JSON.stringify(answersFromAssessment(view.assessment), null, 2)}\n`;
  }
  const report = await import('@eqia/report');
  if (format === 'csv')
    return report.renderActionPlanCsv(view.assessment, { profile, today: now.toISOString().slice(0, 10) });
  const input = {
    assessment: view.assessment,
    status: view.status,
    profile,
    findings: view.findings,
    generatedAt: now.toISOString(),
    ...(view.head && { reference: { assessment: id, version: view.version, head: view.head } }),
  };
  const languages = await report.reportLanguages(locales);
  if (format === 'docx') return report.renderAssessmentDocx(input, languages);
  return format === 'html'
    ? report.renderAssessmentHtml(input, languages)
    : report.renderAssessmentMarkdown(input, languages);
}

function inferFormat(out: string | undefined): Format | undefined {
  const extension = out?.split('.').pop()?.toLowerCase();
  if (extension === 'htm') return 'html';
  if (extension === 'markdown') return 'md';
  return formats.find((format) => format === extension);
}
