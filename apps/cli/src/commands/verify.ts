import { resolve } from 'node:path';
import type { VerifyResult } from '@eqia/sdk';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { readInputFile } from '../input-file.js';
import { msg } from '../messages/ui-language.js';
import { withClient } from '../open-client.js';
import { writeJson } from '../output/json.js';
import { say } from '../output/say.js';
import { createStyle } from '../output/style.js';
import { isZip, wordText } from '../output/word-text.js';
import { UsageError } from '../usage-error.js';

export const command: Command = {
  help: () => msg.help.commands.verify,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, { document: { type: 'string' } });
    if (values.document !== undefined) return verifyDocument(ctx, values, values.document);
    return withClient(
      ctx,
      values,
      'read',
      async ({ client }) => {
        const ids = positionals.length ? positionals : (await client.list()).map((listing) => listing.id);
        const results: { id: string; result: VerifyResult }[] = [];
        for (const id of ids) results.push({ id, result: await client.verify(id) });
        const failed = results.filter(({ result }) => !result.ok);
        if (values.json) writeJson(ctx, results);
        else {
          const style = createStyle(ctx.color);
          for (const { id, result } of results) {
            say(
              ctx,
              result.ok
                ? `${style.green('✓')} ${id}: ${msg.verify.entries({ n: result.entries })}${signedNote(result)}`
                : `${style.red('✗')} ${id}: ${msg.verify.broken({ entry: result.index + 1, reason: result.reason })}`,
            );
            for (const check of result.signatures.filter((candidate) => candidate.status !== 'signed')) {
              const { signOffs, statuses } = msg.verify;
              const named = { ...check, type: signOffs[check.type], status: statuses[check.status] };
              say(ctx, `    ${msg.verify.signature(named)}`);
            }
          }
          if (!results.length) say(ctx, msg.verify.nothing);
        }
        if (positionals.length) return failed.length ? ExitCode.tampered : ExitCode.ok;
        // Verifying everything covers the profile's change log too.
        const profile = await client.verifyProfile();
        if (!values.json) {
          const style = createStyle(ctx.color);
          say(
            ctx,
            profile.ok
              ? `${style.green('✓')} ${msg.verify.profile}: ${msg.verify.profileChanges({ n: profile.entries })}`
              : `${style.red('✗')} ${msg.verify.profile}: ${msg.verify.profileBroken({ change: profile.index + 1, reason: profile.reason })}`,
          );
        }
        const objectives = [];
        for (const { id } of await client.objectives.list())
          objectives.push({ id, result: await client.objectives.verify(id) });
        if (!values.json) {
          const style = createStyle(ctx.color);
          for (const { id, result } of objectives)
            say(
              ctx,
              result.ok
                ? `${style.green('✓')} ${msg.verify.objective({ id })}: ${msg.verify.entries({ n: result.entries })}`
                : `${style.red('✗')} ${msg.verify.objective({ id })}: ${msg.verify.broken({ entry: result.index + 1, reason: result.reason })}`,
            );
        }
        const brokenObjective = objectives.some(({ result }) => !result.ok);
        return failed.length || !profile.ok || brokenObjective ? ExitCode.tampered : ExitCode.ok;
        // JSON is the same in every language: its reasons are English.
      },
      values.json ? 'en' : undefined,
    );
  },
};

/** How many sign-offs carry a valid signature, when there are any. */
function signedNote({ signatures }: VerifyResult): string {
  if (signatures.length === 0) return '';
  const signed = signatures.filter((check) => check.status === 'signed').length;
  return msg.verify.signed({ signed, of: signatures.length });
}

async function verifyDocument(
  ctx: CliContext,
  flags: { store?: string | undefined; user?: string | undefined; json?: boolean | undefined },
  file: string,
): Promise<ExitCode> {
  const path = resolve(ctx.cwd, file);
  const bytes = await readInputFile(path);
  const text = isZip(bytes) ? wordText(bytes) : bytes.toString('utf8');
  if (text === undefined) throw new UsageError(msg.verify.notWord({ file }));
  const [{ findReference, logReference }, { parseExportDocument }] = await Promise.all([
    import('@eqia/core'),
    import('@eqia/core/exchange'),
  ]);
  const reference = text.trimStart().startsWith('{')
    ? (() => {
        const exported = parseExportDocument(text);
        return logReference(exported.assessment.id, exported.events);
      })()
    : findReference(text);
  if (!reference) throw new UsageError(msg.verify.noReference({ file }));
  return withClient(ctx, flags, 'read', async ({ client }) => {
    const verdict = await client.verifyReference(reference);
    if (flags.json) writeJson(ctx, { file, reference, ...verdict });
    else {
      const style = createStyle(ctx.color);
      const what = msg.verify.document({ file, id: reference.assessment, version: reference.version });
      if (verdict.status === 'matches') {
        const since = verdict.since.map((change) => `\n  ${msg.verify.since(change)}`).join('');
        say(ctx, `${style.green('✓')} ${msg.verify.matches({ what, since })}`);
      } else if (verdict.status === 'truncated')
        say(ctx, `${style.red('✗')} ${msg.verify.truncated({ what, missing: verdict.missing })}`);
      else say(ctx, `${style.red('✗')} ${msg.verify.rewritten({ what, version: reference.version })}`);
    }
    return verdict.status === 'matches' ? ExitCode.ok : ExitCode.tampered;
  });
}
