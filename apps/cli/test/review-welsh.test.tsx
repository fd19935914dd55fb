import { cafcassProfile, workedExample } from '@eqia/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { welshDemo } from '../src/demo/welsh-demo.js';
import { setUiLanguage, useProfileLanguage } from '../src/messages/ui-language.js';
import { buildReviewSteps } from '../src/review/review-steps.js';
import { type Session, startSession, submittedExample } from './support/wizard.js';

// The review screen in a Welsh run, of an assessment written in English only: what the author wrote is
// shown as `show` shows it, each text marked as English, and so are the title and the attestation.

let session: Session | undefined;
afterEach(() => session?.unmount());

describe('the review screen in Welsh', () => {
  beforeAll(() => setUiLanguage('cy'));
  afterAll(() => setUiLanguage('en'));

  it("marks the author's English, the title and the stage's attestation as English", async () => {
    const client = await submittedExample('julie');
    session = await startSession(client, buildReviewSteps(cafcassProfile, 'julie'), workedExample.id, 16);
    const s = session;
    await s.waitFor('Cam 1 o 12 · Polisi');
    const frame = s.frame();
    expect(frame).toContain('[Saesneg] Video by default for first hearing dispute resolution appointments\n');
    expect(frame).toContain('Teitl: [Saesneg] Video by default for first hearing dispute resolution');
    expect(frame).toContain('Nodau: [Saesneg] Hold first hearing dispute resolution appointments');
    s.unmount();
    const decision = buildReviewSteps(cafcassProfile, 'julie').slice(-1);
    session = await startSession(await submittedExample('julie'), decision, workedExample.id, 16);
    await session.waitFor('Ardystiad: [Saesneg] I have reviewed this equality impact assessment');
  });

  it('gives the stage’s attestation in the profile’s Welsh where the profile has it', async () => {
    await useProfileLanguage(welshDemo.profile);
    const decision = buildReviewSteps(cafcassProfile, 'julie').slice(-1);
    session = await startSession(await submittedExample('julie'), decision, workedExample.id, 16);
    await session.waitFor('Ardystiad: Rwyf wedi adolygu’r asesiad hwn o’r effaith ar gydraddoldeb');
    expect(session.frame()).toContain('Cam: Adolygiad yr arweinydd cydraddoldeb');
    expect(session.frame()).not.toContain('I have reviewed');
  });
});
