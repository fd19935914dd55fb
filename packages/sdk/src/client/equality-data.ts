import {
  authoriseEqualityData,
  type EqualityData,
  type Frozen,
  issueLines,
  type OrganisationData,
  type PayGapDimension,
  type PopulationKind,
  parseWith,
  StoreCorruptError,
  ValidationError,
} from '@eqia/core';
import { currentData, EqualityDataEntry } from '@eqia/core/analysis';
import { storedOnDemandTold } from '../language/stored-on-demand-errors.js';
import { actorOf, type ClientContext, callingUser } from './context.js';
import { type Analysis, loadAnalysis, readPopulationCsv, setsKnownTo } from './insight.js';

/** Whose counts an import holds: the organisation's staff, the people it works with, or a census baseline. */
export type DataPopulation = 'workforce' | 'caseload' | 'baseline';

/** A profile of one population by one census set, as a `category,count` CSV (see docs/insight.md). */
export interface PopulationImport {
  population: DataPopulation;
  /** The census category set the counts use, such as `ethnic_group`. */
  categorySet: string;
  /** Defaults to the characteristic that uses the set. */
  characteristic?: string;
  csv: string;
  /** The file's name, so errors can say which file is wrong. */
  name?: string;
  /** "2025-26" (for a baseline, defaults to "Census 2021"). */
  period?: string;
  /** Defaults to "whole organisation" for staff and caseload; a baseline must say its area. */
  area?: string;
  /** How a reader would name the people counted; defaults by population. */
  label?: string;
  source?: string;
}

/** Pay gap figures as a `measure,value` CSV (see docs/equality-lead.md). */
export interface PayGapImport {
  dimension: PayGapDimension;
  csv: string;
  name?: string;
  period: string;
  /** The day pay was taken from (31 March in England). */
  snapshotDate: string;
  narrative?: string;
  source?: string;
}

export interface EqualityDataCommands {
  /** Keep a workforce, caseload or baseline profile (equality leads and admins). */
  importPopulation(input: PopulationImport): Promise<Frozen<EqualityDataEntry>>;
  /** Keep pay gap figures (equality leads and admins). */
  importPayGap(input: PayGapImport): Promise<Frozen<EqualityDataEntry>>;
  /** Every import, oldest first: the history, replaced imports included. */
  history(): Promise<Frozen<EqualityDataEntry[]>>;
  /** The latest import of each thing: what reports read. */
  current(): Promise<Frozen<EqualityDataEntry[]>>;
  /**
   * A period's figures as published (by default the latest period): profiles with small counts
   * suppressed under the profile's threshold and compared with the census baseline, and pay gaps.
   */
  figures(options?: { period?: string }): Promise<Frozen<OrganisationData>>;
}

const defaultLabels: Record<DataPopulation, string> = {
  workforce: 'Staff',
  caseload: 'People in the caseload',
  baseline: 'Local population',
};

const kinds: Record<DataPopulation, PopulationKind> = {
  workforce: 'workforce',
  caseload: 'caseload',
  baseline: 'local_population',
};

export function equalityDataCommands(context: ClientContext): EqualityDataCommands {
  /** Check the acting user may record data, then keep what `read` makes of the file. */
  async function record(
    read: (analysis: Analysis, profile: Awaited<ReturnType<ClientContext['profile']>>) => EqualityData,
  ) {
    const [analysis, profile] = await Promise.all([loadAnalysis(), context.profile()]);
    const user = callingUser(context, profile);
    const actor = actorOf(user);
    const refusal = authoriseEqualityData(actor);
    if (refusal) throw refusal;
    const entry: EqualityDataEntry = {
      recordedAt: context.clock().toISOString(),
      recordedBy: user.id,
      data: read(analysis, profile),
    };
    await context.store.appendEqualityData(entry);
    return entry;
  }
  const history = async () => {
    callingUser(context, await context.profile());
    return readImports(context);
  };
  return {
    importPopulation: (input) =>
      record((analysis, profile) => {
        const baseline = input.population === 'baseline';
        const profileData = readPopulationCsv(
          analysis,
          input,
          {
            csv: input.csv,
            ...(input.name === undefined ? {} : { name: input.name }),
            label: input.label ?? defaultLabels[input.population],
            period: input.period ?? (baseline ? 'Census 2021' : ''),
            area: input.area ?? (baseline ? '' : 'whole organisation'),
            ...(input.source === undefined ? {} : { source: input.source }),
          },
          input.population,
          kinds[input.population],
          profile,
        );
        return { kind: 'population', profile: profileData };
      }),
    importPayGap: (input) =>
      record((analysis) =>
        analysis.parsePayGapCsv(
          input.csv,
          {
            dimension: input.dimension,
            period: input.period,
            snapshotDate: input.snapshotDate,
            ...(input.narrative === undefined ? {} : { narrative: input.narrative }),
            ...(input.source === undefined ? {} : { source: input.source }),
          },
          input.name ? `The pay gap CSV (${input.name})` : 'The pay gap CSV',
        ),
      ),
    history,
    current: async () => currentData(await history()),
    figures: async (options = {}) => {
      const [analysis, profile] = await Promise.all([loadAnalysis(), context.profile()]);
      callingUser(context, profile);
      return analysis.organisationData(await readImports(context), {
        threshold: profile.smallCountThreshold ?? analysis.DEFAULT_SMALL_COUNT_THRESHOLD,
        categorySets: setsKnownTo(profile),
        ...(options.period === undefined ? {} : { period: options.period }),
      });
    },
  };
}

/** The imports as the store keeps them, each checked whole: a damaged row is named, never a crash later. */
async function readImports(context: ClientContext): Promise<EqualityDataEntry[]> {
  const { location } = context.store;
  return (await context.store.listEqualityData()).map((entry, index) => {
    try {
      return parseWith(EqualityDataEntry, entry, 'The import') as EqualityDataEntry;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // What is wrong, one issue a line: a Welsh client words them again from this cause.
      const issues = issueLines(error.issues);
      const { message, options } = storedOnDemandTold('importUnshaped', {
        location,
        number: String(index + 1),
        issues,
      });
      throw new StoreCorruptError(message, location, { cause: error, ...options });
    }
  });
}
