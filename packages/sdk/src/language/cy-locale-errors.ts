import type { LocaleErrorWords } from './locale-errors.js';

// Yr hyn a ddywed cleient am iaith nad yw eqia yn ei siarad, yn Gymraeg (drafted by machine,
// unreviewed: see docs/sdk.md).

export const welshLocaleErrors: LocaleErrorWords = {
  invalid: 'Nid yw iaith (locale) y cleient yn ddilys:',
  unknown: ({ given }) =>
    `Nid yw ${given} yn iaith y mae eqia yn ei siarad: defnyddiwch 'en' (Saesneg), 'cy' (Cymraeg) neu’r ddwy, fel yn ['cy', 'en']`,
};
