/** Where faults are reported (never request bodies or passwords). */
export interface Logger {
  error(message: string, error?: unknown): void;
  info(message: string): void;
}

export const consoleLogger: Logger = {
  error: (message, error) => console.error(message, error),
  info: (message) => console.info(message),
};

export const silentLogger: Logger = { error: () => undefined, info: () => undefined };
