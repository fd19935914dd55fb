import { profileCharacteristics } from '../catalogue/profile-characteristics.js';
import type { Action } from '../schema/action.js';
import type { Assessment } from '../schema/assessment.js';
import type { IsoDate, IsoDateTime } from '../schema/common.js';
import type { DataGap } from '../schema/evidence.js';
import type { Impact } from '../schema/impact.js';
import type { CharacteristicDefinition } from '../schema/profile.js';
import type { CheckedProfile } from './checked-profile.js';
import { dayOf } from './dates.js';
import { type CheckLanguage, englishCheckLanguage, listIn } from './language.js';

/** An impact wherever it sits: on one characteristic, or on an intersection of several. */
export interface ImpactRef {
  /** The shared impact fields (an intersectional impact also has its members). */
  impact: Impact;
  /** Dotted path to the impact, e.g. `analysis.race.impacts.0` or `intersectionality.impacts.1`. */
  path: string;
  characteristics: string[];
  /** How messages name it without its audience, in their language: `the Age impact "imp-1"`. */
  what: string;
  /** How messages name it in full, in their language: `the Age impact "imp-1" on Staff`. */
  name: string;
}

/** Everything a rule may read: the assessment, the profile, the clock passed in, and lookups. */
export interface CheckContext {
  readonly assessment: Assessment;
  readonly profile: CheckedProfile;
  readonly now: IsoDateTime;
  /** The UTC calendar day of `now`. */
  readonly today: IsoDate;
  /** The profile's characteristics in order: the nine, then its extras. */
  readonly characteristics: readonly CharacteristicDefinition[];
  readonly screenedOut: boolean;
  readonly impacts: readonly ImpactRef[];
  /** The language findings are worded in (English unless the caller asks for another). */
  readonly language: CheckLanguage;
  /** A characteristic's name in the findings' language; `characteristics` keep the profile's words. */
  characteristicLabel(id: string): string;
  audienceLabel(id: string): string;
  /** A stored value's label in the findings' language. */
  label: CheckLanguage['label'];
  /** "a", "a and b", "a, b or c", joined in the findings' language. */
  list(parts: readonly string[], conjunction?: 'and' | 'or'): string;
  /** Actions not dropped: the ones that can still fill a gap or mitigate an impact. */
  readonly liveActions: readonly Action[];
  /** Whether a live action is linked to the impact or gap, from either side of the link. */
  hasLiveAction(target: { kind: 'impact'; impact: Impact } | { kind: 'gap'; gap: DataGap }): boolean;
}

/** Whether the screening decided that no full assessment is needed: which rules apply follows from it. */
export const screenedOutOf = (assessment: Assessment): boolean =>
  assessment.screening.decision?.kind === 'not_required';

/**
 * The context rules read. Its derived parts (impacts, live actions, the screening) are worked out when a
 * rule first asks, so a rule reads only what it uses: the digest records each rule's reads (see
 * digest/incremental-checks.ts). Without `now`, reading the clock throws: a rule not marked as reading
 * it (`clock`) would otherwise keep findings in a digest that go stale.
 */
export function createCheckContext(
  assessment: Assessment,
  profile: CheckedProfile,
  now?: IsoDateTime,
  language: CheckLanguage = englishCheckLanguage,
): CheckContext {
  const characteristics = profileCharacteristics(profile);
  const characteristicLabel = (id: string) => {
    const definition = characteristics.find((c) => c.id === id);
    return definition ? language.characteristicLabel(definition) : id;
  };
  const audienceLabel = (id: string) =>
    profile.audiences.find((a) => a.id === id)?.label ??
    assessment.policy.otherGroups.find((group) => group.id === id)?.label ??
    id;
  const clock = (field: string) => {
    if (now === undefined) {
      throw new Error(
        `A due-regard rule read "${field}" but is not marked as reading the clock: give it \`clock\`.`,
      );
    }
    return now;
  };
  let impacts: ImpactRef[] | undefined;
  let live: { actions: Action[]; ids: Set<string> } | undefined;
  const liveActions = () => {
    if (!live) {
      const actions = assessment.actions.filter((action) => action.status !== 'dropped');
      live = { actions, ids: new Set(actions.map((action) => action.id)) };
    }
    return live;
  };
  return {
    assessment,
    profile,
    get now() {
      return clock('now');
    },
    get today() {
      return dayOf(clock('today'));
    },
    characteristics,
    get screenedOut() {
      return screenedOutOf(assessment);
    },
    get impacts() {
      impacts ??= impactRefs(assessment, language, characteristicLabel, audienceLabel);
      return impacts;
    },
    language,
    characteristicLabel,
    audienceLabel,
    label: language.label,
    list: (parts, conjunction) => listIn(language, parts, conjunction),
    get liveActions() {
      return liveActions().actions;
    },
    hasLiveAction(target) {
      const { actions, ids } = liveActions();
      const { id, actionIds } = target.kind === 'impact' ? target.impact : target.gap;
      if (actionIds.some((actionId) => ids.has(actionId))) return true;
      return actions.some((action) =>
        (target.kind === 'impact' ? action.impactIds : action.gapIds).includes(id),
      );
    },
  };
}

function impactRefs(
  assessment: Assessment,
  { words }: CheckLanguage,
  characteristicLabel: (id: string) => string,
  audienceLabel: (id: string) => string,
): ImpactRef[] {
  const describe = (impact: Impact, labels: string) => {
    const what = words.impact({ characteristics: labels, id: impact.id });
    return { what, name: words.impactOn({ impact: what, audience: audienceLabel(impact.audience) }) };
  };
  const impacts: ImpactRef[] = [];
  for (const [characteristic, analysis] of Object.entries(assessment.analysis)) {
    analysis.impacts.forEach((impact, index) => {
      impacts.push({
        impact,
        path: `analysis.${characteristic}.impacts.${index}`,
        characteristics: [characteristic],
        ...describe(impact, characteristicLabel(characteristic)),
      });
    });
  }
  assessment.intersectionality.impacts.forEach((impact, index) => {
    const members = impact.members.map((m) => m.characteristic);
    impacts.push({
      impact,
      path: `intersectionality.impacts.${index}`,
      characteristics: members,
      ...describe(impact, members.map(characteristicLabel).join(' × ')),
    });
  });
  return impacts;
}
