import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../core/adapters/memory-store/create-memory-store.js';
import { createPostgresStore } from '../../server/postgres/create-postgres-store.js';
import type { GeoPoint, Store } from '../../core/ports/store/store.js';
import { openSecondTestDatabase, type TestDatabase } from '../targets/postgres-databases.js';

/**
 * Coordinates at float8's extremes (subnormals, -0, the poles, the antimeridian) must neither
 * make Postgres raise "underflow" (22003) nor change what it finds: the same rows as the memory
 * store's exhaustive scan, at the same distances.
 */
let opened: TestDatabase;
let postgres: Store;
const memory = createMemoryStore();

const LATITUDES = [0, -0, 5e-324, -5e-324, 1e-310, 1e-200, -1e-154, 1e-100, 1e-99, 1e-12, 45, 90, -90];
const LONGITUDES = [0, -0, 5e-324, 1e-200, -1e-100, 1e-12, 180, -180, 179.99999999999997];
const points: GeoPoint[] = LATITUDES.flatMap((latitude) =>
  LONGITUDES.map((longitude) => ({ latitude, longitude })),
);

beforeAll(async () => {
  opened = await openSecondTestDatabase(process.env['DATABASE_URL'] ? 'pg' : 'pglite');
  postgres = createPostgresStore(opened.database);
  const at = new Date('2026-01-01T00:00:00Z');
  for (const location of points) {
    const city = {
      name: `${location.latitude},${location.longitude}`,
      location,
      createdAt: at,
      updatedAt: at,
    };
    await memory.cities.create(city);
    await postgres.cities.create(city);
  }
}, 60_000);

afterAll(async () => {
  await opened.close();
});

const sortedById = (rows: { city: { id: number }; distanceKm: number }[]) =>
  [...rows].sort((left, right) => left.city.id - right.city.id);

describe('nearby on Postgres at float8 extremes', () => {
  it.each(points.filter((_, index) => index % 4 === 0))(
    'finds what an exhaustive scan finds around $latitude,$longitude',
    async (center) => {
      for (const radiusKm of [0.1, 20_000]) {
        const request = { center, radiusKm, limit: 1_000 };
        const expected = sortedById(await memory.cities.nearby(request));
        const found = sortedById(await postgres.cities.nearby(request));
        expect(found.map((row) => row.city.id)).toEqual(expected.map((row) => row.city.id));
        found.forEach((row, index) =>
          expect(row.distanceKm).toBeCloseTo(expected[index]?.distanceKm ?? NaN, 6),
        );
      }
    },
  );
});
