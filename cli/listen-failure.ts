import { CommandFailure } from './command-errors.js';

/**
 * A server that could not listen, in one line its user can act on (no EADDRINUSE stack); any
 * other error as it is.
 */
export function listenFailure(error: unknown, { host, port }: { host: string; port: number }): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const address = `${host}:${port}`;
  switch (code) {
    case 'EADDRINUSE':
      return new CommandFailure(
        `Port ${port} is in use (${address}): stop what listens there, or choose another port with --port or PORT.`,
      );
    case 'EACCES':
      return new CommandFailure(
        `Listening on ${address} needs privileges this user lacks: choose a port above 1023 with --port or PORT.`,
      );
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return new CommandFailure(
        `Cannot listen on ${address}: ${host} is not an address of this machine; choose another with --host or HOST.`,
      );
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}
