// What a client says of a locale it is given that eqia does not speak, in English: the shape the Welsh
// follows (cy-locale-errors.ts), which a client given Welsh first says it in.

export const englishLocaleErrors = {
  invalid: 'The client’s locale is not valid:',
  unknown: ({ given }: { given: string }) =>
    `${given} is not a language eqia speaks: use 'en' (English), 'cy' (Cymraeg) or both, as in ['cy', 'en']`,
};

export type LocaleErrorWords = typeof englishLocaleErrors;
