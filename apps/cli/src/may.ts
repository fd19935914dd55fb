import type { Assessment } from '@eqia/core';
import { authorise, type Frozen, type Profile, schemaTyped } from '@eqia/core/light';

type Acting = Frozen<Profile['users'][number]>;

/**
 * Ask core's authorise, before the first question, whether this user may do this to the assessment:
 * nobody is asked for an answer, or an attestation, that would then be refused.
 */
export function refusal(
  user: Acting,
  assessment: Frozen<Assessment>,
  type: 'edit' | 'approve' | 'requestChanges',
  stage = '',
) {
  const by = { id: user.id, roles: [...user.roles] };
  return authorise(by, schemaTyped<Assessment>(assessment), { type, by, at: '', stage } as never);
}
