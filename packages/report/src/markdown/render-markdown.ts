import type { Block, Cell, Fact, Inline, ReportDocument, Section } from '../document/blocks.js';
import {
  escapeMarkdownBlock,
  escapeMarkdownCell,
  escapeMarkdownInline,
  markdownLinkDestination,
} from '../escape-markdown.js';
import { renderInsightMarkdown } from '../insight-markdown.js';

function inline(content: Inline): string {
  if (typeof content === 'string') return escapeMarkdownInline(content);
  if (!/^https?:\/\//i.test(content.href)) return escapeMarkdownInline(content.text);
  return `[${escapeMarkdownInline(content.text)}](${markdownLinkDestination(content.href)})`;
}

const inlines = (content: Inline | Inline[]) =>
  (Array.isArray(content) ? content : [content]).map(inline).join('');

/** Negative cells are bold as well as worded, the Markdown equivalent of the HTML highlight. */
function cellMarkdown(value: Cell): string {
  const text = escapeMarkdownCell(value.text) || ' ';
  return value.tone === 'negative-high' || value.tone === 'negative' ? `**${text}**` : text;
}

/** A text value may hold paragraphs: its lines are indented to stay inside the list item. */
const factValue = (value: Inline | Inline[]) =>
  typeof value === 'string' ? escapeMarkdownBlock(value).replace(/\n/g, '\n  ') : inlines(value);

const factsMarkdown = (facts: Fact[]) =>
  facts.map((fact) => `- **${escapeMarkdownInline(fact.term)}:** ${factValue(fact.value)}`).join('\n');

function block(content: Block, depth: number): string {
  switch (content.kind) {
    case 'section':
      return section(content, depth + 1);
    case 'paragraph':
      return inlines(content.content);
    case 'prose':
      return escapeMarkdownBlock(content.text) || `*${escapeMarkdownInline(content.empty)}*`;
    case 'facts':
      return factsMarkdown(content.facts);
    case 'list':
      return content.items
        .map((item, index) => `${content.ordered ? `${index + 1}.` : '-'} ${inlines(item)}`)
        .join('\n');
    case 'disparity':
      return renderInsightMarkdown(content.analysis, { headingLevel: Math.min(depth + 1, 6) }).trimEnd();
    case 'quote': {
      const quoted = (escapeMarkdownBlock(content.text) || '*No attestation text recorded.*')
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

function section(content: Section, depth: number): string {
  const heading = `${'#'.repeat(Math.min(depth, 6))} ${escapeMarkdownInline(content.heading)}`;
  return [heading, ...content.blocks.map((child) => block(child, depth))].join('\n\n');
}

/** GitHub-flavoured Markdown of the same document the HTML shows. */
export function renderMarkdownDocument(document: ReportDocument): string {
  const title = `# ${escapeMarkdownInline(document.title)}`;
  return `${[title, factsMarkdown(document.subtitle), ...document.sections.map((part) => section(part, 2))].join('\n\n')}\n`;
}
