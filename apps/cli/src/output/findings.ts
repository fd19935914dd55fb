import type { Finding } from '@eqia/core';
import { msg, uiLabel } from '../messages/ui-language.js';
import type { Style } from './style.js';
import { wrapLine } from './wrap.js';

const order = { error: 0, warning: 1, info: 2 } as const;

/**
 * Findings grouped by section, errors first, each with what to do; with `columns` (a terminal's), each
 * line wrapped at words to it, a finding's text hanging past its severity.
 */
export function formatFindings(
  findings: readonly Finding[],
  style: Style,
  options: { why?: boolean; columns?: number | undefined } = {},
): string {
  if (findings.length === 0) return style.green(msg.findings.none);
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
  const sections = [...new Set(sorted.map((finding) => finding.section))];
  const words = msg.findings.severity;
  // The severity words padded to one width, so the findings line up in either language.
  const width = Math.max(...Object.values(words).map((word) => word.length));
  const hang = ' '.repeat(`  ✗ ${''.padEnd(width)} `.length);
  const fit = (line: string, under?: string) =>
    options.columns ? wrapLine(line, options.columns - 1, under).join('\n') : line;
  const blocks = sections.map((section) => {
    const lines = sorted
      .filter((finding) => finding.section === section)
      .map((finding) => {
        const word = words[finding.severity].padEnd(width);
        const mark =
          finding.severity === 'error'
            ? style.red(`✗ ${word}`)
            : finding.severity === 'warning'
              ? style.yellow(`! ${word}`)
              : style.dim(`i ${word}`);
        const detail = [fit(`    ${msg.findings.fix({ hint: finding.hint })}`)];
        if (options.why) detail.push(fit(`    ${msg.findings.why({ why: finding.why })}`));
        const said = fit(`  ${mark} ${finding.message} ${style.dim(`[${finding.ruleId}]`)}`, hang);
        return `${said}\n${style.dim(detail.join('\n'))}`;
      });
    return `${style.bold(uiLabel('sectionTitle', section))}\n${lines.join('\n')}`;
  });
  return `${blocks.join('\n\n')}\n\n${countFindings(findings)}`;
}

export function countFindings(findings: readonly Finding[]): string {
  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  return msg.findings.counts({ errors: count('error'), warnings: count('warning') });
}
