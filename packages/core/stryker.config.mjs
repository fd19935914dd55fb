// @ts-check
/**
 * Mutation testing of the code where a silent mistake does the most harm: the due-regard rules (with their
 * definitions), who may do what, the audit chain, edits and replay. Run it with `pnpm mutation` at the root;
 * docs/architecture.md says how to read the report and scripts/mutation.ts holds the budgets.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  plugins: ['@stryker-mutator/vitest-runner'],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/checks/rules/*.ts',
    'src/lifecycle/authorise*.ts',
    'src/lifecycle/guards.ts',
    'src/audit/*.ts',
    'src/edits/*.ts',
    'src/log/replay.ts',
  ],
  // CI has two cores; each worker runs vitest in one thread.
  concurrency: 2,
  // Stryker's hit limit catches a mutant that loops for ever, so a timeout here mostly means a busy
  // machine: a generous limit saves restarting a worker (costly) for a mutant that was merely slow.
  timeoutMS: 30_000,
  timeoutFactor: 2,
  // Only mutants in changed code (or covered by changed tests) run again; the file is committed.
  incremental: true,
  incrementalFile: 'stryker-incremental.json',
  // The sandbox sits as deep below the repository root as this package does, so the tests that read
  // docs/ by a relative path, and tsconfig.json's `extends`, resolve as they do here (Stryker would
  // otherwise rewrite `extends` for a sandbox inside this package: tsconfigFile names no file, to stop it).
  tempDirName: '../../.stryker-tmp',
  tsconfigFile: 'stryker-leaves-tsconfig-as-is.json',
  reporters: ['progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
};
