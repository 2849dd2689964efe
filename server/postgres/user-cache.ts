import type { UserRecord, UserRepo } from '@studymate/core';

export interface UserCacheOptions {
  /** The most users kept; past it, the oldest kept is forgotten first. Default 10,000. */
  maxUsers?: number;
  /** How long a kept user may serve, even with no notice of a change. Default 30 s. */
  maxAgeMs?: number;
  /** Whether it serves from its first moment; a cache that waits for notices starts suspended. */
  suspended?: boolean;
  now?: () => number;
}

/**
 * Users read by id, kept in memory: every authenticated request reads its caller, and on Postgres
 * that read was a round trip of its own. A kept user is forgotten when this process changes it
 * (`cachedUsers`) and when any process does (`listenForUserChanges`, on the notices of migration 6).
 * While those notices cannot be heard, the cache is suspended: it keeps nothing and serves nothing.
 */
export interface UserCache {
  get(id: number): UserRecord | undefined;
  /** Marks the start of a read of `id`; `keep` keeps its answer only if nothing changed meanwhile. */
  startRead(id: number): ReadTicket;
  keep(ticket: ReadTicket, user: UserRecord): void;
  forget(id: number): void;
  /** Forgets everyone and serves nothing until `resume` (changes may go unheard meanwhile). */
  suspend(): void;
  /** Serves again, from empty. */
  resume(): void;
  readonly size: number;
}

interface ReadTicket {
  id: number;
  generation: number;
}

export function createUserCache(options: UserCacheOptions = {}): UserCache {
  const maxUsers = options.maxUsers ?? 10_000;
  const maxAgeMs = options.maxAgeMs ?? 30_000;
  const now = options.now ?? (() => performance.now());
  const kept = new Map<number, { user: UserRecord; keptAt: number }>();
  // A change moves the generation on, so a read that began before it, and answers after it, cannot
  // put its older row back; a suspension and a resumption refuse every read begun before them.
  let generation = 0;
  let floor = 0;
  const changedAt = new Map<number, number>();
  let suspended = options.suspended ?? false;
  const refuseReadsInFlight = () => {
    generation += 1;
    floor = generation;
    kept.clear();
    changedAt.clear();
  };

  return {
    get(id) {
      const entry = kept.get(id);
      if (!entry) return undefined;
      if (now() - entry.keptAt <= maxAgeMs) return entry.user;
      kept.delete(id);
      return undefined;
    },
    startRead: (id) => ({ id, generation }),
    keep(ticket, user) {
      if (suspended || ticket.generation < floor) return;
      if ((changedAt.get(ticket.id) ?? 0) > ticket.generation) return;
      kept.delete(ticket.id);
      if (kept.size >= maxUsers) forgetOldest(kept);
      kept.set(ticket.id, { user, keptAt: now() });
    },
    forget(id) {
      generation += 1;
      kept.delete(id);
      changedAt.set(id, generation);
      // Only reads in flight need the mark, and they are few: the oldest marks go first.
      if (changedAt.size > maxUsers) forgetOldest(changedAt);
    },
    suspend() {
      suspended = true;
      refuseReadsInFlight();
    },
    resume() {
      suspended = false;
      refuseReadsInFlight();
    },
    get size() {
      return kept.size;
    },
  };
}

/**
 * The users repository with `findById` served from the cache, and every change this process makes
 * through it forgotten at once (other processes' changes arrive as notices).
 */
export function cachedUsers(users: UserRepo, cache: UserCache): UserRepo {
  return {
    ...users,
    findById: async (id) => {
      const kept = cache.get(id);
      if (kept) return kept;
      const ticket = cache.startRead(id);
      const user = await users.findById(id);
      if (user) cache.keep(ticket, user);
      return user;
    },
    update: async (id, changes) => {
      try {
        return await users.update(id, changes);
      } finally {
        cache.forget(id);
      }
    },
  };
}

/** A map remembers insertion order: its first key is the one kept longest. */
function forgetOldest(map: Map<number, unknown>): void {
  const [oldest] = map.keys();
  if (oldest !== undefined) map.delete(oldest);
}
