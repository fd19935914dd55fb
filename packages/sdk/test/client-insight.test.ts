import { ForbiddenError, ValidationError } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import type { AttachDisparityInput } from '../src/index.js';
import { analyseDisparity } from '../src/index.js';
import { profile, world } from './client-setup.js';

// Two CSV files as a user would export them: the caseload in the 19 census ethnic groups (made up), and
// the local population from the census in the 5 broad groups. Arab (2) and any other (1) roll up into
// "Other ethnic group" = 3, a small count the analysis must never show.
const caseloadCsv = `# Children open to the service on 31 March 2024
category,count
bangladeshi,4
indian,9
pakistani,20
african,14
caribbean,11
white_and_black_caribbean,15
other_mixed,6
white_british,290
other_white,21
arab,2
any_other_ethnic_group,1
not_known,17
total,410
`;

const censusCsv = `category,count
"Asian, Asian British or Asian Welsh",31400
"Black, Black British, Black Welsh, Caribbean or African",9850
Mixed or Multiple ethnic groups,14200
White,196300
Other ethnic group,5150
`;

const request: AttachDisparityInput = {
  categorySet: 'ethnic_group',
  population: {
    csv: caseloadCsv,
    name: 'caseload.csv',
    kind: 'caseload',
    label: 'children in our caseload',
    period: '2023-24',
    area: 'Northshire',
    source: 'Case management system, 31 March 2024',
  },
  baseline: {
    csv: censusCsv,
    name: 'census.csv',
    label: 'children living in Northshire',
    period: 'Census 2021',
    area: 'Northshire',
    source: 'ONS Census 2021, TS021',
  },
  evidenceId: 'ev-ethnicity-2024',
  date: '2024-04-30',
};

async function drafted() {
  const w = world();
  const amara = await w.as('amara');
  const { assessment } = await amara.create({ id: 'eqia-insight', title: 'Family support referrals' });
  await amara.screen(assessment.id, {
    kind: 'full_assessment',
    rationale: 'Referrals may reach some ethnic groups less than others.',
  });
  return { w, amara, id: assessment.id };
}

describe('attaching a disparity analysis to an assessment', () => {
  it('turns two CSV files into an evidence item, recorded as one edit of the evidence section', async () => {
    const { amara, id } = await drafted();
    const view = await amara.attachDisparity(id, request);

    const item = view.assessment.evidence.items.at(-1);
    expect(item).toMatchObject({
      id: 'ev-ethnicity-2024',
      kind: 'data',
      title: 'Children in our caseload compared with children living in Northshire by ethnic group, 2023-24',
      source: 'Case management system, 31 March 2024; ONS Census 2021, TS021',
      date: '2024-04-30',
      characteristics: ['race'],
    });
    expect(item?.summary).toContain('Over-represented: Black, Black British');
    expect(item?.disparity).toEqual(await analyseDisparity(request, profile));
    expect(item?.disparity?.baseline.population.kind).toBe('local_population');

    const history = await amara.history(id);
    expect(history.at(-1)).toMatchObject({ type: 'edit', by: 'amara', changed: ['evidence.items.0'] });
    expect(await amara.verify(id)).toMatchObject({ ok: true, entries: history.length });
  });

  it('stores the result already suppressed at the profile threshold, so no small count is kept', async () => {
    const { amara, id } = await drafted();
    const stored = (await amara.attachDisparity(id, request)).assessment.evidence.items[0]?.disparity;
    const other = stored?.rows.find((row) => row.id === 'other');
    expect(other?.profile).toEqual({ suppressed: true, count: null, share: null, interval: null });
    expect(other?.ratio).toBeNull();
    expect(other?.flag).toBe('too_few_to_say');
    // The next smallest group is hidden too, so 3 cannot be recovered from the total.
    expect(stored?.rows.filter((row) => row.profile.suppressed).map((row) => row.id)).toEqual([
      'mixed',
      'other',
    ]);
    const shown = stored?.rows.flatMap((row) => [row.profile.count, row.baseline.count]) ?? [];
    expect(shown.filter((count) => count !== null && count < profile.smallCountThreshold)).toEqual([]);
    expect(JSON.stringify(stored)).not.toMatch(/"count":[0-4]\b/);
  });

  it("uses the profile's own threshold", async () => {
    const { w, amara, id } = await drafted();
    await (await w.as('ops')).updateProfile((draft) => {
      draft.smallCountThreshold = 30;
    });
    const stored = (await amara.attachDisparity(id, request)).assessment.evidence.items[0]?.disparity;
    expect(stored?.threshold).toBe(30);
    expect(stored?.rows.find((row) => row.id === 'black')?.profile.count).toBeNull();
  });

  it('replaces an earlier analysis with the same evidence id, and refuses to overwrite other evidence', async () => {
    const { amara, id } = await drafted();
    await amara.attachDisparity(id, request);
    const again = await amara.attachDisparity(id, {
      ...request,
      title: 'Ethnicity of our caseload, 2023-24',
    });
    expect(again.assessment.evidence.items.map((item) => [item.id, item.title])).toEqual([
      ['ev-ethnicity-2024', 'Ethnicity of our caseload, 2023-24'],
    ]);

    await amara.edit(id, 'evidence', (evidence) => {
      evidence.items.push({
        id: 'ev-survey',
        kind: 'research',
        title: 'Family survey',
        source: '',
        url: '',
        characteristics: [],
        summary: '',
        limitations: '',
      });
    });
    await expect(
      amara.attachDisparity(id, { ...request, evidenceId: 'ev-survey' }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[ValidationError: Evidence "ev-survey" already exists and is not a disparity analysis: choose another evidence id.]`,
    );
  });

  it('gives a new evidence id when none is asked for', async () => {
    const { amara, id } = await drafted();
    const { evidenceId: _, ...withoutId } = request;
    const view = await amara.attachDisparity(id, withoutId);
    expect(view.assessment.evidence.items[0]?.id).toMatch(/^id-\d+$/);
  });
});

describe('bad input', () => {
  it('names the file, its role and every bad line, and writes nothing', async () => {
    const { amara, id } = await drafted();
    const before = await amara.history(id);
    const badCaseload = caseloadCsv.replace('indian,9', 'indain,9').replace('caribbean,11', 'caribbean,-11');
    const attempt = amara.attachDisparity(id, {
      ...request,
      population: { ...request.population, csv: badCaseload },
    });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: The population CSV (caseload.csv) cannot be read:
        - line 4: unknown category "indain": use an id or label from "ethnic_group": bangladeshi, chinese, indian, pakistani, other_asian, african, caribbean, other_black, white_and_asian, white_and_black_african, white_and_black_caribbean, other_mixed, white_british, irish, gypsy_or_irish_traveller, roma, other_white, arab, any_other_ethnic_group; or its groups: asian, black, mixed, white, other
        - line 7: the count -11 is negative: a count of people is 0 or more]
    `);
    expect(await amara.history(id)).toEqual(before);
  });

  it('says which file when the baseline is wrong, including a total that does not add up', async () => {
    const { amara, id } = await drafted();
    const attempt = amara.attachDisparity(id, {
      ...request,
      baseline: { ...request.baseline, csv: `${censusCsv}total,1000\n` },
    });
    await expect(attempt).rejects.toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: The baseline CSV (census.csv) cannot be read:
        - line 7: the stated total 1000 does not match the rows, which add up to 256900: check the counts or the total]
    `);
    expect((await amara.get(id)).assessment.evidence.items).toEqual([]);
  });

  it('refuses a population with no label and an unknown census set', async () => {
    await expect(
      analyseDisparity({ ...request, population: { ...request.population, label: ' ' } }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: The population CSV (caseload.csv) is not valid:
        - population.label: name the population]
    `);
    await expect(analyseDisparity({ ...request, categorySet: 'ethnicity' })).rejects.toThrow(
      /There is no census category set "ethnicity"\. Use one of: ethnic_group, /,
    );
  });
});

describe('roles', () => {
  it('lets a viewer analyse but not attach', async () => {
    const { w, id } = await drafted();
    const val = await w.as('val');
    expect(await val.analyseDisparity(request)).toEqual(await analyseDisparity(request, profile));
    const attempt = val.attachDisparity(id, request);
    await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
    await expect(attempt).rejects.toThrowErrorMatchingInlineSnapshot(
      `[ForbiddenError: val may not change assessment eqia-insight: val holds no author or contributor role (viewer).]`,
    );
    expect((await val.get(id)).assessment.evidence.items).toEqual([]);
  });

  it('refuses an author who is not listed on the assessment', async () => {
    const { w, id } = await drafted();
    const ben = await w.as('ben');
    await expect(ben.attachDisparity(id, request)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
