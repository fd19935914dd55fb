import { cafcassProfile, type Locale, type Profile, workedExample, workedExampleNow } from '@eqia/core';
import { type AssessmentView, createClient, createMemoryStore, type EqiaClient } from '@eqia/sdk';
import { render } from 'ink-testing-library';
import { vi } from 'vitest';
import { applyAnswers } from '../../src/answers/apply-answers.js';
import { answersFromAssessment } from '../../src/answers/from-assessment.js';
import { AnswersFile, type AnswersFileInput } from '../../src/answers/schema.js';
import { WizardController } from '../../src/wizard/controller.js';
import type { WizardStep } from '../../src/wizard/step.js';
import { WizardApp } from '../../src/wizard/WizardApp.js';
import { testNow } from './cli.js';

export const keys = {
  enter: '\r',
  down: '\u001B[B',
  up: '\u001B[A',
  space: ' ',
  ctrlN: '\u000E',
  ctrlP: '\u0010',
  ctrlG: '\u0007',
  ctrlC: '\u0003',
  ctrlO: '\u000F',
} as const;

export interface Session {
  client: EqiaClient;
  controller: WizardController;
  frame(): string;
  /** Every frame drawn so far, in order. */
  frames(): readonly string[];
  /** Wait until the screen shows `text`, then type `input` (a key or some text). */
  answer(text: string, ...input: string[]): Promise<void>;
  waitFor(text: string): Promise<void>;
  /** The wizard's run: resolves when its steps are done or the user quit. */
  finished: Promise<'done' | 'quit'>;
  view(): AssessmentView;
  unmount(): void;
}

/** Open a client on a fresh in-memory store, as `user`, with an assessment seeded from answers. */
export async function seededClient(
  seed: AnswersFileInput = {},
  options: { user?: string; profile?: Profile; id?: string; locale?: Locale } = {},
): Promise<EqiaClient> {
  const store = createMemoryStore();
  await store.init({ profile: options.profile ?? cafcassProfile });
  const client = await createClient({
    store,
    user: options.user ?? 'amara',
    clock: () => new Date(testNow),
    ...(options.locale && { locale: options.locale }),
  });
  const created = await client.create({
    id: options.id ?? 'wiz',
    title: seed.policy?.title ?? 'Wizard test',
  });
  await applyAnswers(client, created.assessment.id, AnswersFile.parse(seed));
  return client;
}

/** The worked example, submitted by its author and waiting on the equality lead; a client for `reviewer`. */
export async function submittedExample(reviewer: string, locale?: Locale): Promise<EqiaClient> {
  const store = createMemoryStore();
  await store.init({ profile: cafcassProfile });
  const clock = () => new Date(workedExampleNow);
  const author = await createClient({ store, user: 'amara', clock });
  await author.create({ id: workedExample.id, title: workedExample.policy.title });
  await applyAnswers(author, workedExample.id, answersFromAssessment(workedExample));
  await author.submit(workedExample.id);
  return createClient({ store, user: reviewer, clock, ...(locale && { locale }) });
}

/** Render the wizard on the given steps with ink-testing-library and run it. */
export async function startSession(
  client: EqiaClient,
  steps: readonly WizardStep[],
  id = 'wiz',
  contextLines?: number,
): Promise<Session> {
  const view = await client.get(id);
  const controller = new WizardController(client, steps, view, 0, () => testNow.slice(0, 10));
  const ui = render(
    <WizardApp controller={controller} {...(contextLines && { contextRows: () => contextLines })} />,
  );
  const finished = controller.run();
  const frame = () => ui.lastFrame() ?? '';
  const waitFor = (text: string) =>
    vi.waitFor(
      () => {
        if (!frame().includes(text)) throw new Error(`Still waiting for "${text}" in:\n${frame()}`);
      },
      { timeout: 5000, interval: 5 },
    );
  return {
    client,
    controller,
    frame,
    frames: () => ui.frames,
    waitFor,
    finished,
    async answer(text, ...input) {
      await waitFor(text);
      for (const chunk of input) {
        // One tick so the prompt on screen has subscribed to input before the keys arrive.
        await new Promise((resolve) => setImmediate(resolve));
        ui.stdin.write(chunk);
      }
    },
    view: () => controller.getState().view,
    unmount: () => ui.unmount(),
  };
}
