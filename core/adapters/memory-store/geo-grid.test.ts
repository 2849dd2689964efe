import { describe, expect, it } from 'vitest';
import { distanceInMetres } from '../../rules/geo/great-circle.js';
import type { GeoPoint } from '../../ports/store/store.js';
import { GeoGrid } from './geo-grid.js';

interface Place {
  id: number;
  location: GeoPoint | null;
  start: number;
}

/** A seeded generator, so that a failure names a world that can be rebuilt. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** The answer by reading every row: in the area, kept, at or after `from`, nearest first, ties by id. */
function bruteForce(
  places: Place[],
  { center, radiusKm, limit }: { center: GeoPoint; radiusKm: number; limit: number },
  { keep, from }: { keep: (place: Place) => boolean; from?: number | undefined },
) {
  return places
    .flatMap((place) => {
      if (!place.location || !keep(place) || (from !== undefined && place.start < from)) return [];
      const distanceKm = distanceInMetres(center, place.location) / 1000;
      return distanceKm <= radiusKm ? [{ id: place.id, distanceKm }] : [];
    })
    .sort((a, b) => a.distanceKm - b.distanceKm || a.id - b.id)
    .slice(0, limit);
}

const clamp = (latitude: number) => Math.max(-90, Math.min(90, latitude));
const wrap = (longitude: number) => ((((longitude + 180) % 360) + 360) % 360) - 180;

/** Places clustered around a few centres (some on the antimeridian or near a pole), some sharing a point, some without one. */
function world(next: () => number, size: number, centers: GeoPoint[]): Place[] {
  const places: Place[] = [];
  for (let id = 1; id <= size; id += 1) {
    const center = centers[Math.floor(next() * centers.length)] ?? { latitude: 0, longitude: 0 };
    const spread = next() < 0.5 ? 0.05 : next() < 0.8 ? 0.6 : 6;
    const shared = id > 1 && next() < 0.05 ? places[Math.floor(next() * places.length)]?.location : undefined;
    const location =
      next() < 0.03
        ? null
        : (shared ?? {
            latitude: clamp(center.latitude + (next() - 0.5) * spread),
            longitude: wrap(
              center.longitude +
                ((next() - 0.5) * spread) / Math.max(0.05, Math.cos((center.latitude * Math.PI) / 180)),
            ),
          });
    places.push({ id, location, start: Math.floor(next() * 1000) });
  }
  return places;
}

/** A grid of the places that counts the rows a search reads: each one's point is asked for once. */
function countingGrid(places: Place[]) {
  let read = 0;
  const grid = new GeoGrid((place: Place) => {
    read += 1;
    return place.location;
  });
  for (const place of places) grid.add(place);
  const nearestCounted = (request: { center: GeoPoint; radiusKm: number; limit: number }) => {
    read = 0;
    const found = grid.nearest(request);
    return { found, read };
  };
  return { grid, nearestCounted };
}

const centers: GeoPoint[] = [
  { latitude: 52.52, longitude: 13.405 },
  { latitude: 0.01, longitude: 179.99 },
  { latitude: -33.87, longitude: -179.97 },
  { latitude: 89.93, longitude: 40 },
  { latitude: -89.96, longitude: -120 },
  { latitude: 10.5, longitude: 106.5 },
];

describe('GeoGrid.nearest', () => {
  it('answers what reading every row answers: random worlds, radii, limits, filters and start bounds', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const next = random(seed);
      const places = world(next, 1500, centers);
      const grid = new GeoGrid(
        (place: Place) => place.location,
        (place) => place.start,
      );
      for (const place of places) grid.add(place);
      // Moves and removals go through the grid's own bookkeeping.
      for (const place of places.slice(0, 100)) {
        grid.remove(place);
        if (place.id % 2 === 0) {
          place.location = { latitude: clamp((next() - 0.5) * 180), longitude: wrap((next() - 0.5) * 360) };
          grid.add(place);
        }
      }
      const present = places.filter((place) => place.id > 100 || place.id % 2 === 0);
      for (let query = 0; query < 25; query += 1) {
        const base = centers[Math.floor(next() * centers.length)] ?? { latitude: 0, longitude: 0 };
        const center = {
          latitude: clamp(base.latitude + (next() - 0.5) * 0.4),
          longitude: wrap(base.longitude + (next() - 0.5) * 0.4),
        };
        const radiusKm = [0.1, 1, 5, 20, 50, 120, 500][Math.floor(next() * 7)] ?? 5;
        const limit = [1, 3, 10, 100, Number.POSITIVE_INFINITY][Math.floor(next() * 5)] ?? 10;
        const modulo = 1 + Math.floor(next() * 3);
        const keep = (place: Place) => place.id % modulo === 0;
        const from = next() < 0.5 ? Math.floor(next() * 1000) : undefined;
        const request = { center, radiusKm, limit };
        const found = grid
          .nearest(request, { keep, ...(from !== undefined && { from }) })
          .map(({ row, distanceKm }) => ({ id: row.id, distanceKm }));
        expect(found, `seed ${seed}, query ${query}`).toEqual(bruteForce(present, request, { keep, from }));
      }
    }
  });

  it('stops when no cell left can hold a nearer row: a small page of a dense area reads a small part of it', () => {
    const next = random(7);
    const center = { latitude: 48.85, longitude: 2.35 };
    // 20,000 places spread evenly over about 80 by 80 km: some 30 in each cell.
    const places: Place[] = Array.from({ length: 20_000 }, (_, index) => ({
      id: index + 1,
      location: {
        latitude: center.latitude + (next() - 0.5) * 0.7,
        longitude: center.longitude + (next() - 0.5) * 1.1,
      },
      start: 0,
    }));
    const { grid, nearestCounted } = countingGrid(places);
    const request = { center, radiusKm: 50, limit: 10 };
    const { found, read } = nearestCounted(request);
    expect(found.map(({ row }) => row.id)).toEqual(
      bruteForce(places, request, { keep: () => true }).map(({ id }) => id),
    );
    const inArea = [...grid.candidates(request)].length;
    expect(inArea).toBeGreaterThan(15_000);
    expect(read).toBeLessThan(inArea / 20);
  });

  it('over a pole, reads only the bands of latitude the circle touches', () => {
    const next = random(13);
    const places: Place[] = Array.from({ length: 20_000 }, (_, index) => ({
      id: index + 1,
      location:
        index < 50
          ? { latitude: 89.99 + next() * 0.01, longitude: (next() - 0.5) * 360 }
          : { latitude: (next() - 0.5) * 170, longitude: (next() - 0.5) * 360 },
      start: 0,
    }));
    const { nearestCounted } = countingGrid(places);
    const request = { center: { latitude: 89.995, longitude: 10 }, radiusKm: 2, limit: 10 };
    const { found, read } = nearestCounted(request);
    expect(found.map(({ row }) => row.id)).toEqual(
      bruteForce(places, request, { keep: () => true }).map(({ id }) => id),
    );
    expect(found.length).toBe(10);
    expect(read).toBeLessThan(100);
  });

  it('never reads a cell row before `from`', () => {
    const next = random(11);
    const center = { latitude: 10.5, longitude: 106.5 };
    const places = world(next, 5000, [center]);
    const grid = new GeoGrid(
      (place: Place) => place.location,
      (place) => place.start,
    );
    for (const place of places) grid.add(place);
    const starts: number[] = [];
    grid.nearest(
      { center, radiusKm: 500, limit: Number.POSITIVE_INFINITY },
      {
        keep: (place) => {
          starts.push(place.start);
          return true;
        },
        from: 900,
      },
    );
    expect(starts.length).toBeGreaterThan(0);
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(900);
  });
});
