/** "a", "a and b", "a, b and c": parts joined as a sentence lists them, `word` ("and", "or", "a") before the last. */
export function joinedWith(word: string, parts: readonly string[]): string {
  const last = parts.at(-1);
  if (last === undefined || parts.length === 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${word} ${last}`;
}
