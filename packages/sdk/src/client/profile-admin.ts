import { mayManageProfile, type Profile, parseProfile, ValidationError } from '@eqia/core';
import { produce } from 'immer';
import { type ClientContext, userIn } from './context.js';

/**
 * Changes the profile (users, roles, approval chain, rule severities): admins only, validated whole,
 * written to the store. Assessments keep the approval chain they were created with. A change that leaves
 * no admin is refused, since nobody could then undo it.
 */
export async function updateProfile(
  context: ClientContext,
  recipe: (draft: Profile) => void,
): Promise<Profile> {
  const current = await context.profile();
  const refusal = mayManageProfile(userIn(current, context.userId), 'change the profile');
  if (refusal) throw refusal;
  const next = parseProfile(produce(current, recipe));
  if (!next.users.some((user) => user.roles.includes('admin'))) {
    throw new ValidationError(
      'The profile would have no admin left, so nobody could manage it: keep the admin role on at least one user.',
    );
  }
  await context.store.writeProfile(next);
  context.setProfile(next);
  return next;
}
