import type { Frozen } from '@eqia/core';
import type { Profile } from '@eqia/core/light';
import type { AssessmentView, EqiaClient } from '@eqia/sdk';
import { render } from 'ink';
// A static import: in the bundle, `await import('react')` gives React's CommonJS module as `default`,
// and a named createElement taken from it is undefined.
import { createElement } from 'react';
import { WizardController } from '../wizard/controller.js';
import { WizardApp } from '../wizard/WizardApp.js';
import { buildReviewSteps } from './review-steps.js';

/** A section gets all the rows the header, the verdict question, the findings and the keys leave. */
const sectionRows = (terminalRows: number) => terminalRows;

/** Run the review screen to the end or until the reviewer quits; the view after their last verdict. */
export async function runReview(client: EqiaClient, profile: Frozen<Profile>, view: AssessmentView) {
  const controller = new WizardController(client, buildReviewSteps(profile, client.user.id), view);
  const app = render(createElement(WizardApp, { controller, contextRows: sectionRows }), {
    exitOnCtrlC: false,
    patchConsole: false,
  });
  try {
    await controller.run();
  } finally {
    app.unmount();
  }
  return controller.getState().view;
}
