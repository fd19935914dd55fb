/** The title crash-writer gives a snapshot: it names the version, so tests see if files and index agree. */
export const titleAt = (id: string, version: number) => `${id} at version ${version}`;
