import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import base from './vitest.config.js';

/**
 * The tests Stryker runs against each mutant (stryker.config.mjs): those of the rules, the authorisation
 * policy and lifecycle, the audit chain, edits and replay. The property tests are left out: they draw
 * hundreds of random cases for every mutant they reach, and the tables here pin the same behaviour.
 */
const tests = [
  // A mutant made when a module loads (a rule's definition, a list's shape, a pattern) runs every test
  // file in this order until one fails: first the quick files that read what modules define.
  'test/checks/doc.test.ts',
  // The rules' words (patterns at module level), each rule alone: quick, and they kill those static mutants.
  'test/checks/rules-conditions.test.ts',
  'test/checks/rules-judgements.test.ts',
  'test/reference.test.ts',
  'test/audit*.test.ts',
  'test/list-items.test.ts',
  'test/edits*.test.ts',
  'test/welsh-text.test.ts',
  'test/log*.test.ts',
  'test/checks/rules*.test.ts',
  'test/checks/more-than-one-mind.test.ts',
  'test/checks/engine.test.ts',
  'test/authorise*.test.ts',
  'test/guards*.test.ts',
  'test/lifecycle-guards.test.ts',
  'test/lifecycle-authorise.test.ts',
  'test/lifecycle-historical.test.ts',
  'test/checks-lifecycle.test.ts',
  'test/lifecycle-model.test.ts',
];

const rank = (spec: TestSpecification) => {
  const index = tests.findIndex((glob) =>
    new RegExp(glob.replaceAll('.', '\\.').replaceAll('*', '.*')).test(spec.moduleId),
  );
  return index === -1 ? tests.length : index;
};

/** Runs the test files in the order above, one after another. */
class InOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  ...base,
  test: { ...base.test, include: tests, sequence: { sequencer: InOrder } },
});
