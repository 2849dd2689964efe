import type { ChatSession } from './admit-socket.js';
import type { SocketTransport } from './chat-room.js';

/** A socket as a transport sees it: frames in, a close notice; frames sent before it is accepted wait. */
export interface ChatSocket {
  /** Known once the socket is accepted. */
  readonly userId: number | null;
  receive(raw: string): void;
  disconnect(): void;
}

/**
 * The socket a transport holds while `opening` (its admission) runs: frames that come before it is
 * accepted wait, in order; one closed meanwhile is disconnected once accepted; a fault closes it 1011.
 */
export function acceptSocket(
  opening: Promise<ChatSession | null>,
  setup: { transport: SocketTransport; onFault: (error: unknown) => void },
): ChatSocket {
  const early: string[] = [];
  let session: ChatSession | null = null;
  let gone = false;
  opening
    .then((opened) => {
      if (!opened) return;
      if (gone) {
        opened.disconnect();
        return;
      }
      session = opened;
      for (const frame of early.splice(0)) opened.receive(frame);
    })
    .catch((error: unknown) => {
      setup.onFault(error);
      setup.transport.close(1011, 'Internal error');
    });
  return {
    get userId() {
      return session?.userId ?? null;
    },
    receive: (raw) => {
      if (session) session.receive(raw);
      else early.push(raw);
    },
    disconnect: () => {
      gone = true;
      session?.disconnect();
    },
  };
}
