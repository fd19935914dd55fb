import type { Frozen } from '../frozen.js';

/** A text field as the walks of the schema give it (`textFields`, `objectiveTextFields`). */
interface Placed {
  /** Where its Welsh is kept (list items by id). */
  key: string;
  /** The dotted path of the field in this value (list items by place). */
  path: string;
  english: string;
}

/** How a reader is told what a text is when it is not simply its Welsh: English, or Welsh out of date. */
export interface WelshMarks {
  english(text: string): string;
  stale(text: string): string;
}

export interface TextsInWelsh<T> {
  /**
   * The value with each text its Welsh where one is written, else its English (marked, given `marks`):
   * a new object along each changed path, the rest shared with (and as frozen as) the value given.
   */
  value: T;
  /** The English texts shown for want of Welsh. */
  untranslated: Set<string>;
  /** The Welsh texts written for English that has changed since. */
  stale: Set<string>;
}

/**
 * What an author wrote, as a Welsh reader reads it: the one place that picks each text's Welsh or
 * English, for documents (which mark English with `lang`) and the CLI (which marks it in words).
 * `staleKeys` are the keys whose Welsh is older than their English (`staleWelsh` and its like).
 */
export function textsInWelsh<T>(
  value: Frozen<T>,
  fields: readonly Placed[],
  welsh: Readonly<Record<string, string>> | undefined,
  staleKeys: ReadonlySet<string>,
  marks?: WelshMarks,
): TextsInWelsh<T> {
  const untranslated = new Set<string>();
  const stale = new Set<string>();
  const copy = new PathCopy(value);
  for (const { key, path, english } of fields) {
    if (english.trim() === '') continue;
    const text = welsh?.[key];
    if (text === undefined || text.trim() === '') {
      untranslated.add(english);
      if (marks) copy.set(path, marks.english(english));
    } else if (staleKeys.has(key)) {
      stale.add(text);
      copy.set(path, marks ? marks.stale(text) : text);
    } else copy.set(path, text);
  }
  return { value: copy.root as T, untranslated, stale };
}

type Container = Record<string, unknown> | unknown[];

/**
 * Copies only what it changes: each object or list on a path it sets is copied once, so a long
 * assessment with a few Welsh texts costs a few small copies, and the value given stays as it was.
 */
class PathCopy {
  root: Container;
  readonly #made = new Set<Container>();

  constructor(value: unknown) {
    this.root = this.#own(value as Container);
  }

  /** The path names the field by place in this very value, so each step exists. */
  set(path: string, text: string): void {
    const names = path.split('.');
    const field = names.pop() as string;
    let parent = this.root as Record<string, unknown>;
    for (const name of names) {
      const child = this.#own(parent[name] as Container);
      parent[name] = child;
      parent = child as Record<string, unknown>;
    }
    parent[field] = text;
  }

  #own(container: Container): Container {
    if (this.#made.has(container)) return container;
    const made = Array.isArray(container) ? [...container] : { ...container };
    this.#made.add(made);
    return made;
  }
}
