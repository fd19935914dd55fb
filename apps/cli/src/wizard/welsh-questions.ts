import type { Frozen } from '@eqia/core';
import { type Assessment, type SectionId, textFields } from '@eqia/core';
import { msg } from '../messages/ui-language.js';
import type { TextSpec } from '../prompts/types.js';

/** A text answer just given, and the question it answered (named in the Welsh question). */
export interface TextAnswer {
  text: string;
  question: string;
}

/** One Welsh version to ask for: the field (its path in the section), the question it follows, and its own. */
export interface WelshQuestion {
  path: string;
  question: string;
  spec: TextSpec & { initial: string };
}

/**
 * The Welsh to ask for after a save of `section`: one question for each text field whose English is one
 * of the text answers just given (so an answer kept unchanged still gets its Welsh asked), in the
 * section's order. Optional: Enter on an empty answer skips it.
 */
export function welshQuestions(
  assessment: Frozen<Assessment>,
  section: SectionId,
  answers: readonly TextAnswer[],
): WelshQuestion[] {
  return textFields(assessment, [section]).flatMap(({ key, english }) => {
    const answer = english.trim() ? answers.find((given) => given.text === english) : undefined;
    if (!answer) return [];
    const path = key.slice(section.length + 1);
    return [
      {
        path,
        question: answer.question,
        spec: {
          kind: 'text',
          id: `welsh.${key}`,
          label: msg.wizard.welshOf({ question: answer.question }),
          hint: msg.wizard.welshHint,
          initial: assessment.welsh?.[key] ?? '',
        },
      },
    ];
  });
}
