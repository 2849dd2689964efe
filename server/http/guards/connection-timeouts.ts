import { createServer, type RequestListener, type Server } from 'node:http';

/** How long a client may take, so slow senders (slowloris) cannot hold connections open. */
export interface ConnectionTimeouts {
  /** Until the request's headers are complete; then 408 and the connection closes. @default 10 s */
  headersTimeoutMs?: number;
  /** Until the whole request, body included, is in. @default 30 s */
  requestTimeoutMs?: number;
  /** An idle keep-alive connection is closed after this. @default 5 s */
  keepAliveTimeoutMs?: number;
  /** How often Node checks the two timeouts above (Node's default is 30 s). @default 1 s */
  checkIntervalMs?: number;
}

/** An HTTP server for `app` that cuts clients slower than `timeouts`. */
export function createTimedServer(app: RequestListener, timeouts: ConnectionTimeouts = {}): Server {
  const server = createServer({ connectionsCheckingInterval: timeouts.checkIntervalMs ?? 1_000 }, app);
  server.headersTimeout = timeouts.headersTimeoutMs ?? 10_000;
  server.requestTimeout = timeouts.requestTimeoutMs ?? 30_000;
  server.keepAliveTimeout = timeouts.keepAliveTimeoutMs ?? 5_000;
  return server;
}
