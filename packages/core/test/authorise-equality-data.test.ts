import { describe, expect, it } from 'vitest';
import { type Actor, authoriseEqualityData, ForbiddenError, Role } from '../src/index.js';

// The organisation's equality data (workforce, caseload, pay gaps) is recorded by an equality lead or an
// admin; anyone else is refused with a reason that names them and who may.

describe('who may record equality data', () => {
  it('is an equality lead or an admin, whatever other roles they hold', () => {
    for (const roles of [['equality_lead'], ['admin'], ['viewer', 'admin'], ['author', 'equality_lead']])
      expect(authoriseEqualityData({ id: 'nia', roles } as Actor), roles.join()).toBeUndefined();
  });

  it('is nobody else: each other role, and someone with no role', () => {
    const others = Role.options.filter((role) => role !== 'equality_lead' && role !== 'admin');
    expect(others).toEqual(['author', 'contributor', 'approver', 'viewer']);
    for (const roles of [...others.map((role) => [role]), others, []]) {
      const refusal = authoriseEqualityData({ id: 'zed', roles });
      expect(refusal, roles.join()).toBeInstanceOf(ForbiddenError);
      expect(refusal?.message).toBe(
        'zed may not record equality data: only an equality lead or an admin may.',
      );
    }
  });
});
