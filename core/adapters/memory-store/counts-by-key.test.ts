import { describe, expect, it } from 'vitest';
import { CountsByKey } from './memory-indexes.js';
import { MemoryTable } from './table.js';

interface Seat {
  id: number;
  sessionId: number;
  status: 'registered' | 'cancelled';
}

/** The seats a session's rows hold, counted from scratch: what the index must always answer. */
const counted = (table: MemoryTable<Seat>, sessionId: number) =>
  table.all().filter((row) => row.sessionId === sessionId && row.status === 'registered').length;

describe('CountsByKey', () => {
  it('keeps each key’s count equal to its counted rows through inserts, patches and deletes', () => {
    const table = new MemoryTable<Seat>();
    const seats = new CountsByKey((row: Seat) => (row.status === 'registered' ? row.sessionId : null));
    const first = table.insert({ sessionId: 1, status: 'registered' });
    table.watch(seats);
    const second = table.insert({ sessionId: 1, status: 'registered' });
    table.insert({ sessionId: 2, status: 'cancelled' });
    expect([seats.of(1), seats.of(2)]).toEqual([2, 0]);
    table.patch(first.id, { status: 'cancelled' });
    table.patch(second.id, { sessionId: 2 });
    expect([seats.of(1), seats.of(2)]).toEqual([counted(table, 1), counted(table, 2)]);
    expect([seats.of(1), seats.of(2)]).toEqual([0, 1]);
    table.delete(second.id);
    table.patch(first.id, { status: 'registered' });
    expect([seats.of(1), seats.of(2), seats.of(3)]).toEqual([1, 0, 0]);
  });
});
