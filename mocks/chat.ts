import { ws, type WebSocketHandler } from 'msw';
import type { ChatHub, ChatSession } from '../server/realtime/chat-hub.js';

/** Both chat URLs over MSW's `ws.link`, answered by the server's own chat hub. */
export function createChatHandlers(hub: ChatHub, options: { origin?: string } = {}) {
  const origin = options.origin ?? 'ws://*';
  const sessions = new Map<ChatSession, { close(code: number, reason: string): void }>();
  const links = [
    ws.link(`${origin}/ws/groups/:groupId/chat/`),
    ws.link(`${origin}/ws/chat/:conversationId/`),
  ];
  const handlers: WebSocketHandler[] = links.map((link) =>
    link.addEventListener('connection', ({ client }) => {
      const early: string[] = [];
      let session: ChatSession | null = null;
      client.addEventListener('message', (event) => {
        const data = typeof event.data === 'string' ? event.data : '';
        if (session) session.receive(data);
        else early.push(data);
      });
      client.addEventListener('close', () => {
        if (session) sessions.delete(session);
        session?.disconnect();
      });
      const lastMessageId = Number(client.url.searchParams.get('last_message_id'));
      void hub
        .open({
          pathname: client.url.pathname,
          token: client.url.searchParams.get('token'),
          lastMessageId: Number.isInteger(lastMessageId) && lastMessageId > 0 ? lastMessageId : null,
          transport: {
            send: (data) => client.send(data),
            close: (code, reason) => client.close(code, reason),
          },
        })
        .then((opened) => {
          if (!opened) return;
          session = opened;
          sessions.set(opened, client);
          for (const frame of early.splice(0)) opened.receive(frame);
        });
    }),
  );
  return {
    handlers,
    /** Server-side drop of matching users' sockets, as a network cut would (close 1006, retryable). */
    terminate(filter: (userId: number) => boolean = () => true): number {
      let dropped = 0;
      for (const [session, client] of sessions) {
        if (!filter(session.userId)) continue;
        client.close(1006, 'Dropped by the mock server');
        dropped += 1;
      }
      return dropped;
    },
  };
}
