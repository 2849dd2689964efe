/**
 * A mistake in how a command was called (an unknown flag, a bad value, a refused combination):
 * its message alone, in one line, and exit code 2.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * A command that cannot do its job for a reason its user can fix (a port in use, a data dir held by
 * another process): its message alone, in one line, and exit code 1. No stack: nothing is broken.
 */
export class CommandFailure extends Error {
  override name = 'CommandFailure';
}
