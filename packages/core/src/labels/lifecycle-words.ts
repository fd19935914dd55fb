import { englishLabels } from './english.js';
import { inSentence } from './label.js';
import { part } from './refusals.js';
import { type OptionsTeller, optionsTellerOf } from './told.js';

// Why the lifecycles (of an assessment and of an objective) refuse an event, in English: the shape every
// language follows. The values are ids (states, events, stages, sections), never words, so that a
// refusal can be worded again in another language (`toldIn`, told.ts) without judging anything again.

type Values = Readonly<Record<string, string>>;
const objectiveStatus: Values = englishLabels.labels.objectiveStatus;
const lifecycleState: Values = englishLabels.labels.lifecycleState;

/** What a stage is asked to do, by event. */
const atStage: Values = { approve: 'approve', requestChanges: 'request changes at' };

/** Where the assessment is: its state by its label, in a sentence ("signed off"), and the stage it waits on in review. */
const stateOf = (state: string) => inSentence(part(lifecycleState, state));
const where = ({ state, stage }: { state: string; stage?: string }) =>
  stage ? `${stateOf(state)} (stage ${stage})` : stateOf(state);

export const englishLifecycleWords = {
  final: (values: { event: string; state: string; stage: string }) =>
    `Cannot ${values.event} while the assessment is ${where(values)}: it is final.`,
  locked: (values: { event: string; state: string; stage: string }) =>
    `Cannot ${values.event} while the assessment is ${where(values)}: its content is locked, start a revision to change it.`,
  notNow: (values: { event: string; state: string; stage: string }) =>
    `Cannot ${values.event} while the assessment is ${where(values)}.`,
  possibleNow: (values: { event: string; state: string; stage: string; possible: string }) =>
    `Cannot ${values.event} while the assessment is ${where(values)}; possible now: ${values.possible}.`,
  sectionLocked: ({ section, state, editable }: { section: string; state: string; editable: string }) =>
    `The "${section}" section cannot be edited while the assessment is ${stateOf(state)}; editable now: ${editable}.`,
  otherStage: ({ current, doing, asked }: { current: string; doing: string; asked: string }) =>
    `The assessment waits on the "${current}" stage, so cannot ${part(atStage, doing)} "${asked}".`,
  unknownStage: ({ current, doing, asked }: { current: string; doing: string; asked: string }) =>
    `The assessment waits on the "${current}" stage, so cannot ${part(atStage, doing)} "${asked}" (no such stage in its approval chain).`,
  atStage,
  seniorNeeded:
    'A screening-out needs a senior stage’s approval, and this assessment’s approval chain has none: withdraw it and start again under a profile with a senior stage.',
  commentExists: ({ id }: { id: string }) =>
    `A comment with id "${id}" already exists: give the new comment a new id.`,
  noReplyTarget: ({ id }: { id: string }) => `The comment replies to "${id}", which does not exist.`,
  noComment: ({ id }: { id: string }) => `There is no comment "${id}" to resolve.`,
  commentResolved: ({ id }: { id: string }) => `Comment "${id}" is already resolved.`,
  noAction: ({ id, actions }: { id: string; actions: string }) =>
    `There is no action "${id}" in the action plan: actions: ${actions || 'none'}.`,
  supersedeItself: 'An assessment cannot supersede itself: give the id of the new revision.',
  createOnlyStarts: 'A create event only starts a log: use start() for a new assessment.',
  objectiveLocked: ({ id, fields }: { id: string; fields: string }) =>
    `Objective ${id} is approved: only its milestones and actions may change now, not ${fields}. Close it and set up a new objective to change what it promises.`,
  objectiveExists: ({ event, id }: { event: string; id: string }) =>
    `${event} is not possible on objective ${id}: it already exists.`,
  objectiveNotStarted: 'The log does not start by creating the objective.',
  objectiveInStatus: ({ event, id, status }: { event: string; id: string; status: string }) =>
    `${event} is not possible on objective ${id}: it is ${inSentence(part(objectiveStatus, status))}.`,
  objectiveStage: ({
    event,
    id,
    awaited,
    stage,
  }: {
    event: string;
    id: string;
    awaited: string;
    stage: string;
  }) =>
    `${event} is not possible on objective ${id}: the stage awaited is "${awaited || 'none'}", not "${stage}".`,
  objectiveMeasure: ({ event, id, measure }: { event: string; id: string; measure: string }) =>
    `${event} is not possible on objective ${id}: it has no measure "${measure}".`,
};

/** Every lifecycle refusal in one language (a message missing in Welsh does not compile). */
export type LifecycleWords = typeof englishLifecycleWords;

/**
 * A lifecycle refusal's English message and the options that carry it as data: pass both to the
 * error's constructor (`new InvalidTransitionError(message, state, event, options)`).
 */
export const lifecycleTold: OptionsTeller<Omit<LifecycleWords, 'atStage'>> =
  optionsTellerOf(englishLifecycleWords);
