import type { Frozen } from '@eqia/core';
import type { Profile } from '@eqia/core/light';

/** A person as people know them: the profile's name for a user id (the id itself for someone unknown). */
export const personName = (profile: Frozen<Profile>, id: string): string =>
  profile.users.find((user) => user.id === id)?.name ?? id;
