import type { LifecycleWords } from '../lifecycle-words.js';
import { part } from '../refusals.js';
import { welshLabels } from './values.js';

// Pam y gwrthodir digwyddiad gan gylch bywyd asesiad neu amcan, yn Gymraeg. Ids (events, sections,
// stages) stay as they are typed; states are named by their Welsh labels, in quotes.

const lifecycleState: Readonly<Record<string, string>> = welshLabels.labels.lifecycleState;
const objectiveStatus: Readonly<Record<string, string>> = welshLabels.labels.objectiveStatus;

const atStage = { approve: 'cymeradwyo', requestChanges: 'gofyn am newidiadau ar' };

type Where = { event: string; state: string; stage: string };
const refused = ({ event, state, stage }: Where) =>
  `Ni ellir gwneud ${event} tra bo’r asesiad yn y cyflwr “${part(lifecycleState, state)}”${stage ? ` (cam ${stage})` : ''}`;

/** Gwrthodiadau’r cylch bywyd yn Gymraeg (drafted by machine, unreviewed). */
export const welshLifecycleWords: LifecycleWords = {
  final: (values) => `${refused(values)}: mae’n derfynol.`,
  locked: (values) => `${refused(values)}: mae ei gynnwys wedi’i gloi; dechreuwch ddiwygiad i’w newid.`,
  notNow: (values) => `${refused(values)}.`,
  possibleNow: (values) => `${refused(values)}; yn bosibl nawr: ${values.possible}.`,
  sectionLocked: ({ section, state, editable }) =>
    `Ni ellir golygu’r adran "${section}" tra bo’r asesiad yn y cyflwr “${part(lifecycleState, state)}”; gellir golygu nawr: ${editable}.`,
  otherStage: ({ current, doing, asked }) =>
    `Mae’r asesiad yn aros ar y cam "${current}", felly ni ellir ${part(atStage, doing)} "${asked}".`,
  unknownStage: ({ current, doing, asked }) =>
    `Mae’r asesiad yn aros ar y cam "${current}", felly ni ellir ${part(atStage, doing)} "${asked}" (nid oes cam o’r fath yn ei gadwyn gymeradwyo).`,
  atStage,
  seniorNeeded:
    'Mae sgrinio allan angen cymeradwyaeth cam uwch, ac nid oes un yng nghadwyn gymeradwyo’r asesiad hwn: tynnwch ef yn ôl a dechrau eto dan broffil sydd â cham uwch.',
  commentExists: ({ id }) =>
    `Mae sylw â’r dynodydd "${id}" eisoes yn bod: rhowch ddynodydd newydd i’r sylw newydd.`,
  noReplyTarget: ({ id }) => `Mae’r sylw yn ateb "${id}", nad yw’n bod.`,
  noComment: ({ id }) => `Nid oes sylw "${id}" i’w ddatrys.`,
  commentResolved: ({ id }) => `Mae sylw "${id}" wedi’i ddatrys yn barod.`,
  noAction: ({ id, actions }) =>
    `Nid oes cam gweithredu "${id}" yn y cynllun gweithredu: camau gweithredu: ${actions || 'dim'}.`,
  supersedeItself: 'Ni all asesiad ddisodli ei hun: rhowch ddynodydd y diwygiad newydd.',
  createOnlyStarts: 'Dim ond dechrau log y mae digwyddiad creu: defnyddiwch start() ar gyfer asesiad newydd.',
  objectiveLocked: ({ id, fields }) =>
    `Mae amcan ${id} wedi’i gymeradwyo: dim ond ei gerrig milltir a’i gamau gweithredu a gaiff newid nawr, nid: ${fields}. Caewch ef a sefydlu amcan newydd i newid yr hyn y mae’n ei addo.`,
  objectiveExists: ({ event, id }) => `Nid yw ${event} yn bosibl ar amcan ${id}: mae eisoes yn bod.`,
  objectiveNotStarted: 'Nid yw’r log yn dechrau drwy greu’r amcan.',
  objectiveInStatus: ({ event, id, status }) =>
    `Nid yw ${event} yn bosibl ar amcan ${id}: mae yn y cyflwr “${part(objectiveStatus, status)}”.`,
  objectiveStage: ({ event, id, awaited, stage }) =>
    `Nid yw ${event} yn bosibl ar amcan ${id}: y cam a ddisgwylir yw "${awaited || 'dim'}", nid "${stage}".`,
  objectiveMeasure: ({ event, id, measure }) =>
    `Nid yw ${event} yn bosibl ar amcan ${id}: nid oes ganddo fesur "${measure}".`,
};
