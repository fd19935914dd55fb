// What a client in another language needs besides core's words for a schema's issues: how core names
// the thing parsed ("The answers file"), and the line that opens the list. Core says both in English
// itself (validation.ts); only rewording reads these, so no page loads them at once.

export const englishSchemaSubjects = {
  notValid: ({ what }: { what: string }) => `${what} is not valid:`,
  /** What core names the thing parsed (`what`), by its English: another language says it its way. */
  subjects: Object.fromEntries(
    [
      'The assessment',
      'The assessment record',
      'The profile',
      'The export',
      'The event',
      'The snapshot',
      'The change to the objective',
      'The evidence item',
      'The data gap',
      'The impact',
      'The action',
      'The analysis of a characteristic',
      'The baseline',
      'The answers file',
      'The CSV',
      'The population CSV',
      'The baseline CSV',
      'The workforce CSV',
      'The caseload CSV',
      'The pay gap CSV',
    ].map((subject) => [subject, subject]),
  ) as Readonly<Record<string, string>>,
};
