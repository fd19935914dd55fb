import { profileCharacteristics } from '../profiles/characteristics.js';
import type { Action } from '../schema/action.js';
import type { Assessment } from '../schema/assessment.js';
import type { IsoDate, IsoDateTime } from '../schema/common.js';
import type { DataGap } from '../schema/evidence.js';
import type { Impact } from '../schema/impact.js';
import type { CharacteristicDefinition, Profile } from '../schema/profile.js';
import { dayOf } from './dates.js';

/** An impact wherever it sits: on one characteristic, or on an intersection of several. */
export interface ImpactRef {
  /** The shared impact fields (an intersectional impact also has its members). */
  impact: Impact;
  /** Dotted path to the impact, e.g. `analysis.race.impacts.0` or `intersectionality.impacts.1`. */
  path: string;
  characteristics: string[];
  /** How messages name it without its audience: `the Age impact "imp-1"`. */
  what: string;
  /** How messages name it in full: `the Age impact "imp-1" on Staff`. */
  name: string;
}

/** Everything a rule may read: the assessment, the profile, the clock passed in, and lookups. */
export interface CheckContext {
  assessment: Assessment;
  profile: Profile;
  now: IsoDateTime;
  /** The UTC calendar day of `now`. */
  today: IsoDate;
  /** The profile's characteristics in order: the nine, then its extras. */
  characteristics: readonly CharacteristicDefinition[];
  screenedOut: boolean;
  impacts: readonly ImpactRef[];
  characteristicLabel(id: string): string;
  audienceLabel(id: string): string;
  /** Actions not dropped: the ones that can still fill a gap or mitigate an impact. */
  liveActions: readonly Action[];
  /** Whether a live action is linked to the impact or gap, from either side of the link. */
  hasLiveAction(target: { kind: 'impact'; impact: Impact } | { kind: 'gap'; gap: DataGap }): boolean;
}

export function createCheckContext(assessment: Assessment, profile: Profile, now: IsoDateTime): CheckContext {
  const characteristics = profileCharacteristics(profile);
  const characteristicLabel = (id: string) => characteristics.find((c) => c.id === id)?.label ?? id;
  const audienceLabel = (id: string) =>
    profile.audiences.find((a) => a.id === id)?.label ??
    assessment.policy.otherGroups.find((group) => group.id === id)?.label ??
    id;
  const describe = (impact: Impact, labels: string) => {
    const what = `the ${labels} impact "${impact.id}"`;
    return { what, name: `${what} on ${audienceLabel(impact.audience)}` };
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

  const liveActions = assessment.actions.filter((action) => action.status !== 'dropped');
  const liveIds = new Set(liveActions.map((action) => action.id));
  return {
    assessment,
    profile,
    now,
    today: dayOf(now),
    characteristics,
    screenedOut: assessment.screening.decision?.kind === 'not_required',
    impacts,
    characteristicLabel,
    audienceLabel,
    liveActions,
    hasLiveAction(target) {
      const { id, actionIds } = target.kind === 'impact' ? target.impact : target.gap;
      if (actionIds.some((actionId) => liveIds.has(actionId))) return true;
      return liveActions.some((action) =>
        (target.kind === 'impact' ? action.impactIds : action.gapIds).includes(id),
      );
    },
  };
}
