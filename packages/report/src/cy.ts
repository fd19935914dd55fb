// `@eqia/report/cy`: the report in Welsh, a separate entry so that English-only callers (and the
// browser bundle) never load the Welsh catalogue. `renderAssessmentHtml(input, [welsh, english])` writes
// a bilingual report, the Welsh first.

export { reviewedWelsh } from '@eqia/core/cy';
export { welshAnnual } from './language/cy/annual.js';
export { welshAssessment } from './language/cy/assessment.js';
export { welshDocument } from './language/cy/document.js';
export { welshInsight } from './language/cy/insight.js';
export { welshObjectives } from './language/cy/objectives.js';
export { welsh, welshWords } from './language/welsh.js';
export { welshReview } from './language/welsh-review.js';
