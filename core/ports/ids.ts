/** Unguessable identifiers (token ids). Row ids come from the store. */
export interface Ids {
  random(): string;
}

export const randomIds: Ids = { random: () => crypto.randomUUID() };
