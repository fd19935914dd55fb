import { cafcassProfile } from '@eqia/core';
import { describe, it } from 'vitest';
import {
  buildAnnualReport,
  renderActionPlanCsv,
  renderAnnualReportHtml,
  renderAnnualReportJson,
  renderAnnualReportMarkdown,
  renderAssessmentHtml,
  renderAssessmentJson,
  renderAssessmentMarkdown,
} from '../src/index.js';
import { annualInput } from './fixtures/annual.js';
import { draftInput, publishedInput, publishedLog } from './fixtures/worked-example.js';
import { expectGolden } from './support/golden.js';

describe('the worked example in every format matches its golden file', () => {
  it('HTML, draft and published', () => {
    expectGolden('worked-example-draft.html', renderAssessmentHtml(draftInput));
    expectGolden('worked-example-published.html', renderAssessmentHtml(publishedInput));
  });

  it('Markdown, draft and published', () => {
    expectGolden('worked-example-draft.md', renderAssessmentMarkdown(draftInput));
    expectGolden('worked-example-published.md', renderAssessmentMarkdown(publishedInput));
  });

  it('canonical JSON export', () => {
    const { assessment, status } = publishedInput;
    expectGolden('worked-example.json', renderAssessmentJson({ assessment, status, events: publishedLog }));
  });

  it('action plan CSV', () => {
    expectGolden(
      'worked-example-actions.csv',
      renderActionPlanCsv(publishedInput.assessment, { profile: cafcassProfile, today: '2026-06-01' }),
    );
  });

  it('annual report in HTML, Markdown and JSON', () => {
    const report = buildAnnualReport(annualInput);
    expectGolden('annual-report-2026.html', renderAnnualReportHtml(report, cafcassProfile));
    expectGolden('annual-report-2026.md', renderAnnualReportMarkdown(report, cafcassProfile));
    expectGolden('annual-report-2026.json', renderAnnualReportJson(report));
  });
});
