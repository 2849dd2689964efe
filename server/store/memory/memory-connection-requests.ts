import type { ConnectionRequestRecord, ConnectionRequestRepo } from '../store.js';
import { MemoryTable } from './table.js';

export function createMemoryConnectionRequests(): ConnectionRequestRepo {
  const table = new MemoryTable<ConnectionRequestRecord>();
  return {
    create: (request) => Promise.resolve(table.insert(request)),
    countsFor: (userId) =>
      Promise.resolve({
        sentPending: table.filter((row) => row.senderId === userId && row.state === 'pending').length,
        receivedPending: table.filter((row) => row.receiverId === userId && row.state === 'pending').length,
        accepted: table.filter(
          (row) => row.state === 'accepted' && (row.senderId === userId || row.receiverId === userId),
        ).length,
      }),
  };
}
