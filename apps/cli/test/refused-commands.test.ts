import { beforeAll, describe, expect, it } from 'vitest';
import { cafcassStore, eqia, tempDir } from './support/cli.js';

/**
 * A lifecycle's refusal names what the user typed and what they may type now as eqia's commands, not
 * the SDK's event names (`startRevision`), in English and Welsh; with --json, the same words and code.
 */
describe('a refused command', () => {
  let cwd: string;
  const run = (...argv: string[]) => eqia(cwd, argv);

  beforeAll(async () => {
    cwd = await cafcassStore([{ user: 'amara', answers: 'answers-screening.json', id: 'draft-1' }]);
  });

  it('names the command refused and the commands possible now, in English and Welsh', async () => {
    const english = await run('revise', 'draft-1', '--user', 'amara');
    expect(english.code).toBe(7);
    expect(english.stderr).toMatchInlineSnapshot(`
      "eqia revise: Cannot run \`eqia revise\` while the assessment is screened out, awaiting review; possible now: \`eqia edit\`, \`eqia comment\`, \`eqia comment --resolve\`, \`eqia submit\`, \`eqia withdraw\`.
      "
    `);
    const welsh = await run('--lang', 'cy', 'revise', 'draft-1', '--user', 'amara');
    expect(welsh.code).toBe(7);
    expect(welsh.stderr).toMatchInlineSnapshot(`
      "eqia revise: Ni ellir gwneud \`eqia revise\` tra bo’r asesiad yn y cyflwr “Wedi’i sgrinio allan, yn aros am adolygiad”; yn bosibl nawr: \`eqia edit\`, \`eqia comment\`, \`eqia comment --resolve\`, \`eqia submit\`, \`eqia withdraw\`.
      "
    `);
  });

  it('names a refused approval as its command, and keeps the error code in JSON', async () => {
    const refused = await run('approve', 'draft-1', '--user', 'sam', '--attest', '--json');
    expect(refused.code).toBe(7);
    expect(JSON.parse(refused.stderr)).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "INVALID_TRANSITION",
          "exitCode": 7,
          "message": "Cannot run \`eqia approve\` while the assessment is screened out, awaiting review; possible now: \`eqia edit\`, \`eqia comment\`, \`eqia comment --resolve\`, \`eqia submit\`, \`eqia withdraw\`.",
        },
      }
    `);
  });

  it('names the stage the assessment waits on as the profile names it, not by its id', async () => {
    const demo = await tempDir();
    expect((await eqia(demo, ['demo'])).code).toBe(0);
    const refused = await eqia(demo, ['revise', 'fhdra-video', '--user', 'amara']);
    expect(refused.code).toBe(7);
    expect(refused.stderr).toContain(
      'while the assessment is in review (stage Equality lead review); possible now:',
    );
    expect(refused.stderr).not.toContain('equality_review');
  });
});
