import { Role } from '@eqia/core';
import { msg } from './messages/ui-language.js';
import { UsageError } from './usage-error.js';

/** "admin, author" → roles, refusing unknown ones by name. */
export function parseRoles(list: string): Role[] {
  const roles = list
    .split(',')
    .map((role) => role.trim())
    .filter(Boolean);
  const unknown = roles.filter((role) => !Role.safeParse(role).success);
  if (unknown.length || roles.length === 0)
    throw new UsageError(msg.flagWords.roles({ roles: Role.options.join(', '), given: unknown[0] ?? '' }));
  return roles as Role[];
}
