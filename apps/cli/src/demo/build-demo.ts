import type { Frozen } from '@eqia/core';
import { type Assessment, addMonths, cafcassProfile, workedExample, workedExampleNow } from '@eqia/core';
import type { AssessmentStore, EqiaClient } from '@eqia/sdk';
import { applyAnswers } from '../answers/apply-answers.js';
import { answersFromAssessment } from '../answers/from-assessment.js';
import type { CliMessages } from '../messages/en.js';
import { seedEqualityData } from './equality-data.js';
import { boardApprovalComment, demoObjectives } from './objectives.js';
import { approvalComment, fhdraTitles, hybridWorkingDraft, stationeryScreenedOut } from './samples.js';
import { addDays, daysBetween, shiftDates } from './shift-dates.js';
import type { DemoLanguage } from './welsh-demo.js';

/** Keeps a demo user's private key where the CLI's signer will find it. */
export type KeyKeeper = (key: {
  keyId: string;
  user: string;
  createdAt: string;
  publicKey: string;
  privateKey: string;
}) => void;

export interface DemoSample {
  id: string;
  title: string;
  /** What the demo's table adds to its state (`english.demo.samples`). */
  what?: keyof CliMessages['demo']['samples'];
}

/** The English demo: the example profile, English only. */
const englishDemo: DemoLanguage = {
  profile: cafcassProfile,
  example: (sample) => sample,
  answers: (file) => file,
  approvalComment,
  objectiveWelsh: () => ({}),
  boardApprovalComment,
};

type Clients = Record<'amara' | 'ben' | 'julie' | 'sam' | 'nadia' | 'owen' | 'rachel', EqiaClient>;

/**
 * Fill an empty store with sample assessments in the states people meet: published, in review, signed off
 * with its review now due, a draft, a revision under way and a screened-out record. Dates are relative to
 * `now`, so the review-due and overdue-action samples stay so whenever the demo is run. `language` makes
 * it a Welsh body's demo (`welshDemo`); English by default.
 */
export async function buildDemo(
  store: AssessmentStore,
  now: Date,
  options: { keys?: KeyKeeper; language?: DemoLanguage } = {},
): Promise<DemoSample[]> {
  const language = options.language ?? englishDemo;
  await store.init({ profile: language.profile });
  const { createClient, ed25519Signer, generateSigningKey } = await import('@eqia/sdk');
  let clock = now;
  const at = (date: Date) => {
    clock = date;
  };
  const users = ['amara', 'ben', 'julie', 'sam', 'nadia', 'owen', 'rachel'] as const;
  // Each user signs with a key of their own, kept where `eqia` finds it, so the demo's sign-offs are
  // signed and a reviewer trying the demo signs theirs too.
  const pairs = options.keys
    ? await Promise.all(users.map(async (user) => ({ user, pair: await generateSigningKey() })))
    : [];
  const keyIdOf = (user: string, publicKey: string) => `${user}-${publicKey.slice(0, 12)}`;
  const clients = Object.fromEntries(
    await Promise.all(
      users.map(async (user) => {
        const pair = pairs.find((candidate) => candidate.user === user)?.pair;
        const signer =
          pair && ed25519Signer({ keyId: keyIdOf(user, pair.publicKey), privateKey: pair.privateKey });
        return [user, await createClient({ store, user, clock: () => clock, ...(signer && { signer }) })];
      }),
    ),
  ) as Clients;
  try {
    at(addDays(now, -500));
    for (const { user, pair } of pairs) {
      const keyId = keyIdOf(user, pair.publicKey);
      options.keys?.({ keyId, user, createdAt: clock.toISOString(), ...pair });
      await clients[user].registerKey({ id: keyId, publicKey: pair.publicKey });
    }
    const samples: DemoSample[] = [];
    const objectiveIds = await seedObjectives(clients, now, at, language);
    // The year's workforce, caseload and pay gap figures, imported by the equality lead.
    at(addDays(now, -20));
    await seedEqualityData(clients.julie, now);
    const example = (id: string, title: string, completedAt: Date): Assessment => {
      const shifted = shiftDates(workedExample, daysBetween(new Date(workedExampleNow), completedAt));
      // The example's equality-data actions serve the first objective, as an action plan would say.
      const actions = shifted.actions.map((action) =>
        servesData.has(action.id) ? { ...action, objectiveId: objectiveIds[0] } : action,
      );
      return language.example({ ...shifted, id, policy: { ...shifted.policy, title }, actions });
    };

    // Published: signed off by both stages about seven weeks ago, then published.
    const publishedAt = addDays(now, -50);
    const published = example('fhdra-pathfinder', fhdraTitles['fhdra-pathfinder'], publishedAt);
    await author(clients.amara, published, at);
    at(publishedAt);
    await clients.amara.submit(published.id);
    at(addDays(publishedAt, 2));
    await clients.julie.approve(published.id, { comment: language.approvalComment });
    at(addDays(publishedAt, 4));
    await clients.sam.approve(published.id);
    at(addDays(publishedAt, 5));
    await clients.amara.publish(published.id, {
      location: 'https://www.example.org/eqia/fhdra-pathfinder',
      format: 'html',
    });
    samples.push({ id: published.id, title: published.policy.title });

    // In review: the worked example, submitted two days ago, waiting on the equality lead.
    const reviewAt = addDays(now, -2);
    const inReview = example('fhdra-video', workedExample.policy.title, reviewAt);
    await author(clients.amara, inReview, at);
    at(reviewAt);
    await clients.amara.submit(inReview.id);
    samples.push({
      id: inReview.id,
      title: inReview.policy.title,
      what: 'inReview',
    });

    // Signed off thirteen months ago: its review date has passed.
    const pilotAt = addDays(now, -400);
    const pilot = example('fhdra-pilot', fhdraTitles['fhdra-pilot'], pilotAt);
    await author(clients.amara, pilot, at);
    at(pilotAt);
    await clients.amara.submit(pilot.id);
    at(addDays(pilotAt, 3));
    await clients.julie.approve(pilot.id);
    at(addDays(pilotAt, 6));
    await clients.sam.approve(pilot.id);
    samples.push({ id: pilot.id, title: pilot.policy.title, what: 'reviewDue' });

    // A revision of the published one, just started.
    at(addDays(now, -1));
    const revision = await clients.amara.startRevision(published.id);
    samples.push({
      id: revision.assessment.id,
      title: revision.assessment.policy.title,
      what: 'revision',
    });

    // A draft: policy details and part of the screening.
    at(addDays(now, -6));
    const draft = await clients.ben.create({
      id: 'hybrid-working',
      title: hybridWorkingDraft.policy?.title ?? '',
    });
    await applyAnswers(clients.ben, draft.assessment.id, language.answers(hybridWorkingDraft));
    samples.push({ id: 'hybrid-working', title: draft.assessment.policy.title });

    // Screened out, with a reason for every characteristic.
    at(addDays(now, -20));
    const screened = await clients.ben.create({
      id: 'stationery-contract',
      title: stationeryScreenedOut.policy?.title ?? '',
    });
    await applyAnswers(clients.ben, screened.assessment.id, language.answers(stationeryScreenedOut));
    samples.push({ id: 'stationery-contract', title: screened.assessment.policy.title });
    return samples;
  } finally {
    for (const client of Object.values(clients)) await client.close();
  }
}

const servesData = new Set(['act-ethnicity-analysis', 'act-monitoring-fields']);

/**
 * The four objectives, set up by the equality lead fifteen months ago for three years, approved by the
 * Board a fortnight later, with four quarterly updates from their owners: the last quarter is due now.
 */
async function seedObjectives(
  clients: Clients,
  now: Date,
  at: (date: Date) => void,
  language: DemoLanguage,
): Promise<string[]> {
  const setUp = addDays(now, -460);
  const start = setUp.toISOString().slice(0, 10);
  const ids: string[] = [];
  for (const { id, content, approver, updates } of demoObjectives(start, addMonths(start, 36))) {
    at(setUp);
    const welsh = language.objectiveWelsh(id);
    const { objective } = await clients.julie.objectives.create(
      Object.keys(welsh).length > 0 ? { ...content, welsh } : content,
      { id },
    );
    await clients.julie.objectives.submit(objective.id);
    at(addDays(setUp, 14));
    await clients[approver].objectives.approve(objective.id, { comment: language.boardApprovalComment });
    for (const [quarter, update] of updates.entries()) {
      const asOf = addMonths(start, 3 * (quarter + 1));
      at(addDays(new Date(`${asOf}T09:00:00Z`), 10));
      const owner = clients[content.owner as keyof Clients];
      const recorded = await owner.objectives.recordProgress(objective.id, { ...update, asOf });
      // An update's id is made as it is recorded, so its Welsh follows in an edit of its own.
      const made = recorded.objective.updates.at(-1)?.id ?? '';
      const welsh = language.objectiveWelsh(id, { id: made, quarter });
      if (Object.keys(welsh).length > 0) await owner.objectives.edit(objective.id, { welsh });
    }
    ids.push(objective.id);
  }
  return ids;
}

/** Create an assessment as its author at the time it was started, then fill every section. */
async function author(
  client: EqiaClient,
  content: Frozen<Assessment>,
  at: (date: Date) => void,
): Promise<void> {
  at(new Date(content.createdAt));
  await client.create({ id: content.id, title: content.policy.title });
  await applyAnswers(client, content.id, answersFromAssessment(content));
}
