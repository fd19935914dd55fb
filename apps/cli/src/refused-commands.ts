import {
  englishLifecycleWords,
  type InvalidTransitionError,
  type LifecycleWords,
  type Told,
  wordOf,
} from '@eqia/core/light';
import { msg, uiCoreMessages, uiProfile } from './messages/ui-language.js';
import { profileName } from './output/profile-names.js';

/**
 * The command a user types for each lifecycle event (an assessment's, an objective's). Left out: the
 * events no command asks for by name (`supersede`: a revision's sign-off does it).
 */
const commandOf: Readonly<Record<string, string>> = {
  create: 'eqia new',
  edit: 'eqia edit',
  screen: 'eqia edit',
  submit: 'eqia submit',
  withdrawSubmission: 'eqia withdraw --submission',
  comment: 'eqia comment',
  resolveComment: 'eqia comment --resolve',
  verdict: 'eqia review',
  approve: 'eqia approve',
  requestChanges: 'eqia request-changes',
  publish: 'eqia publish',
  reaffirm: 'eqia reaffirm',
  startRevision: 'eqia revise',
  withdraw: 'eqia withdraw',
  updateAction: 'eqia action',
  addMonitoringNote: 'eqia action --monitoring-note',
  createObjective: 'eqia objectives new',
  editObjective: 'eqia objectives edit',
  submitObjective: 'eqia objectives submit',
  approveObjective: 'eqia objectives approve',
  requestObjectiveChanges: 'eqia objectives request-changes',
  recordProgress: 'eqia objectives progress',
  closeObjective: 'eqia objectives close',
};

/** The assessment's refusals, which say "Cannot <event> while…"; an objective's begin with the event. */
const assessmentRefusals = new Set(['final', 'locked', 'notNow', 'possibleNow']);

const quoted = (event: string) => {
  const command = commandOf[event];
  return command && `\`${command}\``;
};

/** The assessment's refusals that name stages of its approval chain, and the values that hold them. */
const stageValues: Readonly<Record<string, readonly string[]>> = {
  final: ['stage'],
  locked: ['stage'],
  notNow: ['stage'],
  possibleNow: ['stage'],
  otherStage: ['current', 'asked'],
  unknownStage: ['current', 'asked'],
};

/** A stage by the name the profile gives it in this run's language; an id it does not have, as it is. */
const stageName = (id: string) => {
  const stage = uiProfile?.approvalChain.find((candidate) => candidate.id === id);
  return stage ? profileName('approvalChain', stage) : id;
};

/**
 * A lifecycle's refusal in the words a CLI user types: the SDK names its events (`startRevision`,
 * `requestChanges`), which nobody types here, so the refused one and those possible now are named as
 * their commands (`eqia revise`), and the stages it names (`equality_review`) as the profile names them
 * ("Equality lead review"), in the run's language. The error's data stays as the SDK gave it; a refusal
 * that names no stage, of an event no command asks for, keeps the SDK's words.
 */
export function refusalInCommands(error: InvalidTransitionError): string {
  const told: Told | undefined = error.told;
  if (!told) return error.message;
  const stages = Object.fromEntries(
    (stageValues[told.id] ?? []).flatMap((key) => {
      const id = told.values[key];
      return id ? [[key, stageName(id)]] : [];
    }),
  );
  const command = quoted(String(told.values.event));
  if (!command && Object.keys(stages).length === 0) return error.message;
  const possible = told.values.possible
    ?.split(', ')
    .map(quoted)
    .filter((each, index, all): each is string => !!each && all.indexOf(each) === index)
    .join(', ');
  const words: LifecycleWords = uiCoreMessages?.lifecycle ?? englishLifecycleWords;
  const values = {
    ...told.values,
    ...stages,
    ...(command && {
      event: assessmentRefusals.has(told.id) ? msg.errors.runCommand({ command }) : command,
      ...(possible !== undefined && { possible }),
    }),
  };
  // None of those possible is a command's (only `supersede`): then say only what was refused.
  const id = command && possible === '' ? 'notNow' : told.id;
  return wordOf(words, { id, values }) ?? error.message;
}
