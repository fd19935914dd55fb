import { inSentence, parseProfile, profileCharacteristics } from '@eqia/core';
import { parseCommandArgs, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { readInputJson } from '../input-file.js';
import { msg, useProfileLanguage } from '../messages/ui-language.js';
import { uiWords } from '../messages/ui-words.js';
import { openExistingStore, withClient } from '../open-client.js';
import { writeJson } from '../output/json.js';
import { UsageError } from '../usage-error.js';

export const command: Command = {
  help: () => msg.help.commands.profile,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, {});
    const [action = 'show'] = positionals;
    if (action === 'set') {
      const file = requirePositional(ctx, positionals, 1, 'file');
      const next = parseProfile(await readInputJson(ctx.cwd, file, 'profile'));
      return withClient(ctx, values, 'write', async ({ client }) => {
        await client.updateProfile((draft) => {
          Object.assign(draft, next);
        });
        // Said in the language of the profile now stored: a body that has just made Welsh its default reads Welsh.
        await useProfileLanguage(next);
        ctx.write(`✓ ${msg.profile.replaced({ file })}\n`);
        return ExitCode.ok;
      });
    }
    if (action !== 'show') throw new UsageError(msg.profile.unknownAction({ action }));
    const store = await openExistingStore(ctx, values.store);
    const profile = await store.readProfile().finally(() => store.close());
    if (!profile) throw new UsageError(msg.profile.none);
    await useProfileLanguage(profile);
    if (values.json) {
      writeJson(ctx, profile);
      return ExitCode.ok;
    }
    const words = uiWords();
    const p = msg.profile;
    ctx.write(
      [
        `${profile.name} — ${profile.organisation}`,
        p.characteristics({
          names: profileCharacteristics(profile)
            .map((c) => words.characteristic(c).label)
            .join(', '),
        }),
        p.audiences({ names: profile.audiences.map((a) => a.label).join(', ') }),
        p.stakeholders({ names: profile.stakeholders.map((s) => s.name).join(', ') || '—' }),
        p.chain({
          stages: profile.approvalChain
            .map((s) => `${s.label} (${inSentence(words.label('role', s.role))})`)
            .join(' → '),
        }),
        p.intervals({ review: profile.reviewIntervalMonths, freshness: profile.evidenceFreshnessMonths }),
        p.users({ names: profile.users.map((u) => `${u.id} (${u.roles.join(',')})`).join(', ') || '—' }),
      ].join('\n') + '\n',
    );
    return ExitCode.ok;
  },
};
