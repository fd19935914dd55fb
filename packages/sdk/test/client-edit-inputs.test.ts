import { newAction, newCharacteristicAnalysis } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { world } from './client-setup.js';

async function assessing() {
  const amara = await world().as('amara');
  const { id } = (await amara.create({ title: 'Video hearings' })).assessment;
  await amara.screen(id, { kind: 'full_assessment', rationale: 'Every family is affected.' });
  return { amara, id };
}

describe('edits from input shapes', () => {
  it('refuses a characteristic the profile does not have, and records nothing', async () => {
    const { amara, id } = await assessing();
    const before = await amara.history(id);
    await expect(
      amara.edit(id, 'analysis', (analysis) => {
        analysis.religon = newCharacteristicAnalysis({ status: 'no_impact', reasoning: 'Nothing changes.' });
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION', issues: [{ path: 'analysis.religon' }] });
    expect(await amara.history(id)).toEqual(before);
  });

  it('takes entries made by the factories, defaults filled', async () => {
    const { amara, id } = await assessing();
    await amara.edit(id, 'analysis', (analysis) => {
      analysis.religion_belief = newCharacteristicAnalysis({ status: 'no_impact', reasoning: 'Same times.' });
    });
    const view = await amara.edit(id, 'actions', (actions) => {
      actions.push(newAction({ id: 'paper-form', description: 'Offer a paper form' }));
    });
    expect(view.assessment.actions).toMatchObject([{ id: 'paper-form', status: 'open', updates: [] }]);
    expect(view.assessment.analysis.religion_belief).toMatchObject({ status: 'no_impact', impacts: [] });
  });
});
