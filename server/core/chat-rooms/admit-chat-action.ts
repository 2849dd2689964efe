import type { CoreServices } from '../context.js';
import { throttled } from '../errors.js';
import type { RateDecision, RateLimitKey, RateLimitedAction, RateRule } from '../ports/rate-limits.js';

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

/** DRF's 429 for a refused REST action, with `Retry-After`. */
export function throttledFor(decision: Extract<RateDecision, { allowed: false }>) {
  return throttled(decision.retryAfterMs / 1000);
}
