import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../core/adapters/memory-store/create-memory-store.js';
import { createPostgresStore } from '../../server/postgres/create-postgres-store.js';
import type { GeoPoint, Store } from '../../core/ports/store/store.js';
import { searchBoxes } from '../../server/postgres/sql-geo.js';
import { openSecondTestDatabase, type TestDatabase } from '../targets/postgres-databases.js';

/**
 * Nearby on Postgres reads the boxes of growing circles on indexed coordinates, each only the rows
 * the one before did not, and orders by the exact great-circle distance. It must find exactly what
 * the memory store finds (proven against an exhaustive scan in its own test), at every page size
 * (so that pages are answered by each circle), with ties and with rows on the boxes' edges, also
 * where boxes break down: near the poles and across the antimeridian.
 */
let opened: TestDatabase;
let postgres: Store;
const memory = createMemoryStore();

/** A small deterministic generator (mulberry32), so failures replay. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(7);
const around = (center: GeoPoint, spread: number): GeoPoint => ({
  latitude: Math.max(-90, Math.min(90, center.latitude + (next() - 0.5) * spread)),
  longitude: ((center.longitude + (next() - 0.5) * spread + 540) % 360) - 180,
});
const centers: GeoPoint[] = [
  { latitude: 21.03, longitude: 105.85 },
  { latitude: 89.9, longitude: 10 },
  { latitude: -89.5, longitude: -120 },
  { latitude: 0, longitude: 179.9 },
  { latitude: 65, longitude: -179.5 },
  { latitude: 10.78, longitude: 106.7 },
  { latitude: 70, longitude: 20 },
  { latitude: 35.68, longitude: 139.77 },
];

/**
 * Points on the edges and corners of the boxes a 200 km search reads: a wider box reads only the
 * rows the narrower one did not, and a row on their shared edge must be found once. No two are
 * the same distance from the centre (a tie in exact arithmetic can order differently in
 * Postgres' and V8's sine), so the corners are two opposite ones and each side has its point at
 * a different fraction of its length.
 */
function boxEdges(center: GeoPoint): GeoPoint[] {
  return searchBoxes({ center, radiusKm: 200 }).flatMap(({ south, north, west, east }) => {
    if (west === undefined || east === undefined) return [];
    const latitudeAt = (fraction: number) => south + (north - south) * fraction;
    const longitudeAt = (fraction: number) => west + (east - west) * fraction;
    return [
      { latitude: south, longitude: west },
      { latitude: north, longitude: east },
      { latitude: latitudeAt(0.3), longitude: west },
      { latitude: latitudeAt(0.55), longitude: east },
      { latitude: south, longitude: longitudeAt(0.2) },
      { latitude: north, longitude: longitudeAt(0.65) },
    ];
  });
}

beforeAll(async () => {
  opened = await openSecondTestDatabase(process.env['DATABASE_URL'] ? 'pg' : 'pglite');
  postgres = createPostgresStore(opened.database);
  const at = new Date('2026-01-01T00:00:00Z');
  for (const center of centers) {
    for (let index = 0; index < 40; index += 1) {
      const city = { name: `City ${index}`, location: around(center, 16), createdAt: at, updatedAt: at };
      await memory.cities.create(city);
      await postgres.cities.create(city);
    }
    for (const [index, location] of boxEdges(center).entries()) {
      const city = { name: `Edge ${index}`, location, createdAt: at, updatedAt: at };
      await memory.cities.create(city);
      await postgres.cities.create(city);
    }
    // Ties: cities that share a point with another.
    for (let index = 0; index < 5; index += 1) {
      const city = { name: `Twin ${index}`, location: around(center, 2), createdAt: at, updatedAt: at };
      for (const store of [memory, postgres]) {
        await store.cities.create(city);
        await store.cities.create({ ...city, name: `${city.name} again` });
      }
    }
  }
}, 60_000);

afterAll(async () => {
  await opened.close();
});

describe('nearby on Postgres', () => {
  it.each(centers.flatMap((center) => [50, 200, 500].map((radiusKm) => ({ center, radiusKm }))))(
    'finds what the memory store finds around $center.latitude,$center.longitude within $radiusKm km, at every page size',
    async ({ center, radiusKm }) => {
      for (const limit of [1, 2, 5, 12, 1_000]) {
        const request = { center, radiusKm, limit };
        const expected = await memory.cities.nearby(request);
        const found = await postgres.cities.nearby(request);
        if (radiusKm === 500 && limit === 1_000) expect(expected.length).toBeGreaterThan(3);
        expect(
          found.map((row) => row.city.id),
          `limit ${limit}`,
        ).toEqual(expected.map((row) => row.city.id));
        found.forEach((row, index) =>
          expect(row.distanceKm).toBeCloseTo(expected[index]?.distanceKm ?? NaN, 6),
        );
      }
    },
  );
});
