import { isRecord } from '@eqia/core/light';

/** One difference between two JSON values, at a dotted path such as `analysis.race.status`. */
export interface Difference {
  path: string;
  from: unknown;
  to: unknown;
}

/**
 * The leaves where two JSON values differ, in a stable order. Arrays compare position by position, so an
 * appended comment shows as `review.comments.2`; a value that changes kind (object to text) is one leaf.
 */
export function differences(
  from: unknown,
  to: unknown,
  path: readonly (string | number)[] = [],
): Difference[] {
  if (Array.isArray(from) && Array.isArray(to)) {
    const length = Math.max(from.length, to.length);
    return Array.from({ length }, (_, index) => differences(from[index], to[index], [...path, index])).flat();
  }
  if (isRecord(from) && isRecord(to)) {
    const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort();
    return keys.flatMap((key) => differences(from[key], to[key], [...path, key]));
  }
  if (Object.is(from, to)) return [];
  return [{ path: path.join('.'), from, to }];
}
