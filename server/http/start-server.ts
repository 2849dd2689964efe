import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCoreRuntime, type ChatHubOptions, type PresenceBoard } from '@studymate/core';
import { attachChatSockets, type ChatSocketOptions, type ChatSockets } from '../realtime/ws-server.js';
import { withServerTokens } from '../security/fast-jwt-token-service.js';
import { createApp, type CreateAppOptions, type HttpGuardOptions } from './create-app.js';
import { defaultOrigins, isSocketOriginAllowed } from './guards/allowed-origins.js';
import { createTimedServer, type ConnectionTimeouts } from './guards/connection-timeouts.js';

export interface StartServerOptions extends CreateAppOptions {
  /** @default 8000 */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  chat?: ChatHubOptions & ChatSocketOptions;
  /** Allowed origins and hosts, public URL, and the timeouts that cut slow clients. */
  http?: HttpGuardOptions & ConnectionTimeouts;
  /**
   * Presence shared with the other processes serving the API (a Redis backplane's), with its
   * `events` and `rateLimits`; this process alone when absent.
   */
  presenceBoard?: PresenceBoard;
}

export interface RunningServer {
  /** e.g. `http://127.0.0.1:8000` */
  url: string;
  server: Server;
  /** The chat sockets, e.g. to drop connections in tests. */
  sockets: ChatSockets;
  close(): Promise<void>;
}

/** How long `close()` lets the requests in flight finish before it cuts their connections. */
const SHUTDOWN_GRACE_MS = 5_000;

/** Starts the reference server (REST and both chat WebSocket URLs on one port); `port: 0` picks a free one. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { port = 8000, host = '127.0.0.1', chat = {}, presenceBoard, ...given } = options;
  const appOptions = withServerTokens(given);
  const { services, chatHub } = createCoreRuntime({
    ...appOptions,
    chat,
    ...(presenceBoard && { presenceBoard }),
  });
  const app = createApp({ ...appOptions, ...services });
  const server = createTimedServer(app, appOptions.http);
  const origins = appOptions.http?.corsOrigins ?? defaultOrigins(process.env['NODE_ENV']);
  const sockets = attachChatSockets(server, chatHub, {
    ...chat,
    allowHandshake: (handshake) => isSocketOriginAllowed(origins, handshake),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    server,
    sockets,
    close: async () => {
      await sockets.close();
      // Graceful: no new connection, idle ones closed now, requests in flight finish (they may
      // still need the store, which the caller closes after this) for up to SHUTDOWN_GRACE_MS,
      // then their connections are cut.
      const closed = new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
      });
      server.closeIdleConnections();
      // A kept-alive connection whose last request is answered while closing goes idle then:
      // closed within a sweep, rather than held until its client or the cut below closes it.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      const cut = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
      // Requests whose client left still run their use case: the store stays open for them too.
      await Promise.race([
        Promise.all([closed, app.requestsSettled()]),
        new Promise((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS * 2).unref()),
      ]);
      clearTimeout(cut);
      clearInterval(sweep);
      server.closeAllConnections();
      await closed;
    },
  };
}
