import type { Frozen } from '@eqia/core';
import {
  type AnalysisStatus,
  type Assessment,
  type ImpactDirection,
  inSentence,
  type Profile,
  profileCharacteristics,
} from '@eqia/core';
import { uiLabel } from '../messages/ui-language.js';
import { uiWords } from '../messages/ui-words.js';
import { profileName } from '../output/profile-names.js';

const symbols: Record<ImpactDirection, string> = {
  positive: '+',
  negative: '−',
  neutral: '0',
  unknown: '?',
  mixed: '±',
};

/** "+ positive − negative 0 neutral ? unknown": what the symbols stand for, in the language of the run. */
export const symbolLegend = (): string =>
  (Object.keys(symbols) as ImpactDirection[])
    .map((direction) => `${symbols[direction]} ${inSentence(uiLabel('impactDirection', direction))}`)
    .join(' ');

export interface ImpactGridModel {
  audiences: { id: string; label: string }[];
  rows: { characteristic: string; label: string; status: AnalysisStatus; cells: string[] }[];
}

/**
 * Characteristic × audience: for each cell the directions of the impacts found (+ − 0 ?), intersectional
 * impacts counted on each member. Symbols, not colour, carry the meaning.
 */
export function impactGrid(assessment: Frozen<Assessment>, profile: Frozen<Profile>): ImpactGridModel {
  const chosen = assessment.policy.audiences;
  const audiences = profile.audiences.filter((a) => chosen.length === 0 || chosen.includes(a.id));
  const rows = profileCharacteristics(profile).map((characteristic) => {
    const analysis = assessment.analysis[characteristic.id];
    const impacts = [
      ...(analysis?.impacts ?? []),
      ...assessment.intersectionality.impacts.filter((impact) =>
        impact.members.some((member) => member.characteristic === characteristic.id),
      ),
    ];
    const cells = audiences.map((audience) => {
      const directions = new Set(impacts.filter((i) => i.audience === audience.id).map((i) => i.direction));
      return (['negative', 'mixed', 'unknown', 'positive', 'neutral'] as const)
        .filter((direction) => directions.has(direction))
        .map((direction) => symbols[direction])
        .join('');
    });
    return {
      characteristic: characteristic.id,
      label: uiWords().characteristic(characteristic).label,
      status: analysis?.status ?? 'not_assessed',
      cells,
    };
  });
  return {
    audiences: audiences.map((a) => ({ id: a.id, label: profileName('audiences', a, profile) })),
    rows,
  };
}
