import type { Finding } from '@eqia/core';
import { msg, uiLabel } from '../messages/ui-language.js';
import type { Style } from './style.js';
import { wrapLine } from './wrap.js';

const order = { error: 0, warning: 1, info: 2 } as const;

/**
 * Findings grouped by section, errors first, each with what to do; with `columns` (a terminal's), each
 * line wrapped at words to it, a finding's text hanging past its severity. A rule's findings in a section
 * are listed together and its fix (and why) said once under them: eleven characteristics not yet
 * assessed are eleven lines and one fix, not eleven fixes.
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
  const said = (finding: Finding) => {
    const word = words[finding.severity].padEnd(width);
    const mark =
      finding.severity === 'error'
        ? style.red(`✗ ${word}`)
        : finding.severity === 'warning'
          ? style.yellow(`! ${word}`)
          : style.dim(`i ${word}`);
    return fit(`  ${mark} ${finding.message} ${style.dim(`[${finding.ruleId}]`)}`, hang);
  };
  const blocks = sections.map((section) => {
    const lines = byRule(sorted.filter((finding) => finding.section === section)).map((group) => {
      const { hint, why } = group[0] as Finding;
      const detail = [fit(`    ${msg.findings.fix({ hint })}`)];
      if (options.why) detail.push(fit(`    ${msg.findings.why({ why })}`));
      return `${group.map(said).join('\n')}\n${style.dim(detail.join('\n'))}`;
    });
    return `${style.bold(uiLabel('sectionTitle', section))}\n${lines.join('\n')}`;
  });
  return `${blocks.join('\n\n')}\n\n${countFindings(findings)}`;
}

/** Findings of one rule together, in the order each rule first appears (a rule has one fix and one why). */
function byRule(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = `${finding.ruleId}\0${finding.hint}\0${finding.why}`;
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  return [...groups.values()];
}

export function countFindings(findings: readonly Finding[]): string {
  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  return msg.findings.counts({ errors: count('error'), warnings: count('warning') });
}
