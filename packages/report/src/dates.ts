import type { IsoDate, IsoDateTime, PartialDate } from '@eqia/core';

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Dates are written the GOV.UK way ("14 March 2025") by hand rather than with Intl, so a report reads
 * the same on every machine and in every browser, whatever its locale data.
 */
export function formatDate(date: IsoDate | PartialDate): string {
  const [year, month, day] = date.split('-').map(Number);
  // Evidence may be dated by year ("2021") or month ("March 2021") only.
  if (month === undefined) return `${year}`;
  return `${day === undefined ? '' : `${day} `}${months[month - 1]} ${year}`;
}

/** An instant, in UTC so that the report does not depend on where it was rendered. */
export function formatDateTime(instant: IsoDateTime): string {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return instant;
  const hours = String(at.getUTCHours()).padStart(2, '0');
  const minutes = String(at.getUTCMinutes()).padStart(2, '0');
  return `${formatDate(dayOf(instant))} at ${hours}:${minutes} UTC`;
}

/** The calendar day (UTC) of an instant, to compare with due dates and review dates. */
export function dayOf(instant: IsoDateTime): IsoDate {
  return new Date(instant).toISOString().slice(0, 10);
}
