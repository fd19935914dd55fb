// A store nobody has created, in English: said by every store (the memory store of a page too), so it
// stands apart from the adapters' words, which spread it in (store-errors.ts, the shape the Welsh follows).

export const englishStoreMissing = {
  storeMissing: ({ location }: { location: string }) =>
    `There is no eqia store at ${location}. Run \`eqia init\` (or call store.init()) to create one, or point to the right store with --store or EQIA_STORE.`,
};
