import {
  findCharacteristic,
  type ImpactDirection,
  type IsoDate,
  type IsoDateTime,
  type Locale,
  languageTag,
  type PartialDate,
  type Profile,
  type Severity,
  type Wording,
} from '@eqia/core';
import type { ReportWords } from './report-words.js';

/** Symbols carry the direction for people who cannot tell the colours apart; the words carry it for everyone. */
const directionSymbols: Record<ImpactDirection, string> = {
  positive: '▲',
  negative: '▼',
  neutral: '●',
  unknown: '?',
  mixed: '◆',
};

/**
 * One language a report is written in: core's wording (labels, characteristics, census), the report's
 * own words, and the helpers every section formats with (dates, lists, badges).
 */
export interface ReportLanguage<Area extends keyof ReportWords = keyof ReportWords> extends Wording {
  readonly locale: Locale;
  /** The `lang` attribute of this language's part of a document: "cy", "en-GB". */
  readonly tag: string;
  /** The report's own words, of the areas it has: a renderer asks only for the areas it writes. */
  readonly words: Pick<ReportWords, Area>;
  /** "14 March 2025", "14 Mawrth 2025"; a date may be a year or a month only. */
  date(date: IsoDate | PartialDate): string;
  /** An instant in UTC, so that the report does not depend on where it was rendered. */
  dateTime(instant: IsoDateTime): string;
  /** Labels joined by commas, or "None" (or the word given) when there are none. */
  list(labels: readonly string[], none?: string): string;
  /** Sentences one a line: action and gap descriptions, which may hold commas of their own. */
  lines(labels: readonly string[], none?: string): string;
  /** A characteristic of the profile by id, in this language (a profile's own one as the profile words it). */
  characteristicLabel(profile: Profile, id: string): string;
  /** "▼ Negative (high)": the label with its symbol, for the impact grid. */
  impactBadge(direction: ImpactDirection, severity?: Severity): string;
  /** "▲ Positive, ▼ Negative, …": what each symbol means. */
  readonly directionLegend: string;
  /** A census category set's name by its id; in English, or for a set the catalogue lacks, as the data name it. */
  censusSetName(setId: string, named: string): string;
  /** A census category or group by its set and id, likewise. */
  censusCategory(setId: string, id: string, named: string): string;
}

const own = <T>(record: Readonly<Record<string, T>> | undefined, id: string): T | undefined =>
  record && Object.hasOwn(record, id) ? record[id] : undefined;

/**
 * The languages a report is written in, first first: English by default; `[welsh]` (from
 * `@eqia/report/cy`) for Welsh; `[welsh, english]` for a bilingual report with the Welsh first.
 */
export type ReportLanguages<Area extends keyof ReportWords = keyof ReportWords> = readonly [
  ReportLanguage<Area>,
  ...ReportLanguage<Area>[],
];

/**
 * What an assessment's report (and a disparity analysis in it) writes with: no annual or objectives
 * words, so a page that renders assessments alone does not load them (see english-assessment.ts).
 */
export type AssessmentLanguage = ReportLanguage<'document' | 'assessment' | 'insight'>;
export type AssessmentLanguages = ReportLanguages<'document' | 'assessment' | 'insight'>;

/** One document per language, in order: what the renderers take for a bilingual report. */
export const eachLanguage = <T, Area extends keyof ReportWords>(
  languages: ReportLanguages<Area>,
  document: (lang: ReportLanguage<Area>) => T,
) => languages.map(document) as [T, ...T[]];

/** The calendar day (UTC) of an instant, to compare with due dates and review dates. */
export const dayOf = (instant: IsoDateTime): IsoDate => new Date(instant).toISOString().slice(0, 10);

export function reportLanguage<Area extends keyof ReportWords>(
  wording: Wording,
  words: Pick<ReportWords, Area | 'document'>,
): ReportLanguage<Area | 'document'> {
  const { document } = words;
  const { census } = wording.messages;
  const english = wording.messages.locale === 'en';
  /**
   * Dates are written the GOV.UK way ("14 March 2025") by hand rather than with Intl, so a report reads
   * the same on every machine and in every browser, whatever its locale data.
   */
  const date = (value: IsoDate | PartialDate) => {
    const [year, month, day] = value.split('-').map(Number);
    // Evidence may be dated by year ("2021") or month ("March 2021") only.
    if (month === undefined) return `${year}`;
    return `${day === undefined ? '' : `${day} `}${document.months[month - 1]} ${year}`;
  };
  const impactBadge = (direction: ImpactDirection, severity?: Severity) =>
    `${directionSymbols[direction]} ${wording.impactLabel(direction, severity)}`;
  return {
    ...wording,
    locale: wording.messages.locale,
    tag: languageTag[wording.messages.locale],
    words,
    date,
    dateTime: (instant) => {
      const at = new Date(instant);
      if (Number.isNaN(at.getTime())) return instant;
      const time = `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
      return document.dateTime({ date: date(dayOf(instant)), time });
    },
    list: (labels, none = document.none) => (labels.length === 0 ? none : labels.join(', ')),
    lines: (labels, none = document.none) => (labels.length === 0 ? none : labels.join('\n')),
    characteristicLabel: (profile, id) => {
      const definition = findCharacteristic(profile, id);
      return definition ? wording.characteristic(definition).label : id;
    },
    impactBadge,
    directionLegend: (Object.keys(directionSymbols) as ImpactDirection[])
      .map((direction) => `${directionSymbols[direction]} ${wording.label('impactDirection', direction)}`)
      .join(', '),
    // English keeps the data's own words (a stored analysis holds them), so English reports are unchanged.
    censusSetName: (setId, named) => (english ? named : (own(census, setId)?.label ?? named)),
    censusCategory: (setId, id, named) => {
      const set = english ? undefined : own(census, setId);
      return own(set?.categories, id) ?? own(set?.groups, id) ?? named;
    },
  };
}
