import { ConflictError, TamperedError, UnsupportedVersionError, ValidationError } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { world } from './client-setup.js';
import { fullWalk } from './client-walk-steps.js';

describe('export and import', () => {
  it('round-trips byte for byte through export, import and export', async () => {
    const from = world();
    const { revisionId } = await fullWalk(from);
    const exporter = await from.as('val');
    const to = world();
    const importer = await to.as('ops');
    for (const id of ['eqia-2026-007', revisionId]) {
      const exported = await exporter.exportAssessment(id);
      const view = await importer.importAssessment(exported);
      expect(view.assessment.id).toBe(id);
      expect(await importer.exportAssessment(id)).toBe(exported);
      expect(await importer.verify(id)).toMatchObject({ ok: true });
    }
    expect((await importer.get('eqia-2026-007')).status.state).toBe('superseded');
    expect(await importer.history(revisionId)).toEqual(await exporter.history(revisionId));
  });

  it('refuses an id already in the store, and non-admins', async () => {
    const w = world();
    const amara = await w.as('amara');
    const { assessment } = await amara.create({ title: 'Desk booking' });
    const exported = await amara.exportAssessment(assessment.id);
    await expect((await w.as('ops')).importAssessment(exported)).rejects.toBeInstanceOf(ConflictError);
    await expect(amara.importAssessment(exported)).rejects.toThrowErrorMatchingInlineSnapshot(
      `[ForbiddenError: amara may not import assessments: only an admin may. Ask an admin of the profile.]`,
    );
  });

  it('refuses a tampered, newer or malformed export, writing nothing', async () => {
    const source = world();
    const amara = await source.as('amara');
    const { assessment } = await amara.create({ title: 'Desk booking' });
    await amara.edit(assessment.id, 'policy', (p) => {
      p.team = 'Estates';
    });
    const exported = await amara.exportAssessment(assessment.id);
    const w = world();
    const ops = await w.as('ops');

    const tampered = exported.replace('"Estates"', '"Facilities"');
    await expect(ops.importAssessment(tampered)).rejects.toBeInstanceOf(TamperedError);
    const newer = exported.replace('"formatVersion":2', '"formatVersion":3');
    await expect(ops.importAssessment(newer)).rejects.toBeInstanceOf(UnsupportedVersionError);
    await expect(ops.importAssessment('{"format":')).rejects.toBeInstanceOf(ValidationError);
    expect(await ops.list()).toEqual([]);
  });
});
