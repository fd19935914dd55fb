import {
  type ActionInput,
  type AssessmentEventType,
  type EvidenceItem,
  type EvidenceItemInput,
  type ImpactInput,
  newAction,
  newCharacteristicAnalysis,
  newEvidenceItem,
  newImpact,
} from '@eqia/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AssessmentChange, ChangeFeed } from '../src/index.js';
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

  it('refuses an unknown characteristic wherever an edit names one, in a session too', async () => {
    const { amara, id } = await assessing();
    const before = await amara.history(id);
    await expect(
      amara.edit(id, 'evidence', (evidence) => {
        evidence.items.push(
          newEvidenceItem({
            id: 'survey',
            kind: 'data',
            title: 'Survey',
            characteristics: ['race', 'religon'],
          }),
        );
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('religon'),
      issues: [{ path: 'evidence.items.0.characteristics.1' }],
    });
    const session = await amara.open(id);
    await expect(
      session.edit('intersectionality', (section) => {
        section.impacts.push({
          ...newImpact({ id: 'i1', audience: 'staff', direction: 'negative', description: 'Both at once.' }),
          members: [
            { characteristic: 'age', subgroup: '' },
            { characteristic: 'sexx', subgroup: '' },
          ],
        });
      }),
    ).rejects.toMatchObject({ issues: [{ path: 'intersectionality.impacts.0.members.1' }] });
    expect(await amara.history(id)).toEqual(before);
  });

  it('refuses a key the section has no place for, as JavaScript may set one, and records nothing', async () => {
    const { amara, id } = await assessing();
    const before = await amara.history(id);
    // TypeScript refuses these; a caller in JavaScript, or one casting, is not stopped before the store.
    await expect(
      amara.edit(id, 'policy', (policy) => {
        policy.title = 'Video hearings for all';
        (policy as Record<string, unknown>).summry = 'Hearings move to video.';
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'policy', message: 'not a field here: "summry" (check its spelling, or remove it)' }],
    });
    const session = await amara.open(id);
    await expect(
      session.edit('evidence', (evidence) => {
        evidence.items.push({
          ...newEvidenceItem({ id: 'survey', kind: 'data', title: 'Survey' }),
          titel: 'Survey 2025',
        } as EvidenceItem);
      }),
    ).rejects.toMatchObject({
      issues: [{ path: 'evidence.items.0', message: expect.stringContaining('"titel"') }],
    });
    expect(await amara.history(id)).toEqual(before);
    await session.edit('policy', (policy) => {
      policy.summary = 'Hearings move to video.';
    });
    expect((await amara.get(id)).assessment.policy.summary).toBe('Hearings move to video.');
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

describe('the types a caller writes and reads', () => {
  it('asks of a new entry only the fields without a default', () => {
    expectTypeOf({ id: 'e1', kind: 'data' as const, title: 'Survey' }).toMatchTypeOf<EvidenceItemInput>();
    expectTypeOf(newEvidenceItem).returns.toEqualTypeOf<EvidenceItem>();
    expectTypeOf<{ id: string; kind: 'data' }>().not.toMatchTypeOf<EvidenceItemInput>();
    expectTypeOf({
      id: 'i1',
      audience: 'staff',
      direction: 'negative' as const,
      description: 'Longer journeys.',
    }).toMatchTypeOf<ImpactInput>();
    expectTypeOf<{ id: string; description: string }>().toMatchTypeOf<ActionInput>();
  });

  it("names a change's type from core's union of events, and a feed iterates changes", () => {
    expectTypeOf<AssessmentChange['type']>().toEqualTypeOf<AssessmentEventType>();
    expectTypeOf<ChangeFeed>().toMatchTypeOf<AsyncIterable<AssessmentChange>>();
  });
});
