import type { Locale } from '@eqia/core';
import { english } from './english.js';
import type { ReportLanguages } from './report-language.js';

/**
 * The report languages of a list of locales, first first (English for an empty list): what a caller
 * holding locales (`--lang cy,en`, the SDK's `client.locales`) passes to a renderer. The Welsh catalogue
 * is loaded only when a locale asks for it, so an English-only caller never loads it; the language alone,
 * not `../cy.js`, whose translators' review carries every English word (a bundler splitting at this import
 * would otherwise load the annual and objectives words with every page).
 */
export async function reportLanguages(locales: readonly Locale[]): Promise<ReportLanguages> {
  const welsh = locales.includes('cy') ? (await import('./welsh.js')).welsh : undefined;
  const languages = locales.map((locale) => (locale === 'cy' && welsh ? welsh : english));
  return languages.length ? (languages as [ReportLanguages[0], ...ReportLanguages]) : [english];
}
