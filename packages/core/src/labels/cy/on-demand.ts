import type { OnDemandWords } from '../on-demand-words.js';

/** Yr hyn a ddywed craidd eqia o god a lwythir pan fo’i angen, yn Gymraeg (drafted by machine, unreviewed). */
export const welshOnDemandWords: OnDemandWords = {
  objectiveUnversioned: ({ location, found }) =>
    `Nid oes snapshotVersion dilys gan amcan yn y storfa yn ${location} (cafwyd ${found}): nid eqia a’i hysgrifennodd.`,
  objectiveNewer: ({ location, version }) =>
    `Ysgrifennwyd amcan yn y storfa yn ${location} gan eqia mwy newydd (fersiwn ciplun ${version}): uwchraddiwch eqia i’w ddarllen.`,
  badClock: ({ now }) =>
    `Nid yw cloc y gwiriadau "${now}" yn ddyddiad ac amser ISO: rhowch un fel 2026-03-02T10:00:00Z.`,
};
