/** What a prompt asks. The wizard, the review flow and the standalone ask helpers render the same specs. */
export interface TextSpec {
  kind: 'text';
  label: string;
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

export interface SelectSpec<T extends string = string> {
  kind: 'select';
  label: string;
  choices: readonly Choice<T>[];
  initial?: T;
  hint?: string;
}

export interface MultiSelectSpec<T extends string = string> {
  kind: 'multiSelect';
  label: string;
  choices: readonly Choice<T>[];
  initial?: readonly T[];
  hint?: string;
  /** At least this many must be chosen. */
  min?: number;
}

export interface ConfirmSpec {
  kind: 'confirm';
  label: string;
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
