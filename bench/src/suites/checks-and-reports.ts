import { join } from 'node:path';
import { cafcassProfile } from '@eqia/core';
import { check } from '@eqia/core/checks';
import { buildAnnualReport, LISTED, renderAnnualReportHtml, renderAssessmentHtml } from '@eqia/report';
import { createClient, type EqiaClient } from '@eqia/sdk';
import { nativeSha256 } from '@eqia/sdk/node';
import { openSqliteStore } from '@eqia/store-sqlite';
import { DATABASE_NAME, generatedStore } from '../fixtures/generated-store.js';
import { median } from '../measure.js';
import type { SuiteContext } from '../results.js';

const now = '2026-06-01T09:00:00Z';
const from = '2025-04-01';
const to = '2026-03-31';

/**
 * The due-regard checks and the reports over the large store, end to end as the CLI does them, through
 * the client's whole-store queries: `checkEach()` (findings from each assessment's digest, the clock rules
 * judged again, handed out a batch at a time as `eqia check --all` prints them) and `annualTotals()` (the
 * report's facts, counted by the store), then the report built and rendered.
 */
export async function checksAndReportsSuite(context: SuiteContext): Promise<void> {
  const { large } = context.sizes;
  const directory = await generatedStore(large, context.log);
  const client = await createClient({
    store: openSqliteStore(join(directory, DATABASE_NAME)),
    user: 'amara',
    clock: () => new Date(now),
    sha256: nativeSha256,
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
  await recordCpu(context, 'check-all', `read and check every assessment (${large})`, () =>
    checkEvery(client),
  );

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

  const annualReport = async () => {
    const totals = await client.annualTotals({ from, to, today: now.slice(0, 10), listed: LISTED });
    const report = buildAnnualReport({ totals, from, to, now, profile: cafcassProfile });
    return renderAnnualReportHtml(report, cafcassProfile);
  };
  const annual = await median(annualReport, { runs: context.runs(3) });
  context.record({
    id: 'annual-report',
    label: `annual report as HTML, read to rendered (${large})`,
    unit: 'ms',
    value: annual.medianMs,
    runs: annual.runs,
  });
  await recordCpu(
    context,
    'annual-report',
    `annual report as HTML, read to rendered (${large})`,
    annualReport,
  );
  await client.close();
}

/**
 * The CPU time of one more run (this process's, all threads): beside the wall time, what a loaded
 * machine cannot inflate, so that a run among other work still says what the code costs.
 */
async function recordCpu(context: SuiteContext, id: string, label: string, task: () => unknown) {
  const before = process.cpuUsage();
  await task();
  const { user, system } = process.cpuUsage(before);
  context.record({
    id: `${id}-cpu`,
    label: `${label}, CPU time`,
    unit: 'ms',
    value: (user + system) / 1000,
    runs: 1,
  });
}

/**
 * Every assessment's findings, as `eqia check --all` works them out: consuming `checkEach` (the store read
 * a batch at a time, none of the findings kept) and counting them.
 */
async function checkEvery(client: EqiaClient): Promise<number> {
  let findings = 0;
  for await (const checked of client.checkEach()) findings += checked.findings.length;
  return findings;
}
