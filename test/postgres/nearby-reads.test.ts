import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, SqlClient } from '../../server/postgres/database.js';
import { createPostgresStore } from '../../server/postgres/create-postgres-store.js';
import type { Store } from '../../core/ports/store/store.js';
import { openSecondTestDatabase, type TestDatabase } from '../targets/postgres-databases.js';

/**
 * A nearby search on Postgres reads about a page of rows, not every row of its bounding box: in a
 * region of 20,000 cities a page of 10 within 500 km reads a few hundred. The rows read are those
 * the plan's scans of the table return (from the index, before the exact distance filters them),
 * found by EXPLAIN ANALYZE of the very statement the store runs, on PGlite and on the server at
 * DATABASE_URL when it is set.
 */
const CENTRE = { latitude: 48.75, longitude: 2.67 };
const CITIES = 20_000;
let opened: TestDatabase;
let store: Store;
let rowsRead = 0;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

/** Rows the plan's scans read from the table `cities`, wherever they sit in the tree. */
function citiesRead(node: PlanNode): number {
  const children = (node.Plans ?? []).reduce((sum, child) => sum + citiesRead(child), 0);
  const scansIndex = node['Node Type'] === 'Bitmap Index Scan' && node['Index Name']?.startsWith('cities_');
  const scansTable = node['Relation Name'] === 'cities' && node['Node Type'] !== 'Bitmap Heap Scan';
  if (!scansIndex && !scansTable) return children;
  return children + (node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0)) * node['Actual Loops'];
}

/** The database, with every read of `distance_km` explained first and its rows read added up. */
function explaining(database: Database): Database {
  const client: SqlClient = {
    query: async (text, params) => {
      if (text.includes('distance_km')) {
        const [explained] = await database.query<{ 'QUERY PLAN': unknown }>(
          `EXPLAIN (ANALYZE, FORMAT JSON) ${text}`,
          params,
        );
        const plan = explained?.['QUERY PLAN'];
        const [root] = (typeof plan === 'string' ? JSON.parse(plan) : plan) as [{ Plan: PlanNode }];
        rowsRead += citiesRead(root.Plan);
      }
      return database.query(text, params);
    },
    exec: (script) => database.exec(script),
  };
  return { ...database, ...client };
}

beforeAll(async () => {
  opened = await openSecondTestDatabase(process.env['DATABASE_URL'] ? 'pg' : 'pglite');
  // A lattice 150 × 134 at 0.01° (about 1.1 by 0.7 km) around the centre: a dense region.
  await opened.database.query(
    `INSERT INTO cities (name, latitude, longitude, created_at, updated_at)
     SELECT 'City ' || n, 48 + (n % 150) * 0.01, 2 + (n / 150) * 0.01, now(), now()
     FROM generate_series(0, $1::int - 1) AS n`,
    [CITIES],
  );
  await opened.database.query('ANALYZE cities');
  store = createPostgresStore(explaining(opened.database));
}, 60_000);

afterAll(async () => {
  await opened.close();
});

describe('nearby on Postgres reads about a page', () => {
  it('reads a few hundred of 20,000 cities for a page of 10 within 500 km, and finds the nearest', async () => {
    rowsRead = 0;
    const found = await store.cities.nearby({ center: CENTRE, radiusKm: 500, limit: 10 });
    expect(found).toHaveLength(10);
    expect(found.at(-1)?.distanceKm).toBeLessThan(2);
    expect(rowsRead).toBeGreaterThan(0);
    expect(rowsRead).toBeLessThan(CITIES / 20);
  });

  it('answers an unbounded radius in one circle (halving it would never end)', async () => {
    const found = await store.cities.nearby({ center: CENTRE, radiusKm: Number.POSITIVE_INFINITY, limit: 5 });
    expect(found).toHaveLength(5);
  });

  it('reads each city once when the page asks for more than the area holds', async () => {
    rowsRead = 0;
    const found = await store.cities.nearby({ center: CENTRE, radiusKm: 500, limit: 30_000 });
    expect(found).toHaveLength(CITIES);
    // Each circle reads only what the one before it did not: every row once (a row on a shared
    // edge of two index rectangles may count twice).
    expect(rowsRead).toBeGreaterThanOrEqual(CITIES);
    expect(rowsRead).toBeLessThan(CITIES * 1.01);
  });
});
