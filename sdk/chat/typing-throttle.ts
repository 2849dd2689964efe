import type { NamedTimers } from './chat-timers.js';

/** `typing()` of a connection: sends at most once per `throttleMs`, and a stop after `idleMs` without a call. */
export class TypingThrottle {
  private typingSince: number | null = null;

  constructor(
    private readonly setup: {
      timers: NamedTimers;
      /** Read on every call. */
      options: { typing?: { throttleMs?: number; idleMs?: number } };
      send: (isTyping: boolean) => void;
    },
  ) {}

  typed(): void {
    const { timers, options, send } = this.setup;
    const { throttleMs = 2_000, idleMs = 3_000 } = options.typing ?? {};
    const now = timers.now();
    if (this.typingSince === null || now - this.typingSince >= throttleMs) {
      send(true);
      this.typingSince = now;
    }
    timers.schedule('typing', idleMs, () => {
      this.typingSince = null;
      send(false);
    });
  }
}
