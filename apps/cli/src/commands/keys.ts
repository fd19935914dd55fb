import { unlinkSync } from 'node:fs';
import type { Frozen, SigningKey } from '@eqia/core';
import { parseCommandArgs, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { keysDirectory, readKeyFiles, saveKeyFile } from '../keys/key-files.js';
import { msg } from '../messages/ui-language.js';
import { withClient } from '../open-client.js';
import { writeJson } from '../output/json.js';
import { say } from '../output/say.js';
import { formatTable } from '../output/table.js';
import { UsageError } from '../usage-error.js';

export const command: Command = {
  help: () => msg.help.commands.keys,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, {
      'valid-until': { type: 'string' },
      reason: { type: 'string' },
    });
    const [action = 'list'] = positionals;
    switch (action) {
      case 'list':
        return listKeys(ctx, values);
      case 'create':
        return createKey(ctx, values, values['valid-until']);
      case 'revoke': {
        const keyId = requirePositional(ctx, positionals, 1, 'key-id');
        return withClient(ctx, values, 'write', async ({ client }) => {
          const key = await client.revokeKey(keyId, values.reason ? { reason: values.reason } : {});
          say(ctx, `✓ ${msg.keys.revoked({ id: key.id, user: key.user, at: key.revokedAt ?? '' })}`);
          return ExitCode.ok;
        });
      }
      default:
        throw new UsageError(msg.keys.unknownAction({ action }));
    }
  },
};

type Flags = { store?: string | undefined; user?: string | undefined; json?: boolean | undefined };

async function createKey(ctx: CliContext, flags: Flags, validUntil: string | undefined): Promise<ExitCode> {
  const directory = await keysDirectory(ctx);
  if (!directory) throw new UsageError(msg.keys.nowhere);
  const until = validUntil === undefined ? undefined : new Date(`${validUntil}T00:00:00Z`);
  if (until && Number.isNaN(until.getTime())) throw new UsageError(msg.keys.badValidUntil);
  return withClient(ctx, flags, 'write', async ({ client, store }) => {
    const { generateSigningKey } = await import('@eqia/sdk');
    const pair = await generateSigningKey();
    const user = client.user.id;
    const keyId = `${user}-${pair.publicKey.slice(0, 12)}`;
    // The private key is kept first: a registered key nobody holds could sign nothing.
    const path = saveKeyFile(directory, {
      keyId,
      user,
      store: store.location,
      createdAt: ctx.now().toISOString(),
      ...pair,
    });
    try {
      await client.registerKey({
        id: keyId,
        publicKey: pair.publicKey,
        ...(until && { validUntil: until.toISOString() }),
      });
    } catch (error) {
      unlinkSync(path);
      throw error;
    }
    say(ctx, `✓ ${msg.keys.created({ id: keyId, user, path })}`);
    return ExitCode.ok;
  });
}

async function listKeys(ctx: CliContext, flags: Flags): Promise<ExitCode> {
  const here = new Set(readKeyFiles(await keysDirectory(ctx)).map((key) => key.keyId));
  return withClient(ctx, flags, 'read', async ({ client }) => {
    const keys = client.profile.keys.map((key) => ({ ...key, privateKeyHere: here.has(key.id) }));
    if (flags.json) writeJson(ctx, keys);
    else if (keys.length === 0) say(ctx, msg.keys.none);
    else
      ctx.write(
        `${formatTable(
          msg.keys.headers,
          keys.map((key) => [
            key.id,
            key.importedWith ? msg.keys.importedUser({ user: key.user }) : key.user,
            key.validFrom.slice(0, 10),
            key.validUntil?.slice(0, 10) ?? '',
            key.revokedAt
              ? msg.keys.revokedBy({ date: key.revokedAt.slice(0, 10), by: key.revokedBy ?? '?' })
              : '',
            key.privateKeyHere ? msg.keys.here : '',
          ]),
          ctx.columns(),
        )}\n${importedNote(keys)}`,
      );
    return ExitCode.ok;
  });
}

/** Keys that came with imported assessments are another store's signers': say what they are for. */
function importedNote(keys: Frozen<SigningKey[]>): string {
  const imported = keys.filter((key) => key.importedWith);
  if (imported.length === 0) return '';
  const uses = imported.map((key) => `${key.id} (${key.importedWith?.join(', ')})`).join('; ');
  return `${msg.keys.importedNote({ uses })}\n`;
}
