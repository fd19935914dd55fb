// `@eqia/core/checks`: the due-regard checks — the engine, the rules, their examples, the check
// language, and the digest's checks and annual facts (a digest is worked out by the rules). Their types are in the main
// entry; these are not, so that a page loads the rules (most of core's code) only when it first checks:
// the SDK's browser client loads this entry when it is created. A bundler splitting a page puts in the
// page's own chunks every module that a static import reaches, even through a re-export nothing uses
// (see docs/performance.md, the browser page).

export { check } from './checks/engine.js';
export { checkLanguage, englishCheckLanguage } from './checks/language.js';
export { ruleExamples } from './checks/rule-examples.js';
export { rules } from './checks/rules/index.js';
export { annualFactsOf } from './digest/annual-facts-of.js';
export { digestAssessment, digestFindings } from './digest/assessment-digest.js';
export { findingsFromFacts, findingsJudge } from './digest/check-facts.js';
export { createIncrementalDigest } from './digest/incremental-checks.js';
