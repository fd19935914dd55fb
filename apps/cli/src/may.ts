import type { Assessment } from '@eqia/core';
import { authorise, type Profile } from '@eqia/core/light';

type Acting = Profile['users'][number];

/**
 * Ask core's authorise, before the first question, whether this user may do this to the assessment:
 * nobody is asked for an answer, or an attestation, that would then be refused.
 */
export function refusal(
  user: Acting,
  assessment: Assessment,
  type: 'edit' | 'approve' | 'requestChanges',
  stage = '',
) {
  const by = { id: user.id, roles: user.roles };
  return authorise(by, assessment, { type, by, at: '', stage } as never);
}
