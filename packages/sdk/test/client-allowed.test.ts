import { workedExample } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { profile, world, writeWorkedExample } from './client-setup.js';

const id = workedExample.id;
const allowed = { allowed: true };

describe('client.allowed: what a user may do now', () => {
  it('gives an author in draft the sections and commands of a draft, each refusal with its reason', async () => {
    const w = world();
    const amara = await w.as('amara');
    await amara.create({ id, title: 'Video hearings' });
    const { commands, sections } = await amara.allowed(id);

    expect(sections.policy).toEqual(allowed);
    expect(sections.screening).toEqual(allowed);
    expect(sections.analysis).toMatchObject({ allowed: false, code: 'INVALID_TRANSITION' });
    expect(sections.analysis.allowed || sections.analysis.reason).toContain('editable now: policy');
    expect(commands).toMatchObject({
      edit: allowed,
      screen: allowed,
      withdraw: allowed,
      submit: { allowed: false, code: 'INVALID_TRANSITION' },
      approve: { allowed: false, code: 'INVALID_TRANSITION' },
      resolveComment: { allowed: false, code: 'VALIDATION' },
    });
    expect([commands.resolveComment, commands.updateAction]).toMatchInlineSnapshot(`
      [
        {
          "allowed": false,
          "code": "VALIDATION",
          "reason": "There is no open comment to resolve.",
        },
        {
          "allowed": false,
          "code": "VALIDATION",
          "reason": "The action plan has no actions to update.",
        },
      ]
    `);
  });

  it('says in Welsh, for a Welsh client, that there is nothing to act on', async () => {
    const welshBody = { ...profile, languages: { publishes: ['cy', 'en'] as const, default: 'cy' as const } };
    const w = world({ profile: welshBody });
    const amara = await w.as('amara');
    await amara.create({ id, title: 'Video hearings' });
    const { commands } = await amara.allowed(id);
    expect([commands.resolveComment, commands.updateAction]).toMatchInlineSnapshot(`
      [
        {
          "allowed": false,
          "code": "VALIDATION",
          "reason": "Nid oes sylw agored i’w ddatrys.",
        },
        {
          "allowed": false,
          "code": "VALIDATION",
          "reason": "Nid oes camau yn y cynllun gweithredu i’w diweddaru.",
        },
      ]
    `);
  });

  it('refuses a viewer everything, with the reason the command itself gives', async () => {
    const w = world();
    await (await w.as('amara')).create({ id, title: 'Video hearings' });
    const val = await w.as('val');
    const { commands, sections } = await val.allowed(id);

    expect(Object.values(sections).every((permission) => !permission.allowed)).toBe(true);
    expect(commands.edit).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
    expect(commands.screen).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
    expect(commands.comment).toMatchObject({ allowed: false, code: 'INVALID_TRANSITION' });
    const said = commands.withdraw.allowed ? '' : commands.withdraw.reason;
    await expect(val.withdraw(id, { reason: 'abandoned' })).rejects.toThrow(said);
  });

  it('tells reviewers in review who may approve, and why the others may not', async () => {
    const w = world();
    await writeWorkedExample(await w.as('amara'));
    await (await w.as('amara')).submit(id);

    const julie = await (await w.as('julie')).allowed(id);
    expect(julie.commands).toMatchObject({ approve: allowed, verdict: allowed, requestChanges: allowed });
    expect(julie.commands.edit).toMatchObject({ allowed: false, code: 'INVALID_TRANSITION' });

    const sam = await (await w.as('sam')).allowed(id);
    expect(sam.commands.approve).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
    const amara = await w.as('amara');
    const own = (await amara.allowed(id)).commands;
    expect(own.approve).toMatchObject({ allowed: false, code: 'FORBIDDEN' });
    expect(own.withdrawSubmission).toEqual(allowed);
    await expect(amara.approve(id)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    // The answer is the lifecycle's: once julie approves, the senior stage is sam's.
    await (await w.as('julie')).approve(id);
    expect((await (await w.as('sam')).allowed(id)).commands.approve).toEqual(allowed);
  });

  it('records nothing', async () => {
    const w = world();
    const amara = await w.as('amara');
    await amara.create({ id, title: 'Video hearings' });
    const before = await amara.history(id);
    await amara.allowed(id);
    expect(await amara.history(id)).toEqual(before);
  });
});
