import type { ChatMessageEvent } from '@studymate/contract';

interface Pending {
  content: string;
  resolve: (event: ChatMessageEvent) => void;
  reject: (error: Error) => void;
}

/** Messages sent but not yet echoed by the server, in order, keyed by their `client_id`. */
export class Outbox {
  private readonly pending = new Map<string, Pending>();

  add(clientId: string, content: string): Promise<ChatMessageEvent> {
    return new Promise((resolve, reject) => this.pending.set(clientId, { content, resolve, reject }));
  }

  /** Every message still waiting for its echo, oldest first. */
  entries(): { clientId: string; content: string }[] {
    return [...this.pending].map(([clientId, { content }]) => ({ clientId, content }));
  }

  /** The server echoed a message: settle the send that carried its `client_id`. */
  settle(event: ChatMessageEvent): void {
    if (!event.client_id) return;
    const pending = this.pending.get(event.client_id);
    if (!pending) return;
    this.pending.delete(event.client_id);
    pending.resolve(event);
  }

  /** The server refused the message that carried `clientId`: fail its send. */
  reject(clientId: string, error: Error): void {
    const pending = this.pending.get(clientId);
    if (!pending) return;
    this.pending.delete(clientId);
    pending.reject(error);
  }

  rejectAll(error: Error): void {
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }

  get size(): number {
    return this.pending.size;
  }
}
