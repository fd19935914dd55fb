import { workedExample } from '@eqia/core';
import { expect } from 'vitest';
import { type World, writeWorkedExample } from './client-setup.js';

const id = workedExample.id;

/** The whole life of an assessment through the client, as the people of the Cafcass profile live it. */
export async function fullWalk(w: World) {
  const amara = await w.as('amara');
  const julie = await w.as('julie');
  const sam = await w.as('sam');

  await writeWorkedExample(amara);
  const written = await amara.get(id);
  expect(written.status).toEqual({ state: 'assessing' });
  expect(written.findings.filter((f) => f.severity === 'error')).toEqual([]);
  // Same content as the worked example, apart from who screened it and when, and who wrote it.
  const { screening, createdAt, editors, ...content } = written.assessment;
  const { screening: exampleScreening, createdAt: _c, editors: _e, ...exampleContent } = workedExample;
  expect(content).toEqual(exampleContent);
  expect(editors).toEqual(['amara']);
  expect(screening.answers).toEqual(exampleScreening.answers);

  expect((await amara.submit(id)).status).toEqual({ state: 'in_review', stage: 'equality_review' });
  expect((await julie.approve(id, { comment: 'Thorough.' })).status).toEqual({
    state: 'in_review',
    stage: 'senior_sign_off',
  });
  const signed = await sam.approve(id);
  expect(signed.status).toEqual({ state: 'signed_off' });
  expect(signed.assessment.review.approvals.map((a) => [a.stage, a.by, a.decision])).toEqual([
    ['equality_review', 'julie', 'approved'],
    ['senior_sign_off', 'sam', 'approved'],
  ]);

  const published = await amara.publish(id, { location: 'https://www.cafcass.gov.uk/eqia/2026-007' });
  expect(published.status.state).toBe('published');
  expect(published.assessment.publication?.publishedBy).toBe('amara');

  w.time.advanceDays(365);
  expect((await amara.get(id)).reviewDue).toBe(true);
  expect((await amara.dueForReview()).map((s) => s.id)).toEqual([id]);
  const reaffirmed = await sam.reaffirm(id, { nextReviewDate: '2028-03-01', note: 'Still holds.' });
  expect(reaffirmed.reviewDue).toBe(false);
  expect(await amara.dueForReview()).toEqual([]);

  const revision = await amara.startRevision(id);
  const revisionId = revision.assessment.id;
  expect(revision.status).toEqual({ state: 'draft' });
  expect(revision.assessment).toMatchObject({ revision: 2, supersedes: id, createdBy: 'amara' });
  expect(revision.assessment.review).toEqual({ verdicts: [], comments: [], approvals: [] });
  expect(revision.assessment.publication).toBeUndefined();
  expect(revision.assessment.analysis).toEqual(workedExample.analysis);
  expect((await amara.history(id)).at(-1)).toMatchObject({ type: 'startRevision', by: 'amara' });

  await amara.screen(revisionId, { kind: 'full_assessment', rationale: 'Same reach as the first revision.' });
  await amara.edit(revisionId, 'decision', (decision) => {
    decision.date = '2027-03-16';
  });
  await amara.submit(revisionId);
  await julie.approve(revisionId);
  expect((await amara.get(id)).status.state).toBe('published');
  const revised = await sam.approve(revisionId);
  expect(revised.status).toEqual({ state: 'signed_off' });

  const old = await amara.get(id);
  expect(old.status).toEqual({ state: 'superseded' });
  expect(old.assessment.supersededBy).toBe(revisionId);
  expect((await amara.list({ state: 'superseded' })).map((s) => s.id)).toEqual([id]);
  expect(await amara.verify(id)).toMatchObject({ ok: true, entries: expect.any(Number) });
  expect(await amara.verify(revisionId)).toMatchObject({ ok: true, entries: 6 });
  return { revisionId };
}

export async function fullWalkUntilPublished(w: World) {
  const amara = await w.as('amara');
  await writeWorkedExample(amara);
  await amara.submit(id);
  await (await w.as('julie')).approve(id);
  await (await w.as('sam')).approve(id);
  await amara.publish(id, { location: 'intranet' });
}
