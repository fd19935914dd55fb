import { parseWith } from '@eqia/core';
import { ObjectiveChanges, ObjectiveContent, Rag } from '@eqia/core/objectives';
import type { EqiaClient, ObjectiveView, ProgressInput } from '@eqia/sdk';
import * as z from 'zod';
import {
  type OptionValues,
  parseCommandArgs,
  parseDateOption,
  requireOption,
  requireOptions,
  requirePositional,
} from '../args.js';
import type { Command } from '../command.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { readInputJson } from '../input-file.js';
import { msg } from '../messages/ui-language.js';
import { objectivesTable, objectiveText, titlesInRunLanguage } from '../objectives/objective-text.js';
import { warnOfObjectivesWelsh, warnOfProfileWelsh } from '../objectives/welsh-gaps.js';
import { withClient } from '../open-client.js';
import { writeJson } from '../output/json.js';
import { documentLanguages } from '../output/languages.js';
import { say } from '../output/say.js';
import { wrapToTerminal } from '../output/table.js';
import { asRead } from '../output/terminal-text.js';
import { needsFile, outputOptions, writeOutput } from '../output/write-output.js';
import { ensureCanPrompt } from '../prompt-guard.js';
import { UsageError } from '../usage-error.js';

/** Files are strict, so a misspelt field is an error rather than silently dropped. */
const ObjectiveFile = z.strictObject(ObjectiveContent.shape);
const ChangesFile = z.strictObject(ObjectiveChanges.shape);

const options = {
  answers: { type: 'string' },
  id: { type: 'string' },
  comment: { type: 'string' },
  reason: { type: 'string' },
  rag: { type: 'string' },
  narrative: { type: 'string' },
  'as-of': { type: 'string' },
  'what-changed': { type: 'string' },
  value: { type: 'string', multiple: true },
  'milestone-done': { type: 'string', multiple: true },
  outcome: { type: 'string' },
  note: { type: 'string' },
  'superseded-by': { type: 'string' },
  format: { type: 'string', short: 'f' },
  lang: { type: 'string' },
  ...outputOptions,
} as const;
type Values = OptionValues<typeof options> & { json?: boolean | undefined };

export const command: Command = {
  help: () => msg.help.commands.objectives,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, options);
    const [action = 'list'] = positionals;
    const read = action === 'list' || action === 'show' || action === 'report';
    return withClient(ctx, values, read ? 'read' : 'write', async ({ client }) => {
      if (action === 'report') {
        const asOf = values['as-of']
          ? parseDateOption('as-of', values['as-of'])
          : ctx.now().toISOString().slice(0, 10);
        await writeOutput(ctx, values, await boardReport(ctx, client, asOf, values));
        return ExitCode.ok;
      }
      if (action === 'list') {
        const summaries = await client.objectives.list();
        if (values.json) writeJson(ctx, summaries);
        else if (summaries.length === 0) say(ctx, msg.objectives.none);
        else {
          const table = objectivesTable(summaries, client.profile, await titlesInRunLanguage(client));
          ctx.write(wrapToTerminal(`${table}\n`, ctx.columns()));
        }
        return ExitCode.ok;
      }
      const id = action === 'new' ? undefined : requirePositional(ctx, positionals, 1, 'objective-id');
      const view = await perform(ctx, client, action, id, values);
      if (values.json) writeJson(ctx, view);
      else if (action === 'show')
        ctx.write(wrapToTerminal(objectiveText(view, client.profile), ctx.columns()));
      else
        say(
          ctx,
          `✓ ${msg.objectives.saved({
            done: doneWords(action),
            title: view.objective.title,
            id: view.objective.id,
            version: view.version,
          })}`,
        );
      return ExitCode.ok;
    });
  },
};

/** What an action did, in a word or two: "Approved". */
function doneWords(action: string): string {
  const done: Readonly<Record<string, string>> = msg.objectives.done;
  return Object.hasOwn(done, action) ? (done[action] as string) : msg.objectives.done.other;
}

async function perform(
  ctx: CliContext,
  client: EqiaClient,
  action: string,
  id: string | undefined,
  values: Values,
): Promise<ObjectiveView> {
  const objectives = client.objectives;
  // What a missing option's message names: the action with the command (`eqia objectives close`).
  const typed = { command: `${ctx.command} ${action}` };
  switch (action) {
    case 'show':
      return objectives.get(id ?? '');
    case 'new': {
      const file = requireOption(typed, values.answers, 'answers', 'file');
      const json = await readInputJson(ctx, file, 'objective');
      const content = parseWith(ObjectiveFile, json, msg.objectives.objectiveFile({ file: nameOf(file) }), {
        unknownKeys: 'refuse',
      });
      return objectives.create(content, values.id ? { id: values.id } : {});
    }
    case 'edit': {
      const file = requireOption(typed, values.answers, 'answers', 'file');
      const json = await readInputJson(ctx, file, 'changes');
      return objectives.edit(
        id ?? '',
        parseWith(ChangesFile, json, msg.objectives.changesFile({ file: nameOf(file) }), {
          unknownKeys: 'refuse',
        }),
      );
    }
    case 'submit':
      return objectives.submit(id ?? '');
    case 'approve':
      return objectives.approve(id ?? '', values.comment ? { comment: values.comment } : {});
    case 'request-changes':
      return objectives.requestChanges(id ?? '', {
        reason: requireOption(typed, values.reason, 'reason', 'text'),
      });
    case 'progress':
      return objectives.recordProgress(id ?? '', await progressInput(ctx, client, id ?? '', values));
    case 'close': {
      const { outcome, note } = requireOptions(
        typed,
        { outcome: values.outcome, note: values.note },
        { outcome: 'met|closed|superseded', note: 'text' },
      );
      if (outcome !== 'met' && outcome !== 'closed' && outcome !== 'superseded')
        throw new UsageError(msg.objectives.badOutcome);
      return objectives.close(id ?? '', {
        outcome,
        note,
        ...(values['superseded-by'] && { supersededBy: values['superseded-by'] }),
      });
    }
    default:
      throw new UsageError(msg.objectives.unknownAction({ action }));
  }
}

const formats = ['html', 'md', 'json', 'docx'] as const;

/** The Board's progress report as of a day, in the format asked (or the --out file's extension). */
async function boardReport(
  ctx: CliContext,
  client: EqiaClient,
  asOf: string,
  values: Values,
): Promise<string | Uint8Array> {
  const extension = values.out?.split('.').pop()?.toLowerCase();
  const format = values.format ?? formats.find((candidate) => candidate === extension) ?? 'md';
  if (!(formats as readonly string[]).includes(format))
    throw new UsageError(msg.objectives.badFormat({ formats: formats.join(', ') }));
  needsFile(format, values.out);
  // Asked before the objectives are read, so a wrong language is refused first.
  const locales = format === 'json' ? [] : await documentLanguages(ctx, values.lang, client.profile);
  const report = await import('@eqia/report');
  const objectives = await client.objectives.all();
  const board = report.buildBoardReport({
    objectives,
    asOf,
    now: ctx.now().toISOString(),
    profile: client.profile,
  });
  const shown = new Set(board.objectives.map((entry) => entry.id));
  warnOfProfileWelsh(ctx, client.profile);
  warnOfObjectivesWelsh(ctx, client.profile, objectives, shown);
  if (format === 'json') return `${report.renderBoardReportJson(board)}\n`;
  const languages = await report.reportLanguages(locales);
  if (format === 'docx') return report.renderBoardReportDocx(board, client.profile, languages);
  return format === 'html'
    ? report.renderBoardReportHtml(board, client.profile, languages)
    : asRead(ctx, values, report.renderBoardReportMarkdown(board, client.profile, languages));
}

const nameOf = (file: string) => (file === '-' ? msg.objectives.standardInput : file);

/** From the flags when --rag is given, else asked (in a terminal). */
async function progressInput(
  ctx: CliContext,
  client: EqiaClient,
  id: string,
  values: Values,
): Promise<ProgressInput> {
  const today = ctx.now().toISOString().slice(0, 10);
  if (values.rag === undefined) {
    ensureCanPrompt(ctx, msg.flagWords.progressFlags, msg.objectives.progressFlags);
    // Loaded only to ask: the prompts bring Ink and React, which no other action here needs.
    const { askProgress } = await import('../objectives/ask-progress.js');
    return askProgress((await client.objectives.get(id)).objective, today);
  }
  const rag = Rag.safeParse(values.rag);
  if (!rag.success) throw new UsageError(msg.objectives.badRag({ values: Rag.options.join(', ') }));
  return {
    asOf: values['as-of'] ? parseDateOption('as-of', values['as-of']) : today,
    rag: rag.data,
    narrative: requireOption({ command: `${ctx.command} progress` }, values.narrative, 'narrative', 'text'),
    ...(values['what-changed'] && { whatChanged: values['what-changed'] }),
    values: (values.value ?? []).map(indicatorValue),
    milestonesDone: values['milestone-done'] ?? [],
  };
}

function indicatorValue(text: string) {
  const [measure = '', value = ''] = text.split('=');
  if (!measure || value.trim() === '' || !Number.isFinite(Number(value)))
    throw new UsageError(msg.objectives.badValue({ text }));
  return { measure, value: Number(value) };
}
