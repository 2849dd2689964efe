import type { CoreServices } from '../../context.js';
import { throttled } from '../errors.js';
import type { RateDecision, RateLimitKey, RateLimitedAction, RateRule } from '../../ports/rate-limits.js';

const RULES = {
  chat_message: 'chatMessages',
  typing: 'typing',
  read_receipt: 'readReceipts',
} as const satisfies Record<RateLimitedAction, keyof CoreServices['config']['rateLimits']>;

/** The configured budget of one action, per user and room. */
export function chatRateRule(services: CoreServices, action: RateLimitedAction): RateRule {
  return services.config.rateLimits[RULES[action]];
}

/**
 * Counts a user's action in a room against its budget (DESIGN §5): one budget per user and
 * room, whichever socket or route the action came by. A refused action must not take effect.
 */
export function admitChatAction(services: CoreServices, key: RateLimitKey): Promise<RateDecision> {
  return services.rateLimits.take({
    key,
    rule: chatRateRule(services, key.action),
    at: services.clock.now(),
  });
}

/**
 * A REST send's share of the same budget as the sockets: counts the user's message in the room, and
 * answers DRF's 429 (with `Retry-After`) when the budget is spent, else null.
 */
export async function refuseMessageOverBudget(
  services: CoreServices,
  sender: { userId: number; conversationId: number },
) {
  const decision = await admitChatAction(services, { action: 'chat_message', ...sender });
  return decision.allowed ? null : throttled(decision.retryAfterMs / 1000);
}
