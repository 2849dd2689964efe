import type { ChatMessageEvent } from '@studymate/contract';

/** A connection's messages, in server order without gaps or duplicates, and the cursor it resumes from. */
export class MessageLog {
  readonly messages: ChatMessageEvent[] = [];
  /** The resume cursor: the newest message seen, or where the server started us; null before either. */
  private lastSeenId: number | null;
  /** The room's newest message id the server told on the latest `connection_established`. */
  private newestAtOpen: number | null = null;

  constructor(lastMessageId: number | null) {
    this.lastSeenId = lastMessageId;
  }

  /** The `last_message_id` to reconnect with; null before the first message or `connection_established`. */
  get resumeAfter(): number | null {
    return this.lastSeenId;
  }

  /** `connection_established` told the room's newest message id. */
  opened(newest: number | null): void {
    // Without a cursor yet, start from where the server started this socket: a reconnect then
    // resumes, and nothing sent while away is lost.
    this.newestAtOpen = newest;
    this.lastSeenId ??= this.newestAtOpen;
  }

  /** Appends a message past the cursor and moves the cursor to it; false for one already seen. */
  append(message: ChatMessageEvent): boolean {
    if (this.lastSeenId !== null && message.message_id <= this.lastSeenId) return false;
    this.lastSeenId = message.message_id;
    this.messages.push(message);
    return true;
  }

  /**
   * The server resumed from its newest message: later ids may be lower than ours, so take its cursor
   * and forget the messages. Answers the cursor the server refused.
   */
  reset(): number {
    const refused = this.lastSeenId ?? 0;
    this.lastSeenId = this.newestAtOpen;
    this.messages.length = 0;
    return refused;
  }
}
