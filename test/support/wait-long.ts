import { vi } from 'vitest';

/** `vi.waitFor` with room for a loaded machine: CI runs every project at once on two cores. */
export const waitLong = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 5_000 });
