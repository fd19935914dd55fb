import type { WelshMarks } from '@eqia/core';
import { msg, uiLocale } from '../messages/ui-language.js';

/** How the CLI tells a reader what a text is when it is not simply its Welsh: in words. */
export const marks: WelshMarks = {
  english: (text) => msg.texts.english({ text }),
  stale: (text) => msg.texts.stale({ text }),
};

/**
 * An assessment's title in a list, as a reader of this run's language reads it (`eqia list`): in a
 * Welsh run the Welsh title where one is written (the listing's `welshTitle`, marked when written for
 * English that has changed since), else the English marked as English, as `show` marks them. Light,
 * as `eqia list` loads nothing of core's schemas.
 */
export function listedTitle(listing: { title: string; welshTitle?: string; welshTitleStale?: true }): string {
  const { title, welshTitle } = listing;
  if (uiLocale === 'en' || title.trim() === '') return title;
  if (welshTitle === undefined) return marks.english(title);
  return listing.welshTitleStale ? marks.stale(welshTitle) : welshTitle;
}

/**
 * The title a one-line message names an assessment by (a change done, a command refused): as
 * `listedTitle` gives it, from the view's summary, which carries the Welsh title.
 */
export const viewTitle = (view: {
  summary: { title: string; welshTitle?: string; welshTitleStale?: true };
}) => listedTitle(view.summary);
