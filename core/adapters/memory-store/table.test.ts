import { describe, expect, it } from 'vitest';
import { MemoryTable } from './table.js';

interface Place {
  id: number;
  name: string;
  location: { latitude: number; longitude: number };
  openedAt: Date;
}

const place = () => ({ name: 'Library', location: { latitude: 21, longitude: 105 }, openedAt: new Date(0) });

describe('MemoryTable', () => {
  it('keeps a row of its own: changing what was inserted, nested values included, changes nothing stored', () => {
    const table = new MemoryTable<Place>();
    const given = place();
    const { id } = table.insert(given);
    given.name = 'Changed';
    given.location.latitude = 0;
    given.openedAt.setTime(1);
    expect(table.get(id)).toEqual({ id, ...place() });
  });

  it('keeps a patched row of its own too', () => {
    const table = new MemoryTable<Place>();
    const { id } = table.insert(place());
    const location = { latitude: 10, longitude: 20 };
    table.patch(id, { location });
    location.latitude = 0;
    expect(table.get(id)?.location).toEqual({ latitude: 10, longitude: 20 });
  });

  it('stores frozen rows, which reads that only present a row may share', () => {
    const table = new MemoryTable<Place>();
    const { id } = table.insert(place());
    const stored = table.peek(id);
    expect(Object.isFrozen(stored)).toBe(true);
    expect(table.get(id)).not.toBe(stored);
  });
});
