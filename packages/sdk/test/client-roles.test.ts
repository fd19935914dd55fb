import {
  type Assessment,
  BlockedByFindingsError,
  ForbiddenError,
  type Profile,
  ValidationError,
  workedExample,
} from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { createClient } from '../src/client/create-client.js';
import { profile, world, writeWorkedExample } from './client-setup.js';

const id = workedExample.id;

/** The Cafcass profile plus people holding two roles at once, where self-review could slip through. */
const mixedProfile: Profile = {
  ...profile,
  users: [
    ...profile.users,
    { id: 'kim', name: 'Kim Lee', jobTitle: '', roles: ['author', 'equality_lead'] },
    { id: 'ada', name: 'Ada Shaw', jobTitle: '', roles: ['admin', 'equality_lead'] },
  ],
};

async function inReview() {
  const w = world({ profile: mixedProfile });
  await writeWorkedExample(await w.as('amara'));
  await (await w.as('amara')).submit(id);
  return w;
}

describe('who may do what', () => {
  it('refuses a user the profile does not know, naming the fix', async () => {
    const w = world();
    await expect(w.as('zoe')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[ForbiddenError: "zoe" is not a user of this profile (Cafcass example profile; users: amara, ben, julie, sam, nadia, owen, rachel, ops, val). An admin can add them with \`eqia users add zoe --name "…" --roles author\`.]`,
    );
    await expect(w.as('zoe')).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('refuses every read, the lists too, once a user is taken out of the profile, and a damaged profile', async () => {
    const w = world();
    await writeWorkedExample(await w.as('amara'));
    const val = await w.as('val');
    expect(await val.list()).toHaveLength(1);
    await w.store.writeProfile({ ...profile, users: profile.users.filter((user) => user.id !== 'val') });
    for (const read of [() => val.list(), () => val.dueForReview(), () => val.overdueActions()])
      await expect(read()).rejects.toThrow(/"val" is not a user of this profile/);
    const amara = await w.as('amara');
    expect(await amara.list()).toHaveLength(1);
    await w.store.writeProfile({ ...profile, approvalChain: [] } as unknown as Profile);
    await expect(amara.list()).rejects.toThrow(/The profile in the eqia store/);
  });

  it('lets viewers read but not write', async () => {
    const w = world();
    await writeWorkedExample(await w.as('amara'));
    const val = await w.as('val');
    expect((await val.get(id)).assessment.id).toBe(id);
    expect(await val.list()).toHaveLength(1);
    await expect(
      val.edit(id, 'policy', (p) => {
        p.scope = 'x';
      }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[ForbiddenError: val may not change assessment eqia-2026-007: val holds no author or contributor role (viewer).]`,
    );
    await expect(val.create({ title: 'Mine' })).rejects.toThrowErrorMatchingInlineSnapshot(
      `[ForbiddenError: val (viewer) may not create assessments: only authors, contributors and admins may. An admin can give them the author role.]`,
    );
    await expect(val.comment(id, { section: 'policy', body: 'Hm.' })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('lets authors and listed contributors edit, and nobody else', async () => {
    const w = world();
    const amara = await w.as('amara');
    const ben = await w.as('ben');
    const { assessment } = await amara.create({ title: 'Hybrid working for advisers' });
    await expect(
      ben.edit(assessment.id, 'policy', (p) => {
        p.scope = 'All staff';
      }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[ForbiddenError: ben may not change assessment id-1: ben is not its author, owner or a listed contributor: ask amara to add them to policy.contributors.]`,
    );
    await amara.edit(assessment.id, 'policy', (p) => void p.contributors.push('ben'));
    const edited = await ben.edit(assessment.id, 'policy', (p) => {
      p.scope = 'All staff';
    });
    expect(edited.assessment.policy.scope).toBe('All staff');
    // Admins fix records when people move on.
    const ops = await w.as('ops');
    await ops.edit(assessment.id, 'policy', (p) => {
      p.owner = 'ben';
    });
    // Reviewers without an author role do not write content.
    await expect(
      (await w.as('julie')).edit(assessment.id, 'policy', (p) => {
        p.scope = 'x';
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('refuses an approval at the wrong stage role, by the author, or by someone who edited it', async () => {
    const w = await inReview();
    await expect((await w.as('sam')).approve(id)).rejects.toThrowErrorMatchingInlineSnapshot(
      `[ForbiddenError: sam may not approve at the "Equality lead review" stage: only a user with the equality lead role may.]`,
    );

    // kim wrote this one and holds the equality lead role: the machine refuses her approval.
    const kim = await w.as('kim');
    await writeWorkedExample(kim, 'kim-1');
    await kim.submit('kim-1');
    await expect(kim.approve('kim-1')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[ForbiddenError: kim edited assessment kim-1, so may not approve it: someone independent of its content must.]`,
    );

    // ada is an admin and equality lead: she edited the assessment, so she may not review it.
    const ada = await w.as('ada');
    const amara = await w.as('amara');
    await amara.withdrawSubmission(id);
    await ada.edit(id, 'monitoring', (m) => {
      m.arrangements += ' Quarterly.';
    });
    await amara.submit(id);
    await expect(ada.approve(id)).rejects.toThrowErrorMatchingInlineSnapshot(
      `[ForbiddenError: ada edited assessment eqia-2026-007, so may not approve it: someone independent of its content must.]`,
    );
    await expect(ada.verdict(id, { section: 'analysis', verdict: 'acceptable' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect((await (await w.as('julie')).approve(id)).status.stage).toBe('senior_sign_off');
  });

  it('reads a snapshot an earlier release stored (version 1, no editors) with its log', async () => {
    const w = await inReview();
    const amara = await w.as('amara');
    await amara.withdrawSubmission(id);
    await (await w.as('ada')).edit(id, 'monitoring', (m) => {
      m.arrangements += ' Quarterly.';
    });
    await amara.submit(id);
    // As the previous release kept it: snapshot version 1, and who edited only in the log.
    const stored = w.backing.assessments.get(id);
    if (!stored) throw new Error('the assessment is not stored');
    const { editors: _editors, ...assessment } = stored.snapshot.assessment;
    stored.snapshot = { ...stored.snapshot, snapshotVersion: 1, assessment: assessment as Assessment };
    const ada = await w.as('ada');
    expect(await ada.verify(id)).toMatchObject({ ok: true, entries: stored.events.length });
    await expect(ada.approve(id)).rejects.toThrowErrorMatchingInlineSnapshot(
      `[ForbiddenError: ada edited assessment eqia-2026-007, so may not approve it: someone independent of its content must.]`,
    );
  });

  it('refuses submission while error-level findings remain, with the findings attached', async () => {
    const w = world();
    const amara = await w.as('amara');
    const { assessment } = await amara.create({ title: 'Empty' });
    await amara.screen(assessment.id, { kind: 'full_assessment', rationale: 'Wide reach.' });
    const refusal = await amara.submit(assessment.id).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BlockedByFindingsError);
    const { findings } = refusal as BlockedByFindingsError;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.severity === 'error')).toBe(true);
    expect((await amara.get(assessment.id)).status.state).toBe('assessing');
  });

  it('signs a screening-out off only through the senior stage', async () => {
    const w = world();
    const amara = await w.as('amara');
    const julie = await w.as('julie');
    const { assessment } = await amara.create({ title: 'Renaming a team' });
    await amara.edit(assessment.id, 'policy', (p) => {
      p.aims = 'Rename the Business Support team to Operations Support.';
      p.scope = 'The team name only; no change to roles, pay or services.';
      p.audiences = ['staff'];
    });
    await amara.edit(assessment.id, 'decision', (d) => {
      d.maker = 'Director of Operations';
    });
    await amara.edit(assessment.id, 'screening', (screening) => {
      for (const characteristic of Object.keys(workedExample.screening.answers))
        screening.answers[characteristic] = { relevance: 'no', reason: 'Only the name changes.' };
    });
    await amara.screen(assessment.id, {
      kind: 'not_required',
      rationale: 'A change of name with no effect on people or services.',
    });
    await amara.edit(assessment.id, 'monitoring', (m) => {
      m.nextReviewDate = '2027-03-01';
    });
    await amara.submit(assessment.id);
    const afterLead = await julie.approve(assessment.id);
    expect(afterLead.status).toEqual({ state: 'in_review', stage: 'senior_sign_off' });
    await expect(julie.approve(assessment.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await (await w.as('sam')).approve(assessment.id)).status.state).toBe('signed_off');
  });
});

describe('profile management', () => {
  it('lets only admins change the profile, validated, never leaving it without an admin', async () => {
    const w = world();
    const amara = await w.as('amara');
    await expect(
      amara.updateProfile((p) => {
        p.name = 'x';
      }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[ForbiddenError: amara may not change the profile: only an admin may. Ask an admin of the profile.]`,
    );
    const ops = await w.as('ops');
    const updated = await ops.updateProfile((p) => {
      p.users.push({ id: 'nia', name: 'Nia Evans', jobTitle: 'Policy officer', roles: ['author'] });
    });
    expect(updated.users.map((u) => u.id)).toContain('nia');
    expect((await (await w.as('nia')).create({ title: 'Nia’s first' })).assessment.createdBy).toBe('nia');
    await expect(
      ops.updateProfile((p) => {
        p.reviewIntervalMonths = 0;
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      ops.updateProfile((p) => {
        for (const user of p.users) user.roles = user.roles.filter((role) => role !== 'admin');
        for (const user of p.users) if (user.roles.length === 0) user.roles.push('viewer');
      }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[ValidationError: The profile would have no admin left, so nobody could manage it: keep the admin role on at least one user.]`,
    );
  });

  it('applies a role taken away by another client at once', async () => {
    const w = world();
    const ben = await w.as('ben');
    await ben.create({ title: 'Ben’s' });
    await (await w.as('ops')).updateProfile((p) => {
      const user = p.users.find((u) => u.id === 'ben');
      if (user) user.roles = ['viewer'];
    });
    await expect(ben.create({ title: 'Another' })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('applies a role given by another client at once', async () => {
    const w = world();
    const val = await w.as('val');
    await expect(val.create({ title: 'Not yet' })).rejects.toBeInstanceOf(ForbiddenError);
    await (await w.as('ops')).updateProfile((p) => {
      const user = p.users.find((u) => u.id === 'val');
      if (user) user.roles = ['author'];
    });
    expect((await val.create({ title: 'Now' })).assessment.createdBy).toBe('val');
  });

  it('acts under the store’s profile even when client.profile was changed in place', async () => {
    const w = world();
    const ben = await w.as('ben');
    await ben.create({ title: 'Ben’s' });
    const benAsKnown = ben.profile.users.find((user) => user.id === 'ben');
    expect(() => {
      // @ts-expect-error: the profile a client shows is frozen, typed and at run time
      if (benAsKnown) benAsKnown.roles = ['viewer'];
    }).toThrow(TypeError);
    expect((await ben.create({ title: 'Ben’s second' })).assessment.createdBy).toBe('ben');
    const stored = profile.users.find((user) => user.id === 'ben');
    expect(ben.profile.users.find((user) => user.id === 'ben')?.roles).toEqual(stored?.roles);
  });

  it('refuses a client on a store with no profile', async () => {
    const { createMemoryStore } = await import('../src/store/memory-store.js');
    const store = createMemoryStore();
    await store.init();
    await expect(createClient({ store, user: 'amara' })).rejects.toThrowErrorMatchingInlineSnapshot(
      `[NotFoundError: The store at memory has no profile: run \`eqia init\` there (or call store.init({ profile })), or pass a profile to createClient.]`,
    );
  });
});
