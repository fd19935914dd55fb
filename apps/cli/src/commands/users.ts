import type { Profile, User } from '@eqia/core';
import { parseCommandArgs, requireOption, requireOptions, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { msg } from '../messages/ui-language.js';
import { checkNewUserId } from '../new-id.js';
import { openExistingStore, withClient } from '../open-client.js';
import { writeJson } from '../output/json.js';
import { say } from '../output/say.js';
import { formatTable } from '../output/table.js';
import { refreshAfterProfileChange } from '../refresh-digests.js';
import { parseRoles } from '../roles.js';
import { UsageError } from '../usage-error.js';

export const command: Command = {
  help: () => msg.help.commands.users,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, {
      name: { type: 'string' },
      roles: { type: 'string' },
      'job-title': { type: 'string' },
    });
    const [action = 'list'] = positionals;
    if (action === 'list') return listUsers(ctx, values.store, values.json);
    const id = requirePositional(ctx, positionals, 1, 'user-id');
    const recipe = userRecipe(ctx, action, id, values);
    const store = await openExistingStore(ctx, values.store);
    const profile = await store.readProfile();
    if (profile && profile.users.length === 0 && action === 'add') {
      // Bootstrapping: nobody exists yet to act as admin, so the first user is written directly.
      const next = structuredClone(profile);
      recipe(next);
      await store.writeProfile(next);
      await store.close();
      say(ctx, `✓ ${msg.users.added({ id })}`);
      return ExitCode.ok;
    }
    await store.close();
    return withClient(ctx, values, 'write', async ({ client }) => {
      const before = client.profile;
      await client.updateProfile(recipe);
      const done =
        action === 'add' ? msg.users.added : action === 'remove' ? msg.users.removed : msg.users.updated;
      say(ctx, `✓ ${done({ id })}`);
      await refreshAfterProfileChange(ctx, client, before);
      return ExitCode.ok;
    });
  },
};

function userRecipe(
  ctx: CliContext,
  action: string,
  id: string,
  values: { name?: string | undefined; roles?: string | undefined; 'job-title'?: string | undefined },
): (draft: Profile) => void {
  const find = (draft: Profile): User => {
    const user = draft.users.find((candidate) => candidate.id === id);
    if (!user) throw new UsageError(msg.users.noSuchUser({ id }));
    return user;
  };
  switch (action) {
    case 'add': {
      const given = requireOptions(
        { command: `${ctx.command} add` },
        { name: values.name, roles: values.roles },
        { name: msg.users.fullName, roles: 'list' },
      );
      const user: User = {
        id: checkNewUserId(id),
        name: given.name,
        jobTitle: values['job-title'] ?? '',
        roles: parseRoles(given.roles),
      };
      return (draft) => {
        if (draft.users.some((candidate) => candidate.id === id))
          throw new UsageError(msg.users.alreadyUser({ id }));
        draft.users.push(user);
      };
    }
    case 'remove':
      return (draft) => {
        find(draft);
        draft.users = draft.users.filter((candidate) => candidate.id !== id);
      };
    case 'roles': {
      const roles = parseRoles(
        requireOption({ command: `${ctx.command} roles` }, values.roles, 'roles', 'list'),
      );
      return (draft) => {
        find(draft).roles = roles;
      };
    }
    default:
      throw new UsageError(msg.users.unknownAction({ action }));
  }
}

async function listUsers(ctx: CliContext, storeFlag: string | undefined, json: boolean | undefined) {
  const store = await openExistingStore(ctx, storeFlag);
  const profile = await store.readProfile().finally(() => store.close());
  const users = profile?.users ?? [];
  if (json) writeJson(ctx, users);
  else if (users.length === 0) say(ctx, msg.users.none);
  else
    ctx.write(
      `${formatTable(
        msg.users.headers,
        users.map((user) => [user.id, user.name, user.roles.join(','), user.jobTitle]),
        ctx.columns(),
      )}\n`,
    );
  return ExitCode.ok;
}
