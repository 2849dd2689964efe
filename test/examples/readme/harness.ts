/**
 * What README snippets run with: the app around them (functions they call, a `localStorage`),
 * recorded so the test can check what the snippet did. Imported by the generated snippet files.
 */

/** The line prefix a snippet's report is printed with. */
export const REPORT_MARK = 'README-SNIPPET-REPORT ';

const calls: unknown[][] = [];

/** A Web Storage in memory, as a page's `localStorage`. */
function memoryStorage(): Storage {
  const entries = new Map<string, string>();
  return {
    get length() {
      return entries.size;
    },
    clear: () => entries.clear(),
    getItem: (key) => entries.get(key) ?? null,
    key: (index) => [...entries.keys()][index] ?? null,
    removeItem: (key) => void entries.delete(key),
    setItem: (key, value) => void entries.set(key, value),
  };
}

export const harness = {
  /** Every call of a recorded stand-in, in order: `[name, ...arguments]`. */
  calls,
  /** A stand-in for one of the app's functions: records its arguments. */
  record:
    (name: string) =>
    (...values: unknown[]): void =>
      void calls.push([name, ...values]),
  /** The arguments of every call of `name`. */
  callsOf: (name: string) => calls.filter(([called]) => called === name).map(([, ...values]) => values),
  /** Gives Node the `localStorage` a browser page has. */
  installLocalStorage: () => {
    globalThis.localStorage = memoryStorage();
  },
  /** Prints what the snippet did for the test, and ends the process (servers and sockets included). */
  report: (value: unknown): never => {
    process.stdout.write(`${REPORT_MARK}${JSON.stringify(value)}\n`);
    process.exit(0);
  },
};
