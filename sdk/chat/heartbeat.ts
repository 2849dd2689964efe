import type { NamedTimers } from './chat-timers.js';
import type { WebSocketLike } from './web-socket-like.js';

/** Watches the server's pings (`ws` sockets only): a socket silent for too long is dropped, and reconnects. */
export class Heartbeat {
  constructor(
    private readonly setup: {
      timers: NamedTimers;
      /** Read on every arm. */
      options: { heartbeatTimeoutMs?: number };
      onTimeout: () => void;
    },
  ) {}

  /** (Re)starts the wait for the socket's next ping. */
  arm(socket: WebSocketLike | null): void {
    if (!socket?.on) return;
    this.setup.timers.schedule('heartbeat', this.setup.options.heartbeatTimeoutMs ?? 75_000, () => {
      this.setup.onTimeout();
      if (socket.terminate) socket.terminate();
      else socket.close(4000, 'Heartbeat timeout');
    });
  }

  disarm(): void {
    this.setup.timers.cancel('heartbeat');
  }
}
