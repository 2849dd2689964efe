import { CommandFailure, UsageError } from './command-errors.js';

/**
 * Runs a command's `main`. A usage mistake prints its one line and exits with 2, a failure its
 * user can fix (a port in use, a locked data dir) its one line and exits with 1; anything else is
 * a bug or an outage: printed whole (stack and all), exit code 1.
 */
export function runCommand(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof UsageError || error instanceof CommandFailure) {
      console.error(error.message);
      process.exit(error instanceof UsageError ? 2 : 1);
    }
    console.error(error);
    process.exit(1);
  });
}

/** On SIGINT or SIGTERM: `close`, then exit (0 when it closed cleanly, else 1). */
export function closeOnSignals(close: () => Promise<void>): void {
  const stop = () => {
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
