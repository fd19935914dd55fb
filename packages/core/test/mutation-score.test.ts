import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { equivalentsIn, score, unrecorded } from '../scripts/mutation.js';

// `pnpm mutation --check` scores each area from Stryker's JSON report, leaving out the equivalent mutants
// docs/architecture.md lists.

const source = ['export const limit = (a: number, b: number) => a >= b;', "const hint = 'Fix it';"].join(
  '\n',
);
const at = (line: number, start: number, end: number) => ({
  start: { line, column: start },
  end: { line, column: end },
});
const report = (statuses: string[]) => ({
  files: {
    'src/checks/rules/limit.ts': {
      source,
      mutants: statuses.map((status, index) =>
        index === 0
          ? { mutatorName: 'EqualityOperator', replacement: 'a > b', status, location: at(1, 48, 54) }
          : { mutatorName: 'StringLiteral', replacement: '""', status, location: at(2, 14, 22) },
      ),
    },
    'src/lifecycle/machine.ts': {
      source,
      mutants: [{ mutatorName: 'X', status: 'Survived', location: at(1, 0, 1) }],
    },
  },
});

const doc = `## Mutation testing

### Equivalent mutants

| File | Mutant | Why it is equivalent |
| --- | --- | --- |
| \`src/checks/rules/limit.ts\` | \`a >= b\` → \`a > b\` | Only ever called with a \\| b apart. |

## Next
`;

describe('scoring a mutation report', () => {
  it('scores each area by the mutants its tests kill, naming the rest', () => {
    const { scores, undetected } = score(report(['Survived', 'Killed']), []);
    expect(scores.find((s) => s.name === 'rules')).toMatchObject({ killed: 1, survived: 1, score: 50 });
    // Files outside every area (the machine) do not count; an area with no mutants was not measured.
    expect(scores.find((s) => s.name === 'audit')).toMatchObject({ killed: 0, score: 0 });
    expect(undetected).toEqual([
      'src/checks/rules/limit.ts:1 EqualityOperator (Survived): `a >= b` → `a > b`',
    ]);
  });

  it('fails an area measured in part, whatever its measured files score (a run narrowed by --mutate)', () => {
    const sources = ['src/checks/rules/limit.ts', 'src/checks/rules/other.ts', 'src/audit/chain.ts'];
    const { scores } = score(report(['Killed', 'Killed']), [], sources);
    expect(scores.find((s) => s.name === 'rules')).toMatchObject({
      killed: 2,
      score: 0,
      missing: ['src/checks/rules/other.ts'],
    });
    const whole = score(report(['Killed', 'Killed']), [], sources.slice(0, 1));
    expect(whole.scores.find((s) => s.name === 'rules')).toMatchObject({ score: 100, missing: [] });
  });

  it('leaves out the equivalent mutants the docs list, and reports a listed one that is gone', () => {
    const equivalents = equivalentsIn(doc);
    expect(equivalents).toEqual([
      { file: 'src/checks/rules/limit.ts', original: 'a >= b', replacement: 'a > b' },
    ]);
    const left = score(report(['Survived', 'NoCoverage']), equivalents);
    expect(left.scores[0]).toMatchObject({ equivalent: 1, noCoverage: 1, score: 0 });
    expect(left.stale).toEqual([]);
    expect(score(report(['Killed', 'Timeout']), equivalents)).toMatchObject({
      stale: equivalents,
      scores: [{ killed: 2, score: 100 }, {}, {}, {}],
    });
  });

  it('reads the table of docs/architecture.md', () => {
    const architecture = readFileSync(resolve(import.meta.dirname, '../../../docs/architecture.md'), 'utf8');
    const equivalents = equivalentsIn(architecture);
    for (const { file } of equivalents) expect(file).toMatch(/^src\//);
    // Every row is read, however a formatter pads the columns.
    const table = architecture.split(/^#+ Equivalent mutants$/m)[1]?.split(/^#/m)[0] ?? '';
    expect(equivalents).toHaveLength(table.match(/^\| +`src\//gm)?.length ?? -1);
  });

  it('names the files of the areas an incremental file records no mutant of (CI runs only without any)', () => {
    const sources = ['src/checks/rules/limit.ts', 'src/checks/rules/other.ts', 'src/lifecycle/machine.ts'];
    expect(unrecorded(report(['Killed']), sources)).toEqual(['src/checks/rules/other.ts']);
    expect(unrecorded(undefined, sources)).toEqual(sources.slice(0, 2));
  });
});
