import { type Assessment, cafcassProfile, check, type LifecycleStatus } from '@eqia/core';
import { buildAnnualReport, renderAnnualReportHtml, renderAssessmentHtml } from '@eqia/report';
import { createClient, createFileStore, type EqiaClient } from '@eqia/sdk';
import { generatedStore } from '../fixtures/generated-store.js';
import { median } from '../measure.js';
import type { SuiteContext } from '../results.js';

const now = '2026-06-01T09:00:00Z';

/**
 * The due-regard checks and the reports over the large store, end to end as the CLI does them: every
 * assessment read through the client's `snapshots()` (content without logs), then checked, or the report
 * built and rendered.
 */
export async function checksAndReportsSuite(context: SuiteContext): Promise<void> {
  const { large } = context.sizes;
  const directory = await generatedStore(large, context.log);
  const client = await createClient({
    store: createFileStore({ directory }),
    user: 'amara',
    clock: () => new Date(now),
  });
  const one = await client.get('eqia-00003');

  const checkOne = await median(() => check(one.assessment, cafcassProfile, { now }), {
    runs: context.runs(500),
    warmup: 20,
  });
  context.record({
    id: 'check-one',
    label: 'due-regard check of one full assessment',
    unit: 'ms',
    value: checkOne.medianMs,
    runs: checkOne.runs,
  });

  const checkAll = await median(() => checkEvery(client), { runs: context.runs(3) });
  context.record({
    id: 'check-all',
    label: `read and check every assessment (${large})`,
    unit: 'ms',
    value: checkAll.medianMs,
    runs: checkAll.runs,
  });

  const html = await median(
    () => renderAssessmentHtml({ ...one, profile: cafcassProfile, generatedAt: now }),
    { runs: context.runs(100), warmup: 5 },
  );
  context.record({
    id: 'render-html',
    label: 'render one assessment as HTML',
    unit: 'ms',
    value: html.medianMs,
    runs: html.runs,
  });

  const annual = await median(
    async () => {
      const assessments = await readAll(client);
      const report = buildAnnualReport({
        assessments,
        from: '2025-04-01',
        to: '2026-03-31',
        now,
        profile: cafcassProfile,
      });
      return renderAnnualReportHtml(report, cafcassProfile);
    },
    { runs: context.runs(3) },
  );
  context.record({
    id: 'annual-report',
    label: `annual report as HTML, read to rendered (${large})`,
    unit: 'ms',
    value: annual.medianMs,
    runs: annual.runs,
  });
  await client.close();
}

/** Every assessment's content through the client, without logs, as `eqia report` reads them. */
async function readAll(client: EqiaClient): Promise<{ assessment: Assessment; status: LifecycleStatus }[]> {
  return (await client.snapshots()).map(({ assessment, status }) => ({ assessment, status }));
}

/** Every assessment's findings, as `eqia check --all` works them out. */
async function checkEvery(client: EqiaClient): Promise<number> {
  let findings = 0;
  for (const view of await client.snapshots()) findings += view.findings.length;
  return findings;
}
