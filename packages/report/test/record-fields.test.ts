import { describe, expect, it } from 'vitest';
import type { ReportedAssessment } from '../src/assessment/input.js';
import { renderAssessmentMarkdown } from '../src/index.js';
import { draftInput, publishedInput } from './fixtures/worked-example.js';

/** A copy of a report input, changed by `recipe`. */
function changed(input: ReportedAssessment, recipe: (draft: ReportedAssessment) => void) {
  const copy = structuredClone(input);
  recipe(copy);
  return copy;
}

// What real assessments say beyond eqia's own questions: the report must show it, named in words.
describe('the report shows what an imported or real-world record holds', () => {
  const input = changed(draftInput, (draft) => {
    const { assessment } = draft;
    assessment.policy.otherGroups = [
      { id: 'court_users_in_wales', label: 'Court users in Wales', description: '' },
    ];
    assessment.policy.assessmentTeam = [{ name: 'Eleri Jones', role: 'Libraries manager' }];
    assessment.engagement[0]!.audience = 'court_users_in_wales';
    const impact = Object.values(assessment.analysis).flatMap((analysis) => analysis.impacts)[0]!;
    Object.assign(impact, {
      audience: 'court_users_in_wales',
      direction: 'mixed',
      severity: 'low',
      mitigation: 'Hearing rooms in libraries.',
    });
    assessment.evidence.items[0]!.date = '2023-03';
  });
  const markdown = renderAssessmentMarkdown(input);

  it('names another affected group in words wherever an impact or an engagement points at it', () => {
    expect(markdown).toContain('Court users in Wales');
    expect(markdown).not.toContain('court_users_in_wales');
    expect(markdown).toContain('Hearing rooms in libraries.');
    expect(markdown).toContain('Mixed');
  });

  it('shows the assessment team and an evidence date given by month', () => {
    expect(markdown).toContain('Eleri Jones');
    expect(markdown).toContain('March 2023');
  });

  it('says a historical record was signed off outside eqia, by whom and when, and never approved in eqia', () => {
    const historical = changed(publishedInput, (draft) => {
      draft.status = { state: 'signed_off' };
      draft.assessment.review.approvals = [];
      draft.assessment.provenance = {
        source: 'library.docx',
        importedBy: 'julie',
        importedAt: '2026-01-01T09:00:00Z',
        signedOffOutside: { by: 'Director of Communities', role: 'Director', on: '2023-06-30', note: '' },
      };
    });
    const text = renderAssessmentMarkdown(historical);
    expect(text).toContain('Signed off outside eqia (historical record)');
    expect(text).toContain(
      'Signed off outside eqia by Director of Communities, Director on 30 June 2023 (historical record), as the imported record states.',
    );
  });
});
