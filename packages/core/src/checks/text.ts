// Small helpers for reading what authors wrote, shared by the rules.

export const isBlank = (text: string | undefined): boolean => (text ?? '').trim() === '';

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Messages start with the thing they name: "The Age impact…", "Yr effaith…". */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
