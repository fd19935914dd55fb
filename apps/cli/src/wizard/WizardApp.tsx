import { Box, Static, Text, useApp, useInput } from 'ink';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { msg } from '../messages/ui-language.js';
import { reviewLines, statusInWords } from '../output/review-lines.js';
import { viewTitle } from '../output/welsh-marks.js';
import { KeyRouterContext } from '../prompts/key-router.js';
import { PromptView } from '../prompts/PromptView.js';
import { Prose, textRows } from '../prompts/Prose.js';
import { promptRows } from '../prompts/prompt-rows.js';
import { TypedKeys } from '../prompts/typed-keys.js';
import { useBracketedPaste } from '../prompts/use-bracketed-paste.js';
import { useColumns, useRows } from '../prompts/use-columns.js';
import { isNavigation } from '../prompts/use-keys.js';
import { useRedrawOnResize } from '../prompts/use-redraw-on-resize.js';
import { fitContext } from './context-view.js';
import type { WizardController } from './controller.js';
import { FindingsFooter, footerRows } from './FindingsFooter.js';
import { ImpactGrid } from './ImpactGrid.js';
import { KeyHelp, keyHelp } from './KeyHelp.js';
import { headerRows, ProgressHeader } from './ProgressHeader.js';

export interface WizardAppProps {
  controller: WizardController;
  /**
   * At most how many rows of context to show above the question, given the terminal's height (never
   * more than the rest of the screen leaves). Ctrl+O shows the rest.
   */
  contextRows?: (terminalRows: number) => number;
}

/** The wizard's own context is short (a step's guidance); at 24 rows it gets eight. */
const wizardRows = (terminalRows: number) => Math.max(5, Math.min(8, terminalRows - 16));

/**
 * The wizard's screen. Saved answers scroll away above (Static, printed once); below them only the
 * header, the question and the findings re-render, so nothing flickers. The frame fits the terminal
 * (80×24, 60×20): the context, or the summary's grid, gets the rows the rest leaves.
 */
export function WizardApp({ controller, contextRows = wizardRows }: WizardAppProps) {
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  const { exit } = useApp();
  const typed = useRef(new TypedKeys());
  const columns = useColumns();
  const rows = useRows();
  // Ctrl+O shows the whole context; each step starts fitted to the screen again.
  const [fullContext, setFullContext] = useState(false);
  useEffect(() => setFullContext(false), [state.stepIndex]);
  useBracketedPaste();
  useRedrawOnResize();
  useInput((input, key) => {
    if (!isNavigation(input, key)) {
      for (const [part, partKey] of typed.current.split(input, key)) controller.keys.dispatch(part, partKey);
      return;
    }
    if (key.escape) controller.navigate('back');
    else if (input === 'n') controller.navigate('next');
    else if (input === 'p') controller.navigate('previous');
    else if (input === 'g') controller.navigate('goto');
    else if (input === 'o') setFullContext((full) => !full);
    else if (input === 'c') controller.navigate('quit');
  });
  useEffect(() => {
    if (state.finished) exit();
  }, [state.finished, exit]);

  const step = controller.steps[Math.min(state.stepIndex, controller.steps.length - 1)];
  if (!step) return null;
  const { assessment } = state.view;
  const header = {
    // Named as `eqia list` names it: in a Welsh run by its Welsh title, else its English marked.
    title: viewTitle(state.view),
    id: assessment.id,
    state: statusInWords(assessment, state.view.status, controller.profile),
    step: state.stepIndex + 1,
    total: controller.steps.length,
    stepTitle: step.title,
  };
  const review = step.readOnly ? [] : reviewLines(assessment, step.section, controller.profile);
  const notes = state.error ? [...review, state.error] : review;
  const findings = { all: state.view.findings, here: controller.stepFindings(step) };
  // A frame as tall as the terminal would scroll its first line away: one row stays free.
  const room =
    rows -
    1 -
    headerRows(header, columns) -
    notes.reduce((sum, note) => sum + textRows(note, columns), 0) -
    1 -
    (state.prompt ? promptRows(state.prompt.spec, columns) : 1) -
    footerRows(findings, columns) -
    textRows(keyHelp(), columns);
  const context = fitContext(
    state.context,
    columns,
    Math.max(2, Math.min(contextRows(rows), room)),
    fullContext,
  );
  return (
    <KeyRouterContext.Provider value={controller.keys}>
      <Static items={state.saved}>
        {(line) => (
          <Prose key={line.key} dimColor>
            ✓ {line.text}
          </Prose>
        )}
      </Static>
      {state.finished ? null : (
        <Box flexDirection="column" width={columns}>
          <ProgressHeader {...header} />
          {step.id === 'summary' ? (
            <ImpactGrid
              assessment={assessment}
              profile={controller.profile}
              rows={room - context.length}
              full={fullContext}
            />
          ) : null}
          {context.map((line, index) => (
            <Text key={`${index}:${line}`} dimColor wrap="wrap">
              {line}
            </Text>
          ))}
          {review.map((line) => (
            <Prose key={line} color="yellow">
              {line}
            </Prose>
          ))}
          {state.error ? <Prose color="red">{state.error}</Prose> : null}
          <Box marginTop={1}>
            {state.prompt ? (
              <PromptView key={state.prompt.key} spec={state.prompt.spec} onSubmit={state.prompt.answer} />
            ) : (
              <Text dimColor>{msg.wizard.saving}</Text>
            )}
          </Box>
          <FindingsFooter {...findings} />
          <KeyHelp />
        </Box>
      )}
    </KeyRouterContext.Provider>
  );
}
