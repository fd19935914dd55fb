/** "a", "a and b", "a, b and c": words joined as a sentence lists them, with the language's "and". */
export function joinedWith(and: string, words: readonly string[]): string {
  const last = words.at(-1);
  if (last === undefined || words.length === 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${and} ${last}`;
}
