import {
  type CategoryLevel,
  type CensusCategorySet,
  censusCategorySets,
  type DisparityAnalysis,
  type EvidenceItem,
  editSection,
  type IsoDate,
  type PopulationKind,
  type PopulationProfile,
  type Profile,
  profileCharacteristics,
  recordTold,
  ValidationError,
} from '@eqia/core';
import { runCommand, viewOf } from './command-runner.js';
import { actorOf, type ClientContext, callingUser } from './context.js';
import type { AssessmentView } from './results.js';

/** One side of a comparison as a CSV file (`category,count` rows: see docs/insight.md) and what it counts. */
export interface PopulationCsv {
  /** The file's text. */
  csv: string;
  /** The file's name, so errors can say which file is wrong ("caseload.csv"). */
  name?: string;
  /** Whose counts: the population defaults to `other`, the baseline to `local_population`. */
  kind?: PopulationKind;
  /** How a reader would name the people counted: "children in our caseload". */
  label: string;
  /** "2023-24", "Census 2021". */
  period: string;
  area: string;
  source?: string;
}

/** A population (caseload, workforce, applicants) to compare with a baseline, both by one census set. */
export interface DisparityRequest {
  /** The census category set both files use, such as `ethnic_group` or `religion`. */
  categorySet: string;
  /** Defaults to the characteristic of the profile (or catalogue) that uses the set. */
  characteristic?: string;
  population: PopulationCsv;
  baseline: PopulationCsv;
  /** `groups` compares the broad groups (19 ethnic groups → 5); defaults to the finest both sides have. */
  level?: CategoryLevel;
  /** Of the interval around each population share; defaults to 0.95. */
  confidence?: number;
}

export interface AttachDisparityInput extends DisparityRequest {
  /** The evidence item's id. Defaults to a new id; an existing analysis with this id is replaced. */
  evidenceId?: string;
  title?: string;
  /** When the population's counts were produced. */
  date?: IsoDate;
  url?: string;
}

/** Core's CSV readers and statistics. */
export type Analysis = typeof import('@eqia/core/analysis');

/** Loaded on first use, so a page that never compares populations never downloads them. */
export const loadAnalysis = (): Promise<Analysis> => import('@eqia/core/analysis');

/**
 * Read both CSVs and compare them, suppressing small counts at the profile's `smallCountThreshold`
 * (5 without a profile). Pure: nothing is read or written, so `eqia insight` can print the result.
 * Errors are ValidationErrors that name the file's role and name, and each bad line. Asynchronous only
 * because the statistics load on first use.
 */
export async function analyseDisparity(
  request: DisparityRequest,
  profile?: Profile,
): Promise<DisparityAnalysis> {
  return compare(await loadAnalysis(), request, profile);
}

function compare(analysis: Analysis, request: DisparityRequest, profile?: Profile): DisparityAnalysis {
  const categorySets = setsKnownTo(profile);
  const read = (side: PopulationCsv, role: string, kind: PopulationKind) =>
    readPopulationCsv(analysis, request, side, role, kind, profile);
  const population = read(request.population, 'population', 'other');
  const baseline = read(request.baseline, 'baseline', 'local_population');
  return analysis.compareToBaseline(population, baseline, {
    threshold: profile?.smallCountThreshold ?? analysis.DEFAULT_SMALL_COUNT_THRESHOLD,
    categorySets,
    ...(request.level ? { level: request.level } : {}),
    ...(request.confidence === undefined ? {} : { confidence: request.confidence }),
  });
}

/**
 * Read one population's CSV by a census set, for a comparison or an import of the organisation's data:
 * the characteristic defaults to the profile's (or the catalogue's) that uses the set. Errors name the
 * file's role and name, and each bad line.
 */
export function readPopulationCsv(
  analysis: Analysis,
  request: { categorySet: string; characteristic?: string },
  side: PopulationCsv,
  role: string,
  kind: PopulationKind,
  profile: Profile | undefined,
): PopulationProfile {
  const characteristic =
    request.characteristic ??
    (profile &&
      profileCharacteristics(profile).find((candidate) =>
        candidate.census.some((set) => set.id === request.categorySet),
      )?.id);
  return analysis.parsePopulationCsv(
    side.csv,
    {
      categorySet: request.categorySet,
      ...(characteristic ? { characteristic } : {}),
      population: { kind: side.kind ?? kind, label: side.label },
      period: side.period,
      area: side.area,
      ...(side.source === undefined ? {} : { source: side.source }),
      categorySets: setsKnownTo(profile),
    },
    side.name ? `The ${role} CSV (${side.name})` : `The ${role} CSV`,
  );
}

/** The catalogue's census sets, then any a profile's own characteristics add. */
export function setsKnownTo(profile: Profile | undefined): CensusCategorySet[] {
  const sets = [...censusCategorySets];
  for (const characteristic of profile ? profileCharacteristics(profile) : []) {
    for (const set of characteristic.census) {
      if (!sets.some((known) => known.id === set.id)) sets.push(set);
    }
  }
  return sets;
}

/**
 * Put the item into the evidence list: a new id is added at the end; an earlier analysis with the same
 * id is replaced in place (new figures for the same comparison). Anything else with that id is kept.
 */
function placeEvidence(items: EvidenceItem[], item: EvidenceItem): void {
  const index = items.findIndex((existing) => existing.id === item.id);
  if (index === -1) {
    items.push(item);
    return;
  }
  if (!items[index]?.disparity) {
    const { message, told } = recordTold('evidenceTaken', { id: item.id });
    throw new ValidationError(message, [], { told });
  }
  items[index] = item;
}

export function insightCommands(context: ClientContext) {
  return {
    /** The analysis under the current profile's threshold, without attaching it. Any user may run it. */
    analyseDisparity: async (request: DisparityRequest): Promise<DisparityAnalysis> => {
      const profile = await context.profile();
      callingUser(context, profile);
      return analyseDisparity(request, profile);
    },

    /**
     * Compare the two CSVs and add the result as an evidence item of the assessment: one `edit` of the
     * evidence section, so the change is in the audit log like any other and the usual roles apply.
     */
    attachDisparity: async (id: string, input: AttachDisparityInput): Promise<AssessmentView> => {
      const analysis = await loadAnalysis();
      const committed = await runCommand(context, id, ({ stored, user, profile, at }) => {
        const item = analysis.disparityEvidence(compare(analysis, input, profile), {
          id: input.evidenceId ?? context.newId(),
          ...(input.title === undefined ? {} : { title: input.title }),
          ...(input.date === undefined ? {} : { date: input.date }),
          ...(input.url === undefined ? {} : { url: input.url }),
        });
        const { patches } = editSection(stored.snapshot.assessment, 'evidence', (evidence) => {
          placeEvidence(evidence.items, item);
        });
        if (patches.length === 0) {
          const { message, told } = recordTold('evidenceSame', { id: item.id });
          throw new ValidationError(message, [], { told });
        }
        return { type: 'edit', by: actorOf(user), at, section: 'evidence', patches };
      });
      return viewOf(context, committed);
    },
  };
}
