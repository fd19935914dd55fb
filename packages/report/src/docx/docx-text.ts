// From the light entry: this module is loaded on demand, and a bundler wraps whatever it imports
// (lazily initialised, untrimmed), so importing core's main entry here would wrap all of core.
import { withoutBidiControls } from '@eqia/core/light';
import { ExternalHyperlink, type ParagraphChild, TextRun } from 'docx';
import { type Inline, linkable } from '../document/blocks.js';

/**
 * XML 1.0 cannot hold most control characters or a lone surrogate, and Word refuses a file that does:
 * they become U+FFFD, visibly. Bidirectional controls are removed; Word lays out right-to-left letters
 * by itself.
 */
const unwritable =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const docxText = (text: string) =>
  withoutBidiControls(text).replace(unwritable, '\uFFFD').replace(/\r\n?/g, '\n');

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  /** The run's language, as Word writes it ("cy-GB"), so a screen reader reads it in that voice. */
  language?: string;
}

/** TextRun options of a style: the language as Word's own language property. */
const runOptions = ({ language, ...style }: RunStyle) => ({
  ...style,
  ...(language ? { language: { value: language } } : {}),
});

/** Text as runs, each line break a break. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  return docxText(text)
    .split('\n')
    .map(
      (line, index) => new TextRun({ text: line, ...runOptions(style), ...(index > 0 ? { break: 1 } : {}) }),
    );
}

/** Word's name for a language: Welsh is "cy-GB" there. */
export const wordLanguage = (tag: string) => (tag === 'cy' ? 'cy-GB' : tag);

/** Inline content as runs: links (http, https, mailto only) as hyperlinks in the Hyperlink style. */
export function inlineRuns(content: Inline | Inline[], style: RunStyle = {}): ParagraphChild[] {
  return (Array.isArray(content) ? content : [content]).flatMap((part): ParagraphChild[] => {
    if (typeof part === 'string') return textRuns(part, style);
    if ('lang' in part) return textRuns(part.text, { ...style, language: wordLanguage(part.lang) });
    if (!linkable(part.href)) return textRuns(part.text, style);
    return [
      new ExternalHyperlink({
        link: docxText(part.href),
        children: [new TextRun({ text: docxText(part.text), style: 'Hyperlink', ...runOptions(style) })],
      }),
    ];
  });
}
