const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTime = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/;
const dayMs = 86_400_000;

/**
 * A copy of a value with every ISO date and date-time moved by a number of days: the demo's samples keep
 * the worked example's spacing of evidence, decision, actions and review, but relative to today.
 */
export function shiftDates<T>(value: T, days: number): T {
  if (typeof value === 'string') {
    if (isoDate.test(value))
      return new Date(Date.parse(value) + days * dayMs).toISOString().slice(0, 10) as T;
    if (isoDateTime.test(value))
      return `${new Date(Date.parse(value) + days * dayMs).toISOString().slice(0, 19)}Z` as T;
    return value;
  }
  if (Array.isArray(value)) return value.map((element) => shiftDates(element, days)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, field]) => [key, shiftDates(field, days)]),
    ) as T;
  return value;
}

export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / dayMs);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * dayMs);
}
