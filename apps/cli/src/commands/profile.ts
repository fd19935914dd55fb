import { inSentence, parseProfile, profileCharacteristics, profileInWelsh, type Role } from '@eqia/core';
import { commaList, parseCommandArgs, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { readInputJson } from '../input-file.js';
import { msg, uiLocale, useProfileLanguage } from '../messages/ui-language.js';
import { uiWords } from '../messages/ui-words.js';
import { warnOfProfileWelsh } from '../objectives/welsh-gaps.js';
import { openExistingStore, withClient } from '../open-client.js';
import { writeJson } from '../output/json.js';
import { say } from '../output/say.js';
import { wrapToTerminal } from '../output/table.js';
import { marks } from '../output/welsh-marks.js';
import { refreshAfterProfileChange } from '../refresh-digests.js';
import { UsageError } from '../usage-error.js';

export const command: Command = {
  help: () => msg.help.commands.profile,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, { 'welsh-current': { type: 'string' } });
    const [action = 'show'] = positionals;
    // The text keys whose Welsh is still right for their English as it is (after the file, if one is given).
    const welshCurrent = commaList(values['welsh-current']);
    if (action === 'set') {
      const file =
        welshCurrent.length > 0 && positionals[1] === undefined
          ? undefined
          : requirePositional(ctx, positionals, 1, 'file');
      const next = file === undefined ? undefined : parseProfile(await readInputJson(ctx, file, 'profile'));
      return withClient(ctx, values, 'write', async ({ client }) => {
        const before = client.profile;
        const stored = await client.updateProfile(
          (draft) => {
            if (!next) return;
            // The file is the whole profile: an optional part it leaves out (`welsh`, `languages`) goes.
            for (const key of Object.keys(draft)) if (!(key in next)) delete draft[key as keyof typeof draft];
            Object.assign(draft, next);
          },
          { welshCurrent },
        );
        // Said in the language of the profile now stored: a body that has just made Welsh its default reads Welsh.
        await useProfileLanguage(stored);
        if (file !== undefined) say(ctx, `✓ ${msg.profile.replaced({ file })}`);
        if (welshCurrent.length > 0)
          say(ctx, `✓ ${msg.profile.welshConfirmed({ keys: welshCurrent.join(', ') })}`);
        // As stored: with the fingerprints eqia recorded (`welshOf`), which the file has no say in.
        warnOfProfileWelsh(ctx, stored);
        await refreshAfterProfileChange(ctx, client, before);
        return ExitCode.ok;
      });
    }
    if (action !== 'show') throw new UsageError(msg.profile.unknownAction({ action }));
    if (values['welsh-current'] !== undefined) throw new UsageError(msg.profile.welshCurrentOnSet);
    const store = await openExistingStore(ctx, values.store);
    const stored = await store.readProfile().finally(() => store.close());
    if (!stored) throw new UsageError(msg.profile.none);
    await useProfileLanguage(stored);
    if (values.json) {
      writeJson(ctx, stored);
      return ExitCode.ok;
    }
    const words = uiWords();
    const p = msg.profile;
    // In Welsh, the profile's own texts in its Welsh where written, else in English marked as English, as
    // `show` marks an author's (the JSON above stays as stored).
    const profile = uiLocale === 'en' ? stored : profileInWelsh(stored, marks).profile;
    // A user's roles as ids in English, which `eqia users` takes; by their labels in Welsh, whose ids are English words.
    const roleNames = (roles: readonly Role[]) =>
      uiLocale === 'en'
        ? roles.join(',')
        : roles.map((role) => inSentence(words.label('role', role))).join(', ');
    ctx.write(
      wrapToTerminal(
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
          p.users({ names: profile.users.map((u) => `${u.id} (${roleNames(u.roles)})`).join(', ') || '—' }),
        ].join('\n') + '\n',
        ctx.columns(),
      ),
    );
    return ExitCode.ok;
  },
};
