import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { VerifyResult } from '@eqia/sdk';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { namingFile } from '../file-errors.js';
import { withClient } from '../open-client.js';
import { writeJson } from '../output/json.js';
import { createStyle } from '../output/style.js';
import { isZip, wordText } from '../output/word-text.js';
import { UsageError } from '../usage-error.js';

export const command: Command = {
  help: `Usage: eqia verify [<id>…] [--json]
       eqia verify --document <file> [--json]

Check the record of the given assessments (all of them, the profile's change log and every equality
objective's log when none is given): the audit hash chain,
that the log replays to what is stored, and the signature of every sign-off against the key its
signer held then (unsigned, invalid and revoked ones are listed). Exit 10 when any history was edited,
removed or reordered, or a sign-off's signature is missing where it must be, invalid or revoked.

  --document <file>  check a published copy (HTML, Markdown, Word or JSON from \`eqia export\`, or
                     any file with its verification reference) against the store: it matches (and
                     what was recorded since is listed), or entries were removed from the end of the
                     log, or the log was rewritten (exit 10)`,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, { document: { type: 'string' } });
    if (values.document !== undefined) return verifyDocument(ctx, values, values.document);
    return withClient(ctx, values, 'read', async ({ client }) => {
      const ids = positionals.length ? positionals : (await client.list()).map((summary) => summary.id);
      const results: { id: string; result: VerifyResult }[] = [];
      for (const id of ids) results.push({ id, result: await client.verify(id) });
      const failed = results.filter(({ result }) => !result.ok);
      if (values.json) writeJson(ctx, results);
      else {
        const style = createStyle(ctx.color);
        for (const { id, result } of results) {
          ctx.write(
            result.ok
              ? `${style.green('✓')} ${id}: ${result.entries} log ${result.entries === 1 ? 'entry verifies' : 'entries verify'}${signedNote(result)}\n`
              : `${style.red('✗')} ${id}: entry ${result.index + 1} does not verify: ${result.reason}\n`,
          );
          for (const check of result.signatures.filter((candidate) => candidate.status !== 'signed'))
            ctx.write(`    ${check.type} by ${check.by} at ${check.at}: ${check.status} (${check.reason})\n`);
        }
        if (!results.length) ctx.write('No assessments to verify.\n');
      }
      if (positionals.length) return failed.length ? ExitCode.tampered : ExitCode.ok;
      // Verifying everything covers the profile's change log too.
      const profile = await client.verifyProfile();
      if (!values.json) {
        const style = createStyle(ctx.color);
        ctx.write(
          profile.ok
            ? `${style.green('✓')} profile: ${profile.entries} recorded ${profile.entries === 1 ? 'change verifies' : 'changes verify'}\n`
            : `${style.red('✗')} profile: change ${profile.index + 1} does not verify: ${profile.reason}\n`,
        );
      }
      const objectives = [];
      for (const { id } of await client.objectives.list())
        objectives.push({ id, result: await client.objectives.verify(id) });
      if (!values.json) {
        const style = createStyle(ctx.color);
        for (const { id, result } of objectives)
          ctx.write(
            result.ok
              ? `${style.green('✓')} objective ${id}: ${result.entries} log ${result.entries === 1 ? 'entry verifies' : 'entries verify'}\n`
              : `${style.red('✗')} objective ${id}: entry ${result.index + 1} does not verify: ${result.reason}\n`,
          );
      }
      const brokenObjective = objectives.some(({ result }) => !result.ok);
      return failed.length || !profile.ok || brokenObjective ? ExitCode.tampered : ExitCode.ok;
    });
  },
};

/** How many sign-offs carry a valid signature, when there are any. */
function signedNote({ signatures }: VerifyResult): string {
  if (signatures.length === 0) return '';
  const signed = signatures.filter((check) => check.status === 'signed').length;
  return `; ${signed} of ${signatures.length} sign-offs signed`;
}

async function verifyDocument(
  ctx: CliContext,
  flags: { store?: string | undefined; user?: string | undefined; json?: boolean | undefined },
  file: string,
): Promise<ExitCode> {
  const path = resolve(ctx.cwd, file);
  const bytes = await readFile(path).catch((error: unknown) => {
    throw namingFile(error, path);
  });
  const text = isZip(bytes) ? wordText(bytes) : bytes.toString('utf8');
  if (text === undefined)
    throw new UsageError(
      `${file} is a zip file but not a readable Word document: give the .docx, HTML, Markdown or JSON that \`eqia export\` wrote.`,
    );
  const { findReference, logReference, parseExportDocument } = await import('@eqia/core');
  const reference = text.trimStart().startsWith('{')
    ? (() => {
        const exported = parseExportDocument(text);
        return logReference(exported.assessment.id, exported.events);
      })()
    : findReference(text);
  if (!reference)
    throw new UsageError(
      `${file} carries no verification reference (eqia-verify:…): only copies made by \`eqia export\` since references were added do.`,
    );
  return withClient(ctx, flags, 'read', async ({ client }) => {
    const verdict = await client.verifyReference(reference);
    if (flags.json) writeJson(ctx, { file, reference, ...verdict });
    else {
      const style = createStyle(ctx.color);
      const what = `${file} (${reference.assessment}, version ${reference.version})`;
      if (verdict.status === 'matches') {
        const since = verdict.since.map(
          (change) => `\n  ${change.seq}. ${change.type} by ${change.by} at ${change.at}`,
        );
        ctx.write(
          `${style.green('✓')} ${what} matches the store${since.length ? `; recorded since:${since.join('')}` : ', and nothing was recorded since'}\n`,
        );
      } else if (verdict.status === 'truncated')
        ctx.write(
          `${style.red('✗')} ${what}: ${verdict.missing === 1 ? '1 entry was' : `${verdict.missing} entries were`} removed from the end of its log since this copy was made: the store no longer holds what was published\n`,
        );
      else
        ctx.write(
          `${style.red('✗')} ${what}: the store's log at version ${reference.version} is not the one this copy was made from: its history was rewritten\n`,
        );
    }
    return verdict.status === 'matches' ? ExitCode.ok : ExitCode.tampered;
  });
}
