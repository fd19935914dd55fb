import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  InternalHyperlink,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import {
  type Block,
  contentsOf,
  isLink,
  plainText,
  type ReportDocument,
  type Section,
} from '../document/blocks.js';
import {
  type DocxBlock,
  factParagraphs,
  heading,
  inLanguage,
  proseParagraphs,
  table,
} from './docx-blocks.js';
import { disparityBlocks } from './docx-insight.js';
import { docxText, inlineRuns, type RunStyle, textRuns, wordLanguage } from './docx-text.js';

/** Word bookmark names: a letter first, then letters, digits and underscores, at most 40 characters. */
class Bookmarks {
  private readonly names = new Map<Section, string>();
  private readonly used = new Set<string>();

  of(section: Section): string {
    let name = this.names.get(section);
    if (name) return name;
    const base = `s_${section.id.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 36);
    name = base;
    for (let n = 2; this.used.has(name); n++) name = `${base}_${n}`;
    this.used.add(name);
    this.names.set(section, name);
    return name;
  }
}

/** One document's language and words, and the language every run of it is marked with. */
interface Part {
  lang: ReportDocument['lang'];
  words: ReportDocument['lang']['words']['document'];
  run: RunStyle;
}

function block(content: Block, level: number, part: Part): DocxBlock[] {
  const { run } = part;
  switch (content.kind) {
    case 'section':
      return sectionBlocks(content, level + 1, part);
    case 'paragraph':
      return [new Paragraph({ children: inlineRuns(content.content, run) })];
    case 'prose':
      return proseParagraphs(
        content.text,
        content.empty ?? part.words.notRecordedSentence,
        undefined,
        inLanguage(run, content.lang),
      );
    case 'facts':
      return factParagraphs(content.facts, run);
    case 'list':
      return content.items.map(
        (item, index) =>
          new Paragraph({
            children: content.ordered
              ? [...textRuns(`${index + 1}. `, run), ...inlineRuns(item, run)]
              : inlineRuns(item, run),
            ...(content.ordered ? {} : { bullet: { level: 0 } }),
          }),
      );
    case 'table':
      return table(content, run);
    case 'quote':
      return [
        ...proseParagraphs(content.text, part.words.noAttestation, 'Quote', inLanguage(run, content.lang)),
        new Paragraph({ style: 'Note', children: textRuns(`— ${content.cite}`, run) }),
      ];
    case 'disparity':
      return disparityBlocks(content.analysis, level + 1, part.lang, run);
  }
}

/** Level 1 is a top-level section (Heading 1, like the HTML's h2); deeper ones take the next heading. */
function sectionBlocks(section: Section, level: number, part: Part, bookmark?: string): DocxBlock[] {
  return [
    heading(section.heading, level, bookmark, part.run),
    ...section.blocks.flatMap((child) => block(child, level, part)),
  ];
}

const small = (text: string, style: { bold?: boolean } = {}) =>
  new TextRun({ text: docxText(text), size: 16, color: '505A5F', ...style });

/**
 * One document's body: its title, subtitle, lead, contents and sections. In a bilingual document every
 * run is marked with its language (a single language is the document's default), and the second
 * language's version starts on a new page.
 */
function documentBlocks(
  document: ReportDocument,
  bookmarks: Bookmarks,
  index: number,
  marked: boolean,
): DocxBlock[] {
  const language = wordLanguage(document.lang.tag);
  const part: Part = {
    lang: document.lang,
    words: document.lang.words.document,
    run: marked ? { language } : {},
  };
  const newPage = index > 0;
  const { run } = part;
  const listed = contentsOf(document);
  const contents = [
    heading(part.words.contents, 1, undefined, run),
    ...listed.map(
      (section, index) =>
        new Paragraph({
          children: [
            ...textRuns(`${index + 1}. `, run),
            new InternalHyperlink({
              anchor: bookmarks.of(section),
              children: (typeof section.heading === 'string' ? [section.heading] : section.heading).map(
                (content) => {
                  // A part in another language keeps it here too, as in the heading it links to.
                  const language =
                    typeof content === 'string' || isLink(content)
                      ? run.language
                      : wordLanguage(content.lang);
                  return new TextRun({
                    text: docxText(typeof content === 'string' ? content : content.text),
                    style: 'Hyperlink',
                    ...(language ? { language: { value: language } } : {}),
                  });
                },
              ),
            }),
          ],
        }),
    ),
  ];
  return [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      pageBreakBefore: newPage,
      children: document.heading ? inlineRuns(document.heading, run) : textRuns(document.title, run),
    }),
    ...factParagraphs(document.subtitle, run),
    ...document.lead.flatMap((section) => sectionBlocks(section, 1, part, bookmarks.of(section))),
    ...contents,
    ...listed.flatMap((section) => sectionBlocks(section, 1, part, bookmarks.of(section))),
    new Paragraph({ style: 'Note', children: textRuns(part.words.docxFooter, run) }),
  ];
}

/**
 * A Word document of the same tree the HTML and Markdown come from: Word's heading styles, a contents
 * list that links to each section, tables whose header row repeats, the title and language set, and on
 * every page the running title, "Page n of m", and DRAFT when it is one. Given documents in several
 * languages, each is a whole version, the first first, each run marked with its language.
 */
export async function renderDocxDocument(
  ...documents: [ReportDocument, ...ReportDocument[]]
): Promise<Uint8Array> {
  const [document] = documents;
  const words = document.lang.words.document;
  const language = wordLanguage(document.lang.tag);
  const bookmarks = new Bookmarks();
  const header = new Header({
    children: [
      new Paragraph({
        children: [
          ...(document.draft ? [small(words.draftMark, { bold: true }), small(' · ')] : []),
          small(document.title),
        ],
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({
            children: [words.page.before, PageNumber.CURRENT, words.page.between, PageNumber.TOTAL_PAGES],
            size: 16,
          }),
        ],
      }),
    ],
  });
  const file = new Document({
    title: docxText(document.title),
    creator: 'eqia',
    description: docxText(
      document.subtitle.map((fact) => `${fact.term}: ${plainText(fact.value)}`).join('; '),
    ),
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 22, language: { value: language } } },
        title: { run: { font: 'Arial', size: 40, bold: true, color: '1B1B1B' } },
        heading1: { run: { font: 'Arial', size: 32, bold: true, color: '1B1B1B' } },
        heading2: { run: { font: 'Arial', size: 28, bold: true, color: '1B1B1B' } },
        heading3: { run: { font: 'Arial', size: 24, bold: true, color: '1B1B1B' } },
      },
      paragraphStyles: [
        { id: 'Caption', name: 'Caption', basedOn: 'Normal', run: { bold: true } },
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          paragraph: { indent: { left: 567 } },
          run: { italics: true },
        },
        { id: 'Note', name: 'Note', basedOn: 'Normal', run: { size: 18, color: '505A5F' } },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1020, right: 1020 },
          },
        },
        headers: { default: header },
        footers: { default: footer },
        children: documents.flatMap((version, index) =>
          documentBlocks(version, bookmarks, index, documents.length > 1),
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
