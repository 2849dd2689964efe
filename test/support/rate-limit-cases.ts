import { beforeEach, describe, expect, it } from 'vitest';
import type { RateLimitKey, RateLimits } from '../../core/ports/rate-limits.js';

/**
 * The behaviour every chat budget implementation shares (the in-process one and Redis's): a
 * sliding window per action, user and room, refusals not counted, the first refusal marked.
 */
const rule = { limit: 3, windowMs: 1_000 };
let nextUser = 0;
/** A user of this test file alone: a shared Redis keeps budgets across tests. */
const user = () => (nextUser += 1) + Math.floor(Math.random() * 1e9);
const at = (ms: number) => new Date(ms);

export function describeRateLimits(name: string, create: () => RateLimits | Promise<RateLimits>): void {
  describe(name, () => {
    let key: (userId?: number, conversationId?: number) => RateLimitKey;
    beforeEach(() => {
      const own = user();
      key = (userId = own, conversationId = 1) => ({ action: 'chat_message', userId, conversationId });
    });
    async function takeMany(limits: RateLimits, count: number, ms = 0) {
      const decisions = [];
      for (let index = 0; index < count; index += 1)
        decisions.push(await limits.take({ key: key(), rule, at: at(ms) }));
      return decisions;
    }

    it('allows `limit` actions in any window and refuses the rest without counting them', async () => {
      const limits = await create();
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
      const limits = await create();
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
      const limits = await create();
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
      const limits = await create();
      await takeMany(limits, 3, 0);
      const others: RateLimitKey[] = [key(user(), 1), key(undefined, 2), { ...key(), action: 'typing' }];
      for (const other of others)
        expect((await limits.take({ key: other, rule, at: at(0) })).allowed).toBe(true);
    });

    it('counts actions a little ahead of the clock: takes that arrive out of their order', async () => {
      const limits = await create();
      // Two processes: one's take stamped 10 ms reached the store before another's stamped 5 ms.
      await takeMany(limits, 3, 10);
      expect(await limits.take({ key: key(), rule, at: at(5) })).toEqual({
        allowed: false,
        retryAfterMs: 1_005,
        isFirstRefusal: true,
      });
    });

    it('answers the retry from the earliest time counted, whatever order the takes came in', async () => {
      const limits = await create();
      for (const ms of [900, 100, 200]) await limits.take({ key: key(), rule, at: at(ms) });
      expect(await limits.take({ key: key(), rule, at: at(300) })).toMatchObject({ retryAfterMs: 800 });
      expect((await limits.take({ key: key(), rule, at: at(1_100) })).allowed).toBe(true);
    });

    it('does not lock a budget when the clock is set back by more than a window', async () => {
      const limits = await create();
      await takeMany(limits, 3, 50_000);
      expect((await limits.take({ key: key(), rule, at: at(0) })).allowed).toBe(true);
    });
  });
}
