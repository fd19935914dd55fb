import type { HistoryWords } from './history.js';

/**
 * Crynodebau’r log archwilio yn Gymraeg (drafted by machine, unreviewed: see docs/sdk.md). Each follows
 * the name of who did it as a perfect, "wedi …" ("Amara Khan wedi cyflwyno’r asesiad"), as a log
 * reads; a label follows a colon, so no mutation is left to a template.
 */
export const welshHistory: HistoryWords = {
  now: ({ where }) => `; ei gyflwr bellach: ${where}`,
  inReviewAt: ({ stage }) => `yn cael ei adolygu yn y cam ${stage}`,
  created: ({ title, revision }) => `wedi creu “${title}” (diwygiad ${revision})`,
  imported: ({ title, source }) => `wedi mewnforio “${title}” o ${source}`,
  // Mutated after "o" (o fewnbwn): the word stands only there.
  standardInput: 'fewnbwn safonol',
  signedOffOutside: ({ by, role, on, published }) =>
    `, wedi’i gymeradwyo y tu allan i eqia gan: ${by}${role ? `, ${role}` : ''}, ar ${on}${
      published ? `; wedi’i gyhoeddi y tu allan i eqia ar ${published.on} yn ${published.location}` : ''
    } (cofnod hanesyddol)`,
  // A noun after a number stays singular in Welsh: 3 newid.
  edit: ({ section, count }) => `wedi newid yr adran ${section} (${count} newid)`,
  screen: ({ decision }) => `wedi penderfynu wrth sgrinio: ${decision}`,
  submit: 'wedi cyflwyno’r asesiad i’w adolygu',
  withdrawSubmission: 'wedi tynnu’r asesiad yn ôl o’r adolygiad',
  approve: ({ stage }) => `wedi cymeradwyo’r cam ${stage}`,
  requestChanges: ({ stage, comment }) => `wedi gofyn am newidiadau yn y cam ${stage}: “${comment}”`,
  verdict: ({ section, verdict }) => `wedi barnu’r adran ${section}: ${verdict}`,
  comment: ({ section }) => `wedi rhoi sylw ar yr adran ${section}`,
  updateAction: ({ action, status }) => `wedi nodi cam gweithredu ${action}: ${status}`,
  startRevision: ({ revision }) => `wedi dechrau diwygiad ${revision}`,
  supersede: ({ by }) => `wedi nodi bod ${by} wedi disodli’r asesiad`,
  reaffirm: ({ next }) => `wedi ailddatgan yr asesiad; yr adolygiad nesaf: ${next}`,
  publish: ({ location }) => `wedi cyhoeddi’r asesiad yn ${location}`,
  resolveComment: ({ comment }) => `wedi datrys sylw ${comment}`,
  withdraw: ({ reason }) => `wedi tynnu’r asesiad yn ôl: “${reason}”`,
  addMonitoringNote: 'wedi ychwanegu nodyn monitro',
  change: ({ by, type, section, at, seq }) =>
    `${by} wedi cofnodi ${type}${section ? ` ar ${section}` : ''} am ${at} (fersiwn ${seq})`,
};
