import { Role } from '@eqia/core';
import { commaList } from './args.js';
import { msg } from './messages/ui-language.js';
import { UsageError } from './usage-error.js';

/** "admin, author" → roles, refusing unknown ones by name. */
export function parseRoles(list: string): Role[] {
  const roles = commaList(list);
  const unknown = roles.filter((role) => !Role.safeParse(role).success);
  if (unknown.length || roles.length === 0)
    throw new UsageError(msg.flagWords.roles({ roles: Role.options.join(', '), given: unknown[0] ?? '' }));
  return roles as Role[];
}
