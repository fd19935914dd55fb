/** How many choices a list shows at once, so a screen fits 24 lines. */
export const windowSize = 6;

/** Which slice of a long list to show so the cursor stays in view. */
export function visibleWindow(
  length: number,
  cursor: number,
  size = windowSize,
): { from: number; to: number } {
  if (length <= size) return { from: 0, to: length };
  const from = Math.min(Math.max(0, cursor - Math.floor(size / 2)), length - size);
  return { from, to: from + size };
}
