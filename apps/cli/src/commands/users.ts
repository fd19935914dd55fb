import type { Profile, User } from '@eqia/core';
import { parseCommandArgs, requireOption, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { openExistingStore, withClient } from '../open-client.js';
import { writeJson } from '../output/json.js';
import { formatTable } from '../output/table.js';
import { parseRoles } from '../roles.js';
import { UsageError } from '../usage-error.js';

export const command: Command = {
  help: `Usage: eqia users [list] [--json]
       eqia users add <id> --name <name> --roles <list> [--job-title <text>]
       eqia users remove <id>
       eqia users roles <id> --roles <list>

Who may do what. Changing users needs the admin role (the very first user can be added by anyone).`,
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
      ctx.write(`✓ Added ${id}.\n`);
      return ExitCode.ok;
    }
    await store.close();
    return withClient(ctx, values, 'write', async ({ client }) => {
      await client.updateProfile(recipe);
      ctx.write(`✓ ${action === 'add' ? 'Added' : action === 'remove' ? 'Removed' : 'Updated'} ${id}.\n`);
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
    if (!user) throw new UsageError(`There is no user "${id}": \`eqia users\` lists them.`);
    return user;
  };
  switch (action) {
    case 'add': {
      const user: User = {
        id,
        name: requireOption(ctx, values.name, 'name', 'full name'),
        jobTitle: values['job-title'] ?? '',
        roles: parseRoles(requireOption(ctx, values.roles, 'roles', 'list')),
      };
      return (draft) => {
        if (draft.users.some((candidate) => candidate.id === id))
          throw new UsageError(`There is already a user "${id}": use \`eqia users roles ${id} --roles …\`.`);
        draft.users.push(user);
      };
    }
    case 'remove':
      return (draft) => {
        find(draft);
        draft.users = draft.users.filter((candidate) => candidate.id !== id);
      };
    case 'roles': {
      const roles = parseRoles(requireOption(ctx, values.roles, 'roles', 'list'));
      return (draft) => {
        find(draft).roles = roles;
      };
    }
    default:
      throw new UsageError(`Unknown action "${action}": use list, add, remove or roles.`);
  }
}

async function listUsers(ctx: CliContext, storeFlag: string | undefined, json: boolean | undefined) {
  const store = await openExistingStore(ctx, storeFlag);
  const profile = await store.readProfile().finally(() => store.close());
  const users = profile?.users ?? [];
  if (json) writeJson(ctx, users);
  else if (users.length === 0)
    ctx.write('No users yet: `eqia users add <id> --name "…" --roles admin,author`.\n');
  else
    ctx.write(
      `${formatTable(
        ['ID', 'NAME', 'ROLES', 'JOB TITLE'],
        users.map((user) => [user.id, user.name, user.roles.join(','), user.jobTitle]),
      )}\n`,
    );
  return ExitCode.ok;
}
