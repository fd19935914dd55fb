import {
  type Block,
  type Cell,
  contentsOf,
  type Fact,
  type Inline,
  isLink,
  linkable,
  plainText,
  type ReportDocument,
  type Section,
} from '../document/blocks.js';
import {
  escapeMarkdownBlock,
  escapeMarkdownCell,
  escapeMarkdownInline,
  markdownLinkDestination,
} from '../escape-markdown.js';
import { renderInsightMarkdown } from '../insight-markdown.js';
import type { AssessmentLanguage } from '../language/report-language.js';

function inline(content: Inline): string {
  if (typeof content === 'string') return escapeMarkdownInline(content);
  if (!isLink(content)) return `<span lang="${content.lang}">${escapeMarkdownInline(content.text)}</span>`;
  if (!linkable(content.href)) return escapeMarkdownInline(content.text);
  return `[${escapeMarkdownInline(content.text)}](${markdownLinkDestination(content.href)})`;
}

/** Parts side by side: the space between two parts ("Cwestiynau: " and a link) is kept, as escaping trims each. */
const inlines = (content: Inline | Inline[]) =>
  (Array.isArray(content) ? content : [content])
    .map((part, index, parts) => {
      if (typeof part !== 'string') return inline(part);
      const before = index > 0 && /^\s/.test(part) ? ' ' : '';
      const after = index < parts.length - 1 && /\s$/.test(part) ? ' ' : '';
      return `${before}${inline(part)}${after}`;
    })
    .join('');

/** Negative cells are bold as well as worded, the Markdown equivalent of the HTML highlight. */
function cellMarkdown(value: Cell): string {
  const escaped = escapeMarkdownCell(value.text);
  const text =
    escaped && (value.tone === 'negative-high' || value.tone === 'negative') ? `**${escaped}**` : escaped;
  const marked = text && value.lang ? `<span lang="${value.lang}">${text}</span>` : text;
  return [marked, ...(value.links ?? []).map(inline)].filter(Boolean).join('<br>') || ' ';
}

/** A text value may hold paragraphs: its lines are indented to stay inside the list item. */
const factValue = (value: Inline | Inline[]) =>
  typeof value === 'string' ? escapeMarkdownBlock(value).replace(/\n/g, '\n  ') : inlines(value);

const factsMarkdown = (facts: Fact[]) =>
  facts.map((fact) => `- **${escapeMarkdownInline(fact.term)}:** ${factValue(fact.value)}`).join('\n');

function block(content: Block, depth: number, lang: AssessmentLanguage): string {
  switch (content.kind) {
    case 'section':
      return section(content, depth + 1, lang);
    case 'paragraph':
      return inlines(content.content);
    case 'prose': {
      const text = escapeMarkdownBlock(content.text);
      if (!text) return `*${escapeMarkdownInline(content.empty ?? lang.words.document.notRecordedSentence)}*`;
      // Text in another language than the document's keeps its own lang, as a bilingual document's parts do.
      return content.lang ? `<div lang="${content.lang}">\n\n${text}\n\n</div>` : text;
    }
    case 'facts':
      return factsMarkdown(content.facts);
    case 'list':
      return content.items
        .map((item, index) => `${content.ordered ? `${index + 1}.` : '-'} ${inlines(item)}`)
        .join('\n');
    case 'disparity':
      return renderInsightMarkdown(content.analysis, {
        headingLevel: Math.min(depth + 1, 6),
        lang,
      }).trimEnd();
    case 'quote': {
      const text =
        escapeMarkdownBlock(content.text) || `*${escapeMarkdownInline(lang.words.document.noAttestation)}*`;
      // Text in another language than the document's keeps its own lang, as prose does; the cite does not.
      const inside = content.lang ? `<div lang="${content.lang}">\n\n${text}\n\n</div>` : text;
      const quoted = inside
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
      return `${quoted}\n>\n> — ${escapeMarkdownInline(content.cite)}`;
    }
    case 'table': {
      const caption = `**${escapeMarkdownInline(content.caption)}**`;
      if (content.rows.length === 0) return `${caption}: ${escapeMarkdownInline(content.empty)}`;
      const header = `| ${content.columns.map(escapeMarkdownCell).join(' | ')} |`;
      const rule = `|${content.columns.map(() => ' --- ').join('|')}|`;
      const rows = content.rows.map((row) => `| ${row.map(cellMarkdown).join(' | ')} |`);
      return [caption, '', header, rule, ...rows].join('\n');
    }
  }
}

function section(content: Section, depth: number, lang: AssessmentLanguage): string {
  const heading = `${'#'.repeat(Math.min(depth, 6))} ${inlines(content.heading)}`;
  return [heading, ...content.blocks.map((child) => block(child, depth, lang))].join('\n\n');
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
const headingAnchor = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');

function markdownOf(document: ReportDocument): string {
  const lang = document.lang;
  const title = `# ${document.heading ? inlines(document.heading) : escapeMarkdownInline(document.title)}`;
  const listed = contentsOf(document);
  const contents = [
    `## ${escapeMarkdownInline(lang.words.document.contents)}`,
    listed
      .map(
        (part, index) =>
          `${index + 1}. [${inlines(part.heading)}](#${markdownLinkDestination(headingAnchor(plainText(part.heading)))})`,
      )
      .join('\n'),
  ].join('\n\n');
  const parts = [
    title,
    factsMarkdown(document.subtitle),
    ...document.lead.map((part) => section(part, 2, lang)),
    contents,
    ...listed.map((part) => section(part, 2, lang)),
  ];
  return parts.join('\n\n');
}

/**
 * GitHub-flavoured Markdown of the same document the HTML shows. Markdown has no language of its own:
 * a document not in English, and each version of a bilingual one (first first, a rule between), is
 * wrapped in a `<div lang>`, which GitHub and most converters keep, so a screen reader switches voice.
 */
export function renderMarkdownDocument(...documents: [ReportDocument, ...ReportDocument[]]): string {
  const [only] = documents;
  if (documents.length === 1 && only.lang.locale === 'en') return `${markdownOf(only)}\n`;
  const versions = documents.map(
    (document) => `<div lang="${document.lang.tag}">\n\n${markdownOf(document)}\n\n</div>`,
  );
  return `${versions.join('\n\n---\n\n')}\n`;
}
