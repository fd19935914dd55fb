import { type Assessment, type Frozen, SectionId, STANDARD_INPUT, sectionIds } from '@eqia/core';
import { parseCommandArgs, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { msg, uiLabel } from '../messages/ui-language.js';
import { withClient } from '../open-client.js';
import { countFindings } from '../output/findings.js';
import { writeJson } from '../output/json.js';
import { reviewLines, statusInWords } from '../output/review-lines.js';
import { sectionLines } from '../output/section-text.js';
import { createStyle } from '../output/style.js';
import { terminalSafe } from '../output/terminal-text.js';
import { assessmentInRunLanguage } from '../output/texts-in-language.js';
import { wrapText } from '../output/wrap.js';
import { UsageError } from '../usage-error.js';

export const command: Command = {
  help: () => msg.help.commands.show({ sections: sectionIds.join(', ') }),
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, { section: { type: 'string' } });
    const id = requirePositional(ctx, positionals, 0, 'id');
    const only = values.section === undefined ? undefined : SectionId.safeParse(values.section);
    if (only && !only.success)
      throw new UsageError(
        msg.show.badSection({ sections: sectionIds.join(', '), value: values.section ?? '' }),
      );
    return withClient(ctx, values, 'read', async ({ client, profile }) => {
      const view = await client.get(id);
      if (values.json) {
        writeJson(ctx, view);
        return ExitCode.ok;
      }
      const style = createStyle(ctx.color);
      const assessment = terminalSafe(assessmentInRunLanguage(view.assessment));
      const shown = terminalSafe(profile);
      const header = [
        style.bold(`${assessment.policy.title}`),
        `${assessment.id} · ${msg.show.revision({ revision: assessment.revision })} · ${statusInWords(assessment, view.status, shown)}${view.reviewDue ? style.yellow(msg.show.reviewDue) : ''}`,
        ...provenanceLines(assessment),
        `${msg.show.findings({ counts: countFindings(view.findings) })}${view.findings.length ? ` — \`eqia check ${assessment.id}\`` : ''}`,
      ];
      const sections = only?.success ? [only.data] : sectionIds;
      const body = sections.map(
        (section) =>
          `${style.bold(uiLabel('sectionTitle', section))}\n${[
            ...sectionLines(assessment, section, shown),
            ...reviewLines(assessment, section, shown),
          ].join('\n')}`,
      );
      ctx.write(`${wrapText(`${header.join('\n')}\n\n${body.join('\n\n')}`, ctx.columns())}\n`);
      return ExitCode.ok;
    });
  },
};

/** Where an imported record came from, and a sign-off given outside eqia, as the record states it. */
function provenanceLines({ provenance }: Frozen<Assessment>): string[] {
  if (!provenance) return [];
  const outside = provenance.signedOffOutside;
  // Standard input is recorded as a token (`-`), said in the run's language.
  const imported =
    provenance.source === STANDARD_INPUT
      ? msg.show.importedFromStandardInput({ by: provenance.importedBy })
      : msg.show.imported({ source: provenance.source, by: provenance.importedBy });
  if (!outside) return [imported];
  const published = outside.published
    ? msg.show.publishedOutside({ on: outside.published.on, location: outside.published.location })
    : '';
  const who = `${outside.by}${outside.role ? `, ${outside.role}` : ''}`;
  return [imported, msg.show.signedOffOutside({ who, on: outside.on, published })];
}
