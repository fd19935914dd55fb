import { workedExample } from '@eqia/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type AnyEqiaError, attempt, isEqiaError } from '../src/errors.js';
import { world } from './client-setup.js';

const id = workedExample.id;

/** What a UI does with an error: each case reads what only that class carries. */
function explain(error: unknown): string {
  if (!isEqiaError(error)) return 'a bug';
  switch (error.code) {
    case 'VALIDATION':
      return error.issues.map((issue) => issue.path).join(', ');
    case 'BLOCKED_BY_FINDINGS':
      return `${error.findings.length} findings`;
    case 'INVALID_TRANSITION':
      return `${error.event} in ${error.state}`;
    case 'CONFLICT':
      return `conflict at ${error.actualVersion}`;
    case 'STORE_BUSY':
      return `busy: ${error.location}${error.retryable ? ', retry' : ''}`;
    case 'STORAGE_FAILED':
      return `storage failed at ${error.location}`;
    case 'STORE_CORRUPT':
      return error.location;
    case 'UNSUPPORTED_VERSION':
      return String(error.found);
    case 'TAMPERED':
      return `entry ${error.index}`;
    case 'UNAVAILABLE':
      return `unavailable, ${error.written} written`;
    case 'CANCELLED':
      return `cancelled (${error.name})`;
    default:
      expectTypeOf(error).toEqualTypeOf<Extract<AnyEqiaError, { code: 'NOT_FOUND' | 'FORBIDDEN' }>>();
      return error.message;
  }
}

describe('errors a UI can rely on', () => {
  it('narrows each code to its class', async () => {
    const w = world();
    const amara = await w.as('amara');
    await amara.create({ id, title: 'Video hearings' });
    await amara.screen(id, { kind: 'full_assessment', rationale: 'Every family is affected.' });
    const refused = await amara.submit(id).catch((error: unknown) => error);
    expect(explain(refused)).toMatch(/^\d+ findings$/);
    expect(explain(await amara.approve(id).catch((error: unknown) => error))).toBe('approve in assessing');
    expect(explain(new Error('boom'))).toBe('a bug');
  });

  it('gives a command its outcome as a value, and still throws what is not an eqia error', async () => {
    const w = world();
    const amara = await w.as('amara');
    const created = await attempt(() => amara.create({ id, title: 'Video hearings' }));
    expect(created).toMatchObject({ success: true, data: { summary: { id } } });
    const again = await attempt(() => amara.create({ id, title: 'Video hearings' }));
    expect(again).toMatchObject({ success: false, error: { code: 'CONFLICT' } });
    await expect(attempt(() => Promise.reject(new TypeError('a bug')))).rejects.toThrow('a bug');
  });

  it('recognises the errors of another installed copy of eqia', async () => {
    // The same module loaded again is what a second copy in node_modules is: classes of its own.
    // @ts-expect-error: the query is vite's, which loads the file again as a module of its own.
    const other: typeof import('../../core/src/errors.js') = await import('../../core/src/errors.ts?copy');
    const foreign = new other.ConflictError('Someone else saved first.', 1, 2);
    const { ConflictError } = await import('@eqia/core');
    expect(foreign instanceof ConflictError).toBe(false);
    expect(isEqiaError(foreign)).toBe(true);
    expect(isEqiaError({ code: 'CONFLICT', message: 'looks like one' })).toBe(false);
  });
});
