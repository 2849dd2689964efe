import type {
  ConnectionRequestRecord,
  ConnectionRequestRepo,
  ConversationRecord,
  RequestChange,
  RequestDecision,
} from '../../ports/store/store.js';
import { ensureDirectConversation } from './memory-direct-conversations.js';
import { MemoryTable } from './table.js';

const newestFirst = (a: ConnectionRequestRecord, b: ConnectionRequestRecord) =>
  b.updatedAt.getTime() - a.updatedAt.getTime() || b.id - a.id;

export function createMemoryConnectionRequests(
  conversations: MemoryTable<ConversationRecord>,
): ConnectionRequestRepo {
  const table = new MemoryTable<ConnectionRequestRecord>();
  const involves = (userId: number) => (row: ConnectionRequestRecord) =>
    row.senderId === userId || row.receiverId === userId;
  const between = (a: number, b: number) =>
    table.find(
      (row) => (row.senderId === a && row.receiverId === b) || (row.senderId === b && row.receiverId === a),
    );
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
        sentPending: table.filter((row) => row.senderId === userId && row.state === 'pending').length,
        receivedPending: table.filter((row) => row.receiverId === userId && row.state === 'pending').length,
        accepted: table.filter((row) => row.state === 'accepted' && involves(userId)(row)).length,
      }),
    findById: (id) => Promise.resolve(table.get(id)),
    findBetween: (userId, otherId) => Promise.resolve(between(userId, otherId)),
    list: (filter, slice) => {
      const rows = table
        .filter(
          (row) =>
            (filter.role === 'sent'
              ? row.senderId === filter.userId
              : filter.role === 'received'
                ? row.receiverId === filter.userId
                : involves(filter.userId)(row)) &&
            (!filter.states || filter.states.includes(row.state)),
        )
        .sort(newestFirst);
      return Promise.resolve({
        count: rows.length,
        rows: rows.slice(slice.offset, slice.offset + slice.limit),
      });
    },
    listAccepted: (userId, slice) => {
      const rows = table
        .filter((row) => row.state === 'accepted' && involves(userId)(row))
        .sort((a, b) => (b.acceptedAt?.getTime() ?? 0) - (a.acceptedAt?.getTime() ?? 0) || b.id - a.id);
      return Promise.resolve({
        count: rows.length,
        rows: rows.slice(slice.offset, slice.offset + slice.limit),
      });
    },
    partnerIds: (userId) => Promise.resolve(table.filter(involves(userId)).map((row) => other(row, userId))),
    acceptedPartnerIds: (userIds) =>
      Promise.resolve(
        new Map(
          userIds.map((userId) => [
            userId,
            table
              .filter((row) => row.state === 'accepted' && involves(userId)(row))
              .map((row) => other(row, userId)),
          ]),
        ),
      ),
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
