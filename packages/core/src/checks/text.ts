// Small helpers for reading what authors wrote, shared by the rules.

export const isBlank = (text: string | undefined): boolean => (text ?? '').trim() === '';

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** "a", "a and b", "a, b and c" (or "a, b or c"): lists in messages read as English. */
export function listInWords(parts: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${conjunction} ${parts.at(-1)}`;
}

/** Messages start with the thing they name: "The Age impact…". */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
