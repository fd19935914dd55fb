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
import { type Block, contentsOf, plainText, type ReportDocument, type Section } from '../document/blocks.js';
import { type DocxBlock, factParagraphs, heading, proseParagraphs, table } from './docx-blocks.js';
import { disparityBlocks } from './docx-insight.js';
import { docxText, inlineRuns, textRuns } from './docx-text.js';

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

function block(content: Block, level: number): DocxBlock[] {
  switch (content.kind) {
    case 'section':
      return sectionBlocks(content, level + 1);
    case 'paragraph':
      return [new Paragraph({ children: inlineRuns(content.content) })];
    case 'prose':
      return proseParagraphs(content.text, content.empty);
    case 'facts':
      return factParagraphs(content.facts);
    case 'list':
      return content.items.map(
        (item, index) =>
          new Paragraph({
            children: content.ordered
              ? [new TextRun(`${index + 1}. `), ...inlineRuns(item)]
              : inlineRuns(item),
            ...(content.ordered ? {} : { bullet: { level: 0 } }),
          }),
      );
    case 'table':
      return table(content);
    case 'quote':
      return [
        ...proseParagraphs(content.text, 'No attestation text recorded.', 'Quote'),
        new Paragraph({ style: 'Note', children: textRuns(`— ${content.cite}`) }),
      ];
    case 'disparity':
      return disparityBlocks(content.analysis, level + 1);
  }
}

/** Level 1 is a top-level section (Heading 1, like the HTML's h2); deeper ones take the next heading. */
function sectionBlocks(section: Section, level: number, bookmark?: string): DocxBlock[] {
  return [
    heading(section.heading, level, bookmark),
    ...section.blocks.flatMap((child) => block(child, level)),
  ];
}

const small = (text: string, style: { bold?: boolean } = {}) =>
  new TextRun({ text: docxText(text), size: 16, color: '505A5F', ...style });

/**
 * A Word document of the same tree the HTML and Markdown come from: Word's heading styles, a contents
 * list that links to each section, tables whose header row repeats, the title and language set, and on
 * every page the running title, "Page n of m", and DRAFT when it is one.
 */
export async function renderDocxDocument(document: ReportDocument): Promise<Uint8Array> {
  const bookmarks = new Bookmarks();
  const listed = contentsOf(document);
  const contents = [
    heading('Contents', 1),
    ...listed.map(
      (section, index) =>
        new Paragraph({
          children: [
            new TextRun(`${index + 1}. `),
            new InternalHyperlink({
              anchor: bookmarks.of(section),
              children: [new TextRun({ text: docxText(section.heading), style: 'Hyperlink' })],
            }),
          ],
        }),
    ),
  ];
  const header = new Header({
    children: [
      new Paragraph({
        children: [
          ...(document.draft ? [small('DRAFT: not signed off', { bold: true }), small(' · ')] : []),
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
          new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 }),
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
        document: { run: { font: 'Arial', size: 22, language: { value: 'en-GB' } } },
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
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(document.title) }),
          ...factParagraphs(document.subtitle),
          ...document.lead.flatMap((section) => sectionBlocks(section, 1, bookmarks.of(section))),
          ...contents,
          ...listed.flatMap((section) => sectionBlocks(section, 1, bookmarks.of(section))),
          new Paragraph({
            style: 'Note',
            children: textRuns('Produced with eqia. Meaning in tables is given in words and symbols.'),
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
