import { describe, expect, it } from 'vitest';
import { describeRateLimits } from '../../../test/support/rate-limit-cases.js';
import type { RateLimitKey } from '../../ports/rate-limits.js';
import { createInProcessRateLimits } from './rate-limits.js';

describeRateLimits('createInProcessRateLimits', () => createInProcessRateLimits());

const rule = { limit: 3, windowMs: 1_000 };
const key = (userId: number): RateLimitKey => ({ action: 'chat_message', userId, conversationId: 1 });
const at = (ms: number) => new Date(ms);

describe('createInProcessRateLimits, in memory', () => {
  it('forgets budgets whose window has passed, so a stream of new keys cannot grow the map', async () => {
    const limits = createInProcessRateLimits({ sweepEveryMs: 1_000 });
    for (let userId = 1; userId <= 10_000; userId += 1) {
      await limits.take({ key: key(userId), rule, at: at(userId) });
    }
    // One key a millisecond: at most the keys of the last window plus those since the last sweep.
    expect(limits.size()).toBeLessThanOrEqual(2_000);
  });
});
