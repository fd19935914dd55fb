import { cafcassProfile, isWelshStale } from '@eqia/core';
import { createClient, createMemoryStore } from '@eqia/sdk';
import { describe, expect, it } from 'vitest';
import { applyAnswers } from '../src/answers/apply-answers.js';
import { answersFromAssessment } from '../src/answers/from-assessment.js';
import { AnswersFile } from '../src/answers/schema.js';

// An answers file's Welsh is for the English it was written for: re-applying an exported file after
// changing its English must not mark the old Welsh as checked against the new English.

const welshBody = {
  ...cafcassProfile,
  languages: { publishes: ['cy', 'en'] as const, default: 'en' as const },
};

async function assessmentWithWelsh() {
  const store = createMemoryStore({ profile: welshBody });
  const amara = await createClient({ store, user: 'amara' });
  const { assessment } = await amara.create({ title: 'Video hearings' });
  await amara.edit(assessment.id, 'policy', (policy, welsh) => {
    policy.aims = 'Fewer adjournments';
    welsh.set('aims', 'Llai o ohiriadau');
  });
  const exported = AnswersFile.parse(
    JSON.parse(JSON.stringify(answersFromAssessment((await amara.get(assessment.id)).assessment))),
  );
  return { amara, id: assessment.id, exported };
}

const withAims = (file: AnswersFile, aims: string): AnswersFile => ({
  ...file,
  policy: file.policy && { ...file.policy, aims },
});

describe('an answers file’s Welsh after its English changed', () => {
  it('stays out of date when the exported file is applied again with new English', async () => {
    const { amara, id, exported } = await assessmentWithWelsh();
    expect(exported.welshOf?.['policy/aims']).toMatch(/^[0-9a-f]{8}$/);
    const { view } = await applyAnswers(
      amara,
      id,
      withAims(exported, 'Fewer adjournments and shorter waits'),
    );
    expect(view.assessment.policy.aims).toBe('Fewer adjournments and shorter waits');
    expect(view.assessment.welsh?.['policy/aims']).toBe('Llai o ohiriadau');
    expect(isWelshStale(view.assessment, 'policy/aims')).toBe(true);
    expect(view.findings.map((finding) => finding.ruleId)).toContain('welsh-text-current');
  });

  it('is current when the file gives new Welsh, or gives it without saying which English it was for', async () => {
    const { amara, id, exported } = await assessmentWithWelsh();
    const changed = withAims(exported, 'Fewer adjournments and shorter waits');
    const { view: rewritten } = await applyAnswers(amara, id, {
      ...changed,
      welsh: { 'policy/aims': 'Llai o ohiriadau ac amseroedd aros byrrach' },
    });
    expect(isWelshStale(rewritten.assessment, 'policy/aims')).toBe(false);

    const again = await assessmentWithWelsh();
    const { welshOf: _, ...confirmed } = withAims(again.exported, 'Fewer adjournments and shorter waits');
    const { view } = await applyAnswers(again.amara, again.id, confirmed);
    expect(isWelshStale(view.assessment, 'policy/aims')).toBe(false);
  });
});
