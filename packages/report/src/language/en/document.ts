/** The words every report shares: its frame, its dates, and the contact section that closes it. */
export const englishDocument = {
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  dateTime: ({ date, time }: { date: string; time: string }) => `${date} at ${time} UTC`,
  contents: 'Contents',
  none: 'None',
  notRecorded: 'Not recorded',
  notRecordedSentence: 'Not recorded.',
  noAttestation: 'No attestation text recorded.',
  footer: 'Produced with eqia. Meaning in tables is given in words and symbols; colour only helps.',
  docxFooter: 'Produced with eqia. Meaning in tables is given in words and symbols.',
  draftMark: 'DRAFT: not signed off',
  page: { before: 'Page ', between: ' of ' },
  about: {
    heading: 'Contact, other formats and accessibility',
    questions: 'Questions about this document',
    otherFormats: 'Other formats',
    askFormats: ({ organisation }: { organisation: string }) =>
      `Ask ${organisation} for this document in another format.`,
    accessibility: 'Accessibility statement',
    askAccessibility: ({ organisation }: { organisation: string }) =>
      `Ask ${organisation} for its accessibility statement.`,
    produced: 'Document produced',
  },
};
