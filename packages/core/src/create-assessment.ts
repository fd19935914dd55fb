import { profileCharacteristics } from './catalogue/profile-characteristics.js';
import type { Assessment } from './schema/assessment.js';
import type { IsoDateTime, UserId } from './schema/common.js';
import type { Profile } from './schema/profile.js';
import { parseAssessment } from './validation.js';

export interface NewAssessment {
  id: string;
  title: string;
  createdBy: UserId;
  createdAt: IsoDateTime;
  profile: Profile;
}

/**
 * A fresh assessment: every characteristic of the profile listed as `not_assessed`, so that nothing is
 * silently neutral, and the profile's approval chain pinned to it.
 */
export function createAssessment({ id, title, createdBy, createdAt, profile }: NewAssessment): Assessment {
  const analysis = Object.fromEntries(
    profileCharacteristics(profile).map((c) => [c.id, { status: 'not_assessed' }]),
  );
  return parseAssessment({
    schemaVersion: 1,
    id,
    revision: 1,
    createdBy,
    createdAt,
    approvalChain: profile.approvalChain,
    policy: { title, owner: createdBy },
    analysis,
  });
}
