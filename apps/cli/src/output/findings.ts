import { type Finding, label } from '@eqia/core';
import type { Style } from './style.js';

const order = { error: 0, warning: 1, info: 2 } as const;

/** Findings grouped by section, errors first, each with what to do. */
export function formatFindings(
  findings: readonly Finding[],
  style: Style,
  options: { why?: boolean } = {},
): string {
  if (findings.length === 0)
    return style.green('No findings: nothing the due-regard checks can see is missing.');
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
  const sections = [...new Set(sorted.map((finding) => finding.section))];
  const blocks = sections.map((section) => {
    const lines = sorted
      .filter((finding) => finding.section === section)
      .map((finding) => {
        const mark =
          finding.severity === 'error'
            ? style.red('✗ error  ')
            : finding.severity === 'warning'
              ? style.yellow('! warning')
              : style.dim('i info   ');
        const detail = [`    fix: ${finding.hint}`];
        if (options.why) detail.push(`    why: ${finding.why}`);
        return `  ${mark} ${finding.message} ${style.dim(`[${finding.ruleId}]`)}\n${style.dim(detail.join('\n'))}`;
      });
    return `${style.bold(label('sectionTitle', section))}\n${lines.join('\n')}`;
  });
  return `${blocks.join('\n\n')}\n\n${countFindings(findings)}`;
}

export function countFindings(findings: readonly Finding[]): string {
  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}`;
}
