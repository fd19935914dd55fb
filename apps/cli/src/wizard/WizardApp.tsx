import { Box, Static, Text, useApp, useInput } from 'ink';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { reviewLines, statusInWords } from '../output/review-lines.js';
import { KeyRouterContext } from '../prompts/key-router.js';
import { PromptView } from '../prompts/PromptView.js';
import { TypedKeys } from '../prompts/typed-keys.js';
import { useBracketedPaste } from '../prompts/use-bracketed-paste.js';
import { useColumns, useRows } from '../prompts/use-columns.js';
import { isNavigation } from '../prompts/use-keys.js';
import { fitContext } from './context-view.js';
import type { WizardController } from './controller.js';
import { FindingsFooter } from './FindingsFooter.js';
import { ImpactGrid } from './ImpactGrid.js';
import { KeyHelp } from './KeyHelp.js';
import { ProgressHeader } from './ProgressHeader.js';

export interface WizardAppProps {
  controller: WizardController;
  /**
   * How many rows of context fit above the question, given the terminal's height: the review flow
   * gives each section what the screen has room for. Ctrl+O shows the rest.
   */
  contextRows?: (terminalRows: number) => number;
}

/** The wizard's own context is short (a step's guidance); at 24 rows it gets eight. */
const wizardRows = (terminalRows: number) => Math.max(5, Math.min(8, terminalRows - 16));

/**
 * The wizard's screen. Saved answers scroll away above (Static, printed once); below them only the
 * header, the question and the findings re-render, so nothing flickers and it fits 80×24.
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
  return (
    <KeyRouterContext.Provider value={controller.keys}>
      <Static items={state.saved}>
        {(line) => (
          <Text key={line.key} dimColor wrap="wrap">
            ✓ {line.text}
          </Text>
        )}
      </Static>
      {state.finished ? null : (
        <Box flexDirection="column" width={columns}>
          <ProgressHeader
            title={assessment.policy.title}
            id={assessment.id}
            state={statusInWords(assessment, state.view.status, controller.profile)}
            step={state.stepIndex + 1}
            total={controller.steps.length}
            stepTitle={step.title}
          />
          {step.id === 'summary' ? <ImpactGrid assessment={assessment} profile={controller.profile} /> : null}
          {fitContext(state.context, columns, contextRows(rows), fullContext).map((line, index) => (
            <Text key={`${index}:${line}`} dimColor wrap="wrap">
              {line}
            </Text>
          ))}
          {step.readOnly
            ? null
            : reviewLines(assessment, step.section, controller.profile).map((line) => (
                <Text key={line} color="yellow" wrap="wrap">
                  {line}
                </Text>
              ))}
          {state.error ? (
            <Text color="red" wrap="wrap">
              {state.error}
            </Text>
          ) : null}
          <Box marginTop={1}>
            {state.prompt ? (
              <PromptView key={state.prompt.key} spec={state.prompt.spec} onSubmit={state.prompt.answer} />
            ) : (
              <Text dimColor>Saving…</Text>
            )}
          </Box>
          <FindingsFooter all={state.view.findings} here={controller.stepFindings(step)} />
          <KeyHelp />
        </Box>
      )}
    </KeyRouterContext.Provider>
  );
}
