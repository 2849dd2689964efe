import WebSocket from 'ws';
import type { CoreServices, ManualClock } from '../../core/index.js';
import { createClient, type WebSocketConstructor } from '../../sdk/index.js';
import { backOffice } from './in-process-services.js';
import { TEST_JWT_SECRET, type Target } from './target.js';

/** What a target listening on a real 127.0.0.1 port has: its URL, its sockets and its services. */
export interface ListeningServer {
  name: string;
  url: string;
  clock: ManualClock;
  /** The services behind the server, for back-office actions. */
  services: CoreServices;
  dropChatConnections: Target['dropChatConnections'];
  close(): Promise<void>;
}

/** A Target over HTTP and real sockets: SDK clients on the target's clock, chatting over `ws`. */
export function httpTarget(server: ListeningServer): Target {
  return {
    name: server.name,
    baseUrl: server.url,
    socketOrigin: server.url.replace(/^http/, 'ws'),
    clock: server.clock,
    jwtSecret: TEST_JWT_SECRET,
    client: (options) =>
      createClient({
        baseUrl: server.url,
        now: () => server.clock.now().getTime(),
        ...options,
        chat: { WebSocket: WebSocket as unknown as WebSocketConstructor, ...options?.chat },
      }),
    dropChatConnections: server.dropChatConnections,
    ...backOffice(server.services),
    close: () => server.close(),
  };
}
