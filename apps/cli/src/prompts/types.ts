/** What every question has: its words, and where its answer goes (for resuming there and going back). */
interface QuestionSpec {
  label: string;
  /** Where the answer is kept, e.g. `evidence.items.ev-2.title`; the label when not given. */
  id?: string;
  /** A "what next?" menu of a list: never answered for the author when resuming or going back. */
  menu?: boolean;
}

/** What a prompt asks. The wizard, the review flow and the standalone ask helpers render the same specs. */
export interface TextSpec extends QuestionSpec {
  kind: 'text';
  /** Pre-filled and editable: Enter keeps it. */
  initial?: string;
  hint?: string;
  required?: boolean;
  /** Return what is wrong, or undefined when the value is fine. */
  validate?: (value: string) => string | undefined;
}

export interface Choice<T extends string = string> {
  value: T;
  label: string;
  hint?: string;
}

export interface SelectSpec<T extends string = string> extends QuestionSpec {
  kind: 'select';
  choices: readonly Choice<T>[];
  initial?: T;
  hint?: string;
}

export interface MultiSelectSpec<T extends string = string> extends QuestionSpec {
  kind: 'multiSelect';
  choices: readonly Choice<T>[];
  initial?: readonly T[];
  hint?: string;
  /** At least this many must be chosen. */
  min?: number;
}

export interface ConfirmSpec extends QuestionSpec {
  kind: 'confirm';
  initial?: boolean;
}

export type PromptSpec = TextSpec | SelectSpec | MultiSelectSpec | ConfirmSpec;

export type AnswerOf<S extends PromptSpec> = S extends TextSpec
  ? string
  : S extends SelectSpec
    ? string
    : S extends MultiSelectSpec
      ? string[]
      : boolean;

/** Ask questions one at a time; each promise settles when the user answers. */
export interface Ask {
  text(spec: Omit<TextSpec, 'kind'>): Promise<string>;
  select<T extends string>(spec: Omit<SelectSpec<T>, 'kind'>): Promise<T>;
  multiSelect<T extends string>(spec: Omit<MultiSelectSpec<T>, 'kind'>): Promise<T[]>;
  confirm(spec: Omit<ConfirmSpec, 'kind'>): Promise<boolean>;
}
