import { describe, expect, it } from 'vitest';
import type { RateLimitKey } from '../../ports/rate-limits.js';
import { createInProcessRateLimits } from './rate-limits.js';

const rule = { limit: 3, windowMs: 1_000 };
const key = (userId = 1, conversationId = 1): RateLimitKey => ({
  action: 'chat_message',
  userId,
  conversationId,
});
const at = (ms: number) => new Date(ms);

async function takeMany(limits: ReturnType<typeof createInProcessRateLimits>, count: number, ms = 0) {
  const decisions = [];
  for (let index = 0; index < count; index += 1)
    decisions.push(await limits.take({ key: key(), rule, at: at(ms) }));
  return decisions;
}

describe('createInProcessRateLimits', () => {
  it('allows `limit` actions in any window and refuses the rest without counting them', async () => {
    const limits = createInProcessRateLimits();
    const decisions = await takeMany(limits, 5, 0);
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, false, false]);
    // The refusals were not counted: one window later the budget is whole again.
    expect((await takeMany(limits, 4, 1_000)).map((decision) => decision.allowed)).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('slides: an action leaves the window exactly `windowMs` after it was counted', async () => {
    const limits = createInProcessRateLimits();
    for (const ms of [0, 400, 800]) await limits.take({ key: key(), rule, at: at(ms) });
    expect(await limits.take({ key: key(), rule, at: at(999) })).toEqual({
      allowed: false,
      retryAfterMs: 1,
      isFirstRefusal: true,
    });
    expect((await limits.take({ key: key(), rule, at: at(1_000) })).allowed).toBe(true);
    expect(await limits.take({ key: key(), rule, at: at(1_001) })).toMatchObject({ retryAfterMs: 399 });
  });

  it('marks only the first refusal since the last allowed action', async () => {
    const limits = createInProcessRateLimits();
    const decisions = await takeMany(limits, 6, 0);
    expect(decisions.map((decision) => !decision.allowed && decision.isFirstRefusal)).toEqual([
      false,
      false,
      false,
      true,
      false,
      false,
    ]);
    await limits.take({ key: key(), rule, at: at(1_000) });
    const [, , again] = await takeMany(limits, 3, 1_000);
    expect(again).toMatchObject({ allowed: false, isFirstRefusal: true });
  });

  it('keeps one budget per action, user and room', async () => {
    const limits = createInProcessRateLimits();
    await takeMany(limits, 3, 0);
    const others: RateLimitKey[] = [key(2, 1), key(1, 2), { ...key(), action: 'typing' }];
    for (const other of others)
      expect((await limits.take({ key: other, rule, at: at(0) })).allowed).toBe(true);
  });

  it('forgets budgets whose window has passed, so a stream of new keys cannot grow the map', async () => {
    const limits = createInProcessRateLimits({ sweepEveryMs: 1_000 });
    for (let userId = 1; userId <= 10_000; userId += 1) {
      await limits.take({ key: key(userId), rule, at: at(userId) });
    }
    // One key a millisecond: at most the keys of the last window plus those since the last sweep.
    expect(limits.size()).toBeLessThanOrEqual(2_000);
  });

  it('does not lock a budget when the clock is set back', async () => {
    const limits = createInProcessRateLimits();
    await takeMany(limits, 3, 50_000);
    expect((await limits.take({ key: key(), rule, at: at(0) })).allowed).toBe(true);
  });
});
