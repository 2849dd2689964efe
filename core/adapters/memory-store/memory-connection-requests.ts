import type {
  ConnectionRequestRecord,
  ConnectionRequestRepo,
  ConversationRecord,
  RequestChange,
  RequestDecision,
} from '../../ports/store/store.js';
import { ensureDirectConversation } from './memory-direct-conversations.js';
import { GroupedRows } from './memory-indexes.js';
import { MemoryTable } from './table.js';

const byId = (a: ConnectionRequestRecord, b: ConnectionRequestRecord) => a.id - b.id;

export function createMemoryConnectionRequests(
  conversations: MemoryTable<ConversationRecord>,
): ConnectionRequestRepo {
  const table = new MemoryTable<ConnectionRequestRecord>();
  // Each user's requests (sent, received, either) by last change; each pair's, by id.
  const updatedAtOf = (row: ConnectionRequestRecord) => row.updatedAt;
  const bySender = new GroupedRows((row: ConnectionRequestRecord) => row.senderId, updatedAtOf);
  const byReceiver = new GroupedRows((row: ConnectionRequestRecord) => row.receiverId, updatedAtOf);
  const byUser = new GroupedRows(
    (row: ConnectionRequestRecord) => [row.senderId, row.receiverId],
    updatedAtOf,
  );
  const pairOf = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);
  const byPair = new GroupedRows((row: ConnectionRequestRecord) => pairOf(row.senderId, row.receiverId));
  table.watch(bySender, byReceiver, byUser, byPair);
  const requestsOf = (userId: number) => [...byUser.of(userId).range()];
  const between = (a: number, b: number) => {
    const rows = byPair.of(pairOf(a, b));
    return rows.size > 0 ? { ...rows.at(0) } : null;
  };
  const other = (row: ConnectionRequestRecord, userId: number) =>
    row.senderId === userId ? row.receiverId : row.senderId;

  // Synchronous from read to write: the memory store's lock.
  function apply<Refusal>(
    existing: ConnectionRequestRecord | null,
    decision: RequestDecision<Refusal>,
    insert: boolean,
  ): RequestChange<Refusal> {
    if ('refusal' in decision) return { ok: false, refusal: decision.refusal };
    if ('remove' in decision) {
      if (existing) table.delete(existing.id);
      return { ok: true, request: null };
    }
    const written = existing
      ? table.patch(existing.id, decision.write)
      : insert
        ? table.insert(decision.write as Omit<ConnectionRequestRecord, 'id'>)
        : null;
    if (!written) return { ok: false, refusal: 'not_found' };
    if (written.state === 'accepted') {
      ensureDirectConversation(conversations, {
        connectionId: written.id,
        participantIds: [written.senderId, written.receiverId],
        at: written.acceptedAt ?? written.updatedAt,
      });
    }
    return { ok: true, request: written };
  }

  return {
    create: (request) => Promise.resolve(table.insert(request)),
    countsFor: (userId) =>
      Promise.resolve({
        sentPending: requestsOf(userId).filter((row) => row.senderId === userId && row.state === 'pending')
          .length,
        receivedPending: requestsOf(userId).filter(
          (row) => row.receiverId === userId && row.state === 'pending',
        ).length,
        accepted: requestsOf(userId).filter((row) => row.state === 'accepted').length,
      }),
    findById: (id) => Promise.resolve(table.get(id)),
    findBetween: (userId, otherId) => Promise.resolve(between(userId, otherId)),
    list: (filter, slice) => {
      const index = filter.role === 'sent' ? bySender : filter.role === 'received' ? byReceiver : byUser;
      const keep = (row: ConnectionRequestRecord) => !filter.states || filter.states.includes(row.state);
      return Promise.resolve(index.of(filter.userId).page({ descending: true, slice, keep }));
    },
    listAccepted: (userId, slice) => {
      const rows = requestsOf(userId)
        .filter((row) => row.state === 'accepted')
        .sort((a, b) => (b.acceptedAt?.getTime() ?? 0) - (a.acceptedAt?.getTime() ?? 0) || b.id - a.id);
      return Promise.resolve({
        count: rows.length,
        rows: rows.slice(slice.offset, slice.offset + slice.limit).map((row) => ({ ...row })),
      });
    },
    partnerIds: (userId) =>
      Promise.resolve(
        requestsOf(userId)
          .sort(byId)
          .map((row) => other(row, userId)),
      ),
    connectedWithin: (userId, steps) => {
      const reached = new Set([userId]);
      let frontier = [userId];
      for (let step = 0; step < steps && frontier.length > 0; step += 1) {
        const next: number[] = [];
        for (const id of frontier) {
          for (const row of requestsOf(id)) {
            const partner = other(row, id);
            if (row.state !== 'accepted' || reached.has(partner)) continue;
            reached.add(partner);
            next.push(partner);
          }
        }
        frontier = next;
      }
      reached.delete(userId);
      return Promise.resolve([...reached].sort((a, b) => a - b));
    },
    changePair: (pair, decide) => {
      const existing = between(pair.senderId, pair.receiverId);
      return Promise.resolve(apply(existing, decide(existing), true));
    },
    change: (id, decide) => {
      const existing = table.get(id);
      if (!existing) return Promise.resolve({ ok: false, refusal: 'not_found' as const });
      return Promise.resolve(apply(existing, decide(existing), false));
    },
  };
}
