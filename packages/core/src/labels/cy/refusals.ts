import { dutyOf, part, type RefusalParts, type RefusalWords, rolesNamed } from '../refusals.js';
import { welshLabels } from './values.js';

// Pam y gwrthodir rhywun, yn Gymraeg. A value (a user, a role, a stage) follows a colon, sits in quotes
// or stands where Welsh does not mutate it, as in the rules' messages.

const parts: RefusalParts = {
  duty: {
    changeProfile: 'newid y proffil',
    importAssessments: 'mewnforio asesiadau',
    registerKey: 'cofrestru allwedd ar gyfer',
    revokeKey: 'dirymu’r allwedd',
  },
  keepingPlan: {
    publish: 'cyhoeddi',
    updateAction: 'diweddaru camau gweithredu',
    addMonitoringNote: 'ychwanegu nodiadau monitro at',
  },
  sharing: { comment: 'rhoi sylwadau', resolveComment: 'datrys sylwadau', supersede: 'cofnodi disodli' },
  judging: { verdict: 'rhoi barn ar', approve: 'cymeradwyo', requestChanges: 'gofyn am newidiadau i' },
  atStage: { approve: 'cymeradwyo', requestChanges: 'gofyn am newidiadau' },
  relation: { created: 'a greodd', owns: 'sy’n berchen ar', contributedTo: 'a gyfrannodd at' },
};

const named = (roles: string) => rolesNamed(welshLabels.labels.role, roles);

/** Gwrthodiadau `authorise` yn Gymraeg (drafted by machine, unreviewed). */
export const welshRefusals: RefusalWords = {
  parts,
  create: ({ actor, roles }) =>
    `Ni chaiff ${actor} (${named(roles)}) greu asesiadau: dim ond awduron, cyfranwyr a gweinyddwyr a gaiff. Gall gweinyddwr roi rôl awdur iddynt.`,
  recordHistory: ({ actor }) =>
    `Ni chaiff ${actor} fewnforio cofnod a gymeradwywyd y tu allan i eqia: dim ond arweinydd cydraddoldeb neu weinyddwr a gaiff, gan mai nhw sy’n cadw cofnod y cymeradwyo. Mewnforiwch ef heb --historical fel drafft, neu gofynnwch iddynt.`,
  manageProfile: ({ actor, duty, subject }) =>
    `Ni chaiff ${actor} wneud hyn (${dutyOf(parts, duty, subject)}): dim ond gweinyddwr a gaiff. Gofynnwch i un o weinyddwyr y proffil.`,
  ownKey: ({ actor, duty, subject, owner }) =>
    `Ni chaiff ${actor} wneud hyn (${dutyOf(parts, duty, subject)}): dim ond ${owner} neu weinyddwr a gaiff.`,
  notListed: ({ actor, id, author }) =>
    `Ni chaiff ${actor} newid asesiad ${id}: nid yw ${actor} yn awdur, yn berchennog nac yn gyfrannwr rhestredig iddo: gofynnwch i ${author} eu hychwanegu at policy.contributors.`,
  noWriterRole: ({ actor, id, roles }) =>
    `Ni chaiff ${actor} newid asesiad ${id}: nid oes gan ${actor} rôl awdur na chyfrannwr (${named(roles)}).`,
  keepsPlan: ({ actor, id, doing }) =>
    `Ni chaiff ${actor} wneud hyn i asesiad ${id} (${part(parts.keepingPlan, doing)}): dim ond ei awdur, ei berchennog neu ei gyfranwyr rhestredig (â rôl awdur neu gyfrannwr), arweinydd cydraddoldeb neu weinyddwr a gaiff.`,
  submitter: ({ actor, author }) =>
    `Ni chaiff ${actor} dynnu’r cyflwyniad yn ôl: dim ond ei awdur (${author}) neu berchennog y polisi a gaiff.`,
  viewer: ({ actor, doing }) =>
    `Darllenydd yw ${actor}, ac ni chaiff wneud hyn (${part(parts.sharing, doing)}): gofynnwch i awdur, adolygydd neu weinyddwr.`,
  verdicts: ({ actor }) =>
    `Ni chaiff ${actor} roi barn ar adrannau: dim ond adolygwyr (arweinydd cydraddoldeb, cymeradwywr neu un o rolau’r gadwyn gymeradwyo) a gaiff.`,
  reaffirm: ({ actor }) =>
    `Ni chaiff ${actor} ailgadarnhau’r asesiad: dim ond cymeradwywr neu arweinydd cydraddoldeb a gaiff.`,
  stage: ({ actor, doing, stage, role }) =>
    `Ni chaiff ${actor} wneud hyn yn y cam "${stage}" (${part(parts.atStage, doing)}): dim ond defnyddiwr â’r rôl ${named(role)} a gaiff.`,
  edited: ({ actor, id, doing }) =>
    `Golygodd ${actor} asesiad ${id}, felly ni chaiff wneud hyn (${part(parts.judging, doing)}): rhaid i rywun sy’n annibynnol ar ei gynnwys wneud hynny.`,
  insider: ({ actor, relation, doing }) =>
    `${actor} ${part(parts.relation, relation)} yr asesiad hwn, felly ni chaiff wneud hyn (${part(parts.judging, doing)}): rhaid i rywun sy’n annibynnol ar y polisi wneud hynny.`,
  setUpObjective: ({ actor }) =>
    `Ni chaiff ${actor} osod amcanion cydraddoldeb: dim ond arweinydd cydraddoldeb neu weinyddwr a gaiff.`,
  changeObjective: ({ actor, id, owner }) =>
    `Ni chaiff ${actor} newid amcan ${id}: dim ond ei berchennog (${owner}), arweinydd cydraddoldeb neu weinyddwr a gaiff.`,
  objectiveStage: ({ actor, id, stage, role }) =>
    `Ni chaiff ${actor} benderfynu ar y cam "${stage}" o amcan ${id}: mae angen y rôl ${named(role)}.`,
  ownObjective: ({ actor, id }) =>
    `Ni chaiff ${actor} gymeradwyo amcan ${id}: nhw a’i gosododd neu sy’n berchen arno, ac nid oes neb yn cymeradwyo ei amcan ei hun.`,
  equalityData: ({ actor }) =>
    `Ni chaiff ${actor} gofnodi data cydraddoldeb: dim ond arweinydd cydraddoldeb neu weinyddwr a gaiff.`,
};
