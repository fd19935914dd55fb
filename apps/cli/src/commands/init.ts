import { cafcassProfile, defaultProfile, type Profile, parseProfile, Role } from '@eqia/core';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { type InputPlace, readInputJson } from '../input-file.js';
import { msg } from '../messages/ui-language.js';
import { checkNewUserId } from '../new-id.js';
import { chosenUser, refuseOldLayout } from '../open-client.js';
import { openStore, storeLocation } from '../open-store.js';
import { say } from '../output/say.js';
import { storePlace } from '../output/store-place.js';
import { createStyle } from '../output/style.js';
import { parseRoles } from '../roles.js';

export const command: Command = {
  help: () => msg.help.commands.init({ roles: Role.options.join(', ') }),
  async run(ctx) {
    const { values } = parseCommandArgs(ctx, {
      profile: { type: 'string' },
      name: { type: 'string' },
      roles: { type: 'string' },
    });
    const style = createStyle(ctx.color);
    let profile = await loadProfile(ctx, values.profile ?? 'default');
    const user = (await chosenUser(ctx, values.user))?.id;
    if (user && !profile.users.some((existing) => existing.id === user))
      profile = parseProfile({
        ...profile,
        users: [
          ...profile.users,
          {
            id: checkNewUserId(user),
            name: values.name ?? user,
            roles: parseRoles(values.roles ?? 'admin,author'),
          },
        ],
      });
    const location = await storeLocation(ctx, values.store);
    const store = await openStore(location, ctx.cwd);
    try {
      if (await store.exists()) {
        say(ctx, msg.init.exists({ location: storePlace(store.location) }));
        return ExitCode.ok;
      }
      await refuseOldLayout(ctx, location);
      await store.init({ profile });
      say(
        ctx,
        `${style.green('✓')} ${msg.init.created({ location: storePlace(store.location), profile: profile.name })}`,
      );
      say(ctx, user ? msg.init.nextNew({ user }) : msg.init.nextUser);
      return ExitCode.ok;
    } finally {
      await store.close();
    }
  },
};

async function loadProfile(place: InputPlace, name: string): Promise<Profile> {
  if (name === 'default') return defaultProfile;
  if (name === 'cafcass') return cafcassProfile;
  return parseProfile(await readInputJson(place, name, 'profile'));
}
