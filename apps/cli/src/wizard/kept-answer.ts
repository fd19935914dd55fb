import type { PromptSpec } from '../prompts/types.js';

/**
 * The answer already kept for a question, when the wizard may walk the author past it without asking
 * (resuming where they stopped, or going back one question): its pre-filled value, if that is a valid
 * answer. Menus are never answered for the author.
 */
export function keptAnswer(spec: PromptSpec): { value: unknown } | undefined {
  if (spec.menu || spec.initial === undefined) return undefined;
  if (spec.kind === 'text') {
    const value = spec.initial.trim();
    if (spec.required && !value) return undefined;
    if (value && spec.validate?.(value)) return undefined;
    return { value };
  }
  if (spec.kind === 'multiSelect' && spec.initial.length < (spec.min ?? 0)) return undefined;
  return { value: spec.initial };
}

/** Where a question is: its step, and the question's id (its label when it has none). */
export interface Position {
  step: string;
  question: string;
  /** The question's words, for "it reopens at …". */
  label: string;
}

export const questionId = (spec: PromptSpec): string => spec.id ?? spec.label;
