import { ws, type WebSocketHandler } from 'msw';
import type { ChatHub, ChatSocket } from '@studymate/core';

/** Both chat URLs over MSW's `ws.link`, answered by the server's own chat hub. */
export function createChatHandlers(hub: ChatHub, options: { origin?: string } = {}) {
  const origin = options.origin ?? 'ws://*';
  const sockets = new Map<ChatSocket, { close(code: number, reason: string): void }>();
  const links = [
    ws.link(`${origin}/ws/groups/:groupId/chat/`),
    ws.link(`${origin}/ws/chat/:conversationId/`),
  ];
  const handlers: WebSocketHandler[] = links.map((link) =>
    link.addEventListener('connection', ({ client }) => {
      const socket = hub.connect({
        pathname: client.url.pathname,
        token: client.url.searchParams.get('token'),
        lastMessageId: client.url.searchParams.get('last_message_id'),
        transport: {
          send: (data) => client.send(data),
          close: (code, reason) => client.close(code, reason),
        },
      });
      sockets.set(socket, client);
      client.addEventListener('message', (event) =>
        socket.receive(typeof event.data === 'string' ? event.data : ''),
      );
      client.addEventListener('close', () => {
        sockets.delete(socket);
        socket.disconnect();
      });
    }),
  );
  return {
    handlers,
    /** Server-side drop of matching users' sockets, as a network cut would (close 1006, retryable). */
    terminate(filter: (userId: number) => boolean = () => true): number {
      let dropped = 0;
      for (const [socket, client] of sockets) {
        if (socket.userId === null || !filter(socket.userId)) continue;
        client.close(1006, 'Dropped by the mock server');
        dropped += 1;
      }
      return dropped;
    },
  };
}
