/** What a budget counts: a user's chat messages, typing indicators or read receipts in one room. */
export type RateLimitedAction = 'chat_message' | 'typing' | 'read_receipt';

/** One budget: a user's actions of one kind in one conversation, whichever socket or route they came by. */
export interface RateLimitKey {
  action: RateLimitedAction;
  userId: number;
  conversationId: number;
}

/** At most `limit` actions in any `windowMs`. */
export interface RateRule {
  limit: number;
  windowMs: number;
}

export type RateDecision =
  | { allowed: true }
  | {
      allowed: false;
      /** When the oldest counted action leaves the window and one more is allowed. */
      retryAfterMs: number;
      /** The first refusal since the key last allowed one: answer it, stay quiet on the rest of a flood. */
      isFirstRefusal: boolean;
    };

/**
 * Shared budgets. In process by default; a Redis implementation replaces it when several
 * processes serve one API (DESIGN §6). `at` is the app's clock, so tests and mocks move time.
 */
export interface RateLimits {
  /** Counts the action when the budget allows it; a refused action is not counted. */
  take(request: { key: RateLimitKey; rule: RateRule; at: Date }): Promise<RateDecision>;
}
