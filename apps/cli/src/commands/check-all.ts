import type { Finding } from '@eqia/core';
import type { EqiaClient } from '@eqia/sdk';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { msg } from '../messages/ui-language.js';
import { countFindings } from '../output/findings.js';
import { jsonArrayElement } from '../output/json.js';
import { stateLabel } from '../output/state-label.js';
import { createStyle } from '../output/style.js';
import { listedTitle } from '../output/welsh-marks.js';
import { visibleWidth, wrapText } from '../output/wrap.js';

/** About how much output is gathered before a write (a write a line was 100,000 writes at 100,000). */
const CHUNK = 64 * 1024;

/**
 * `eqia check --all`: every assessment's findings as the client works them out (checkEach), failing ones
 * first, each group in list order. A failing one is printed as it comes; a passing one waits, as the
 * text it prints, until the last has come, so no assessment's findings are held, only the passing ones'
 * lines. The same bytes as the whole list sorted and printed at once (`--json`: one JSON array).
 */
export async function checkAll(
  ctx: CliContext,
  client: EqiaClient,
  { json, fails }: { json: boolean; fails: (finding: Finding) => boolean },
): Promise<ExitCode> {
  const style = createStyle(ctx.color);
  // In a terminal, a long title wraps at words under the id, rather than where the edge falls.
  const columns = ctx.columns();
  let pending = '';
  const write = (text: string) => {
    pending += text;
    if (pending.length >= CHUNK) {
      ctx.write(pending);
      pending = '';
    }
  };
  let printed = 0;
  const print = (text: string) => write(json ? `${printed++ === 0 ? '[\n' : ',\n'}${text}` : text);
  const passing: string[] = [];
  let failed = 0;
  // A Welsh run names each assessment as `eqia list` does (by its Welsh title, which checkEach gives);
  // `--json` is the record as stored, whatever the language.
  for await (const checked of client.checkEach()) {
    const { id, title, state, findings } = checked;
    const failing = findings.some(fails);
    const mark = failing ? style.red('✗') : style.green('✓');
    const text = json
      ? jsonArrayElement({ id, title, state, failing, findings })
      : `${checkedLine(
          `${mark} ${id}  ${listedTitle(checked)}`,
          `${style.dim(`(${stateLabel({ state })})`)}  ${countFindings(findings)}`,
          columns,
        )}\n`;
    if (failing) {
      failed += 1;
      print(text);
    } else passing.push(text);
  }
  for (const text of passing) print(text);
  const total = failed + passing.length;
  if (json) write(total === 0 ? '[]\n' : '\n]\n');
  else write(`${msg.findings.failing({ failed, total })}\n`);
  if (pending) ctx.write(pending);
  return failed > 0 ? ExitCode.findings : ExitCode.ok;
}

/**
 * An assessment's line: its mark, id and title, then its state and counts. In a terminal too narrow for
 * all of it, the state and counts go on a line of their own, not broken inside "(signed off)" or
 * between "18 errors," and "5 warnings".
 */
function checkedLine(named: string, counted: string, columns: number | undefined): string {
  const line = `${named} ${counted}`;
  if (columns === undefined || visibleWidth(line) <= columns - 1) return line;
  return `${wrapText(named, columns)}\n${wrapText(`  ${counted}`, columns)}`;
}
