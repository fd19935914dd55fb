/** Which slice of a long list to show so the cursor stays in view. */
export function visibleWindow(length: number, cursor: number, size: number): { from: number; to: number } {
  if (length <= size) return { from: 0, to: length };
  const from = Math.min(Math.max(0, cursor - Math.floor(size / 2)), length - size);
  return { from, to: from + size };
}
