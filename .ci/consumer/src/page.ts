// A browser page of another team: the memory store, a client and a report, bundled by esbuild.
import { defaultProfile } from '@eqia/core';
import { renderAssessmentHtml } from '@eqia/report';
import { createClient, createMemoryStore, isEqiaError } from '@eqia/sdk/browser';

const profile = {
  ...defaultProfile,
  users: [{ id: 'amara', name: 'Amara Okafor', jobTitle: 'Policy lead', roles: ['author' as const] }],
};

async function main(): Promise<string> {
  const client = await createClient({ store: createMemoryStore({ profile }), user: 'amara' });
  const { assessment } = await client.create({ title: 'Booking rooms online' });
  await client.edit(assessment.id, 'policy', (policy) => {
    policy.scope = 'All office sites';
  });
  const view = await client.get(assessment.id);
  const report = renderAssessmentHtml({ ...view, profile, generatedAt: new Date().toISOString() });
  // The objectives' commands load `@eqia/core/objectives` on their first call: its entry must resolve too.
  const objectives = await client.objectives.list();
  return `browser: ${view.summary.title}, ${view.status.state}, ${report.length} bytes of HTML, ${objectives.length} objectives`;
}

const output = document.getElementById('result');
main().then(
  (text) => {
    if (output) output.textContent = text;
  },
  (error: unknown) => {
    if (output) output.textContent = `failed: ${isEqiaError(error) ? error.code : String(error)}`;
  },
);
