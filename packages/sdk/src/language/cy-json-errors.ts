import { welshJsonFaults } from '@eqia/core/cy';
import type { englishJsonWords } from '@eqia/core/json';

/** Testun nad yw’n JSON, yn Gymraeg (drafted by machine, unreviewed). `what` is said as schemas’ subjects are. */
export const welshJsonWords: typeof englishJsonWords = {
  ...welshJsonFaults,
  notJson: ({ what, fault }) => `Nid yw’n JSON (${what}): ${fault}.`,
};
