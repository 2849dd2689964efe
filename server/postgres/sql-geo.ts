import type { Area, NearbyRequest } from '@studymate/core';
import { readAgainIfLost, type SqlClient } from './database.js';
import { literalCount, SqlParams, whereAll } from './sql-listing.js';

/** The columns that hold a row's coordinates, qualified when the query joins. */
export interface Coordinates {
  latitude: string;
  longitude: string;
}

const UNQUALIFIED: Coordinates = { latitude: 'latitude', longitude: 'longitude' };

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE_OF_LATITUDE = (Math.PI * EARTH_RADIUS_KM) / 180;

/**
 * Degree differences (and latitudes) nearer to 0 than this count as 0: 1e-100° is about 1e-95 m,
 * and every distance the API reports or compares is rounded to 10 m or more. Without it, a row
 * within about 1e-154° of the centre makes Postgres raise "value out of range: underflow"
 * (22003), because float8 arithmetic there refuses a result that rounds to 0 (the squared sine,
 * `radians` of a subnormal) where JavaScript answers 0. From 1e-100° up, every intermediate
 * value stays above 1e-240, far inside float8's range.
 */
const NEGLIGIBLE_DEGREES = '1e-100::float8';
const negligibleAsZero = (degrees: string) =>
  `(CASE WHEN abs(${degrees}) < ${NEGLIGIBLE_DEGREES} THEN 0 ELSE ${degrees} END)`;

/** sin²(Δ/2) of a difference in degrees: 0 for a negligible one (see NEGLIGIBLE_DEGREES). */
const squaredHalfSine = (degrees: string) => `power(sin(radians(${negligibleAsZero(degrees)}) / 2), 2)`;

/**
 * Great-circle (haversine) distance in km from the area's centre to the row's coordinates,
 * the same formula as core's `distanceInMetres`; the centre's cosine is computed here, as core
 * computes it.
 */
export function distanceKm(area: Area, params: SqlParams, columns: Coordinates = UNQUALIFIED) {
  const latitude = params.add(area.center.latitude);
  const longitude = params.add(area.center.longitude);
  const centreCosine = params.add(Math.cos((area.center.latitude * Math.PI) / 180));
  return `(2 * ${EARTH_RADIUS_KM} * asin(least(1, sqrt(
    ${squaredHalfSine(`${columns.latitude} - ${latitude}`)} +
    ${centreCosine} * cos(radians(${negligibleAsZero(columns.latitude)})) *
    ${squaredHalfSine(`${columns.longitude} - ${longitude}`)}))))`;
}

/**
 * The box around a circle, a little wider than it: a latitude band and, away from the poles and
 * the antimeridian, a longitude band (`west`/`east`); without them, every longitude.
 */
export interface Box {
  south: number;
  north: number;
  west?: number;
  east?: number;
}

function boxAround(area: Area): Box {
  const margin = 1.01;
  const latitudeDelta = (area.radiusKm / KM_PER_DEGREE_OF_LATITUDE) * margin;
  const { latitude, longitude } = area.center;
  const band = { south: latitude - latitudeDelta, north: latitude + latitudeDelta };
  const cosine = Math.cos((Math.min(89, Math.abs(latitude) + latitudeDelta) * Math.PI) / 180);
  const longitudeDelta = latitudeDelta / Math.max(cosine, 1e-6);
  if (Math.abs(latitude) + latitudeDelta >= 89 || longitudeDelta >= 180) return band;
  if (longitude - longitudeDelta < -180 || longitude + longitudeDelta > 180) return band;
  return { ...band, west: longitude - longitudeDelta, east: longitude + longitudeDelta };
}

/** A box's bands on the columns, edges included: exactly the rows in it. */
function inBands(box: Box, params: SqlParams, columns: Coordinates): string {
  const band = `${columns.latitude} BETWEEN ${params.add(box.south)} AND ${params.add(box.north)}`;
  if (box.west === undefined || box.east === undefined) return band;
  return `${band} AND ${columns.longitude} BETWEEN ${params.add(box.west)} AND ${params.add(box.east)}`;
}

/** A rectangle of longitudes and latitudes as a point in a box: what the GiST indexes find. */
function inRectangle(rectangle: Required<Box>, params: SqlParams, columns: Coordinates): string {
  const { west, south, east, north } = rectangle;
  const corner = (x: number, y: number) => `point(${params.add(x)}, ${params.add(y)})`;
  return `point(${columns.longitude}, ${columns.latitude}) <@ box(${corner(west, south)}, ${corner(east, north)})`;
}

/**
 * The index-assisted prefilter of a nearby query: the rows in the box around the circle. The
 * exact distance then decides.
 */
export function boundingBox(area: Area, params: SqlParams, columns: Coordinates = UNQUALIFIED): string {
  return inBox(boxAround(area), params, columns);
}

/** The rows in the box, exactly: its bands, found by an index. */
function inBox(box: Box, params: SqlParams, columns: Coordinates): string {
  if (box.west === undefined || box.east === undefined) return inBands(box, params, columns);
  // The same box again as a point in a box: the GiST indexes on point(longitude, latitude)
  // (migration 5) find the rows in both bands at once, where the latitude index finds the band.
  return `${inBands(box, params, columns)}
    AND ${inRectangle({ ...box, west: box.west, east: box.east }, params, columns)}`;
}

/**
 * The rows in `outer` and not in `inner` (which it holds): rectangles the GiST indexes find, a
 * strip north and south of `inner` and one each side of it, then `inner`'s exact complement, so
 * that a row on a shared edge is in one box only.
 */
function betweenBoxes(boxes: { inner: Box; outer: Box }, params: SqlParams, columns: Coordinates): string {
  const { inner, outer } = boxes;
  const west = outer.west ?? -180;
  const east = outer.east ?? 180;
  const strips: Required<Box>[] = [
    { west, east, south: inner.north, north: outer.north },
    { west, east, south: outer.south, north: inner.south },
  ];
  if (inner.west !== undefined && inner.east !== undefined) {
    strips.push(
      { west, east: inner.west, south: inner.south, north: inner.north },
      { west: inner.east, east, south: inner.south, north: inner.north },
    );
  }
  const found = strips.map((strip) => inRectangle(strip, params, columns));
  return `(${found.join(' OR ')}) AND NOT (${inBands(inner, params, columns)})`;
}

/** Rows whose coordinates lie in the area: the indexed bounding box, then the exact distance. */
export function withinArea(area: Area, params: SqlParams, columns: Coordinates = UNQUALIFIED): string {
  return `(${boundingBox(area, params, columns)} AND ${distanceKm(area, params, columns)} <= ${params.add(area.radiusKm)})`;
}

/** A nearby query: what to select from where, and the list's own conditions. */
export interface NearbyQuery {
  columns: string;
  /** The table, with its alias when `coordinates` and `conditions` use one. */
  from: string;
  coordinates?: Coordinates;
  conditions?: (params: SqlParams) => (string | false | undefined)[];
}

/**
 * How much wider each circle of a stepped nearby search is than the one before it: the first full
 * circle's box holds at most about 4 times the rows of the page (a factor of 4 made it 16 times).
 */
const STEP_FACTOR = 2;
/**
 * The narrowest first circle of a stepped search (km). Each circle adds about 0.07 ms to a
 * statement that finds nothing (a second circle about 0.14 ms), so narrow searches, the lists'
 * default radii among them (5 and 10 km), read one circle.
 */
const NARROWEST_STEP_KM = 6;

/**
 * The circles a nearby search reads, narrowest first, ending with the request's radius: each half
 * the next, down to NARROWEST_STEP_KM or more (one circle for a radius under 12 km).
 */
function searchRadii(radiusKm: number): number[] {
  const radii = [radiusKm];
  // An unbounded (or not a) radius is one circle: halving Infinity never gets narrower.
  if (!Number.isFinite(radiusKm)) return radii;
  for (let narrower = radiusKm / STEP_FACTOR; narrower >= NARROWEST_STEP_KM; narrower /= STEP_FACTOR) {
    radii.unshift(narrower);
  }
  return radii;
}

/** The boxes a nearby search reads, one around each of its circles (`searchRadii`). */
export function searchBoxes(area: Area): Box[] {
  return searchRadii(area.radiusKm).map((radiusKm) => boxAround({ center: area.center, radiusKm }));
}

/**
 * The SELECT of the rows with coordinates in the area, nearest first (ties by id), at most
 * `request.limit`, with their `distance_km`: the indexed bounding box prefilters, the exact
 * great-circle distance decides and orders.
 *
 * A wide circle's box holds rows by the thousand in a dense region, all of which one search would
 * read to keep the nearest few. So the search reads the boxes of circles of growing radius
 * (`searchRadii`), each only if the one before fell short, and stops at the first circle whose
 * nearest `limit` rows all lie in it: every row outside is farther than all of them. Each box
 * reads only the rows the box before it did not (`betweenBoxes`), and keeps the nearest `limit`
 * of all its rows so far; a row in a box's corners, outside its circle, stays for the next circle.
 * So a full page costs about the rows of the first box that holds it, however many the area holds,
 * and a short one reads the rows of the widest box once, as a single search would.
 *
 * In SQL: a CTE per box (`box<i>`: the nearest rows so far), and a UNION ALL with an arm per
 * circle, which answers that circle's rows only if every narrower one was short and its own is
 * full (the widest, whatever it holds). The arms' conditions are one-time filters Postgres checks
 * in order, so a box wider than the answer's is never read.
 */
export function nearbySelect(query: NearbyQuery, request: NearbyRequest, params: SqlParams): string {
  const coordinates = query.coordinates ?? UNQUALIFIED;
  const conditions = [...(query.conditions?.(params) ?? []), `${coordinates.latitude} IS NOT NULL`];
  const distance = distanceKm(request, params, coordinates);
  const limit = literalCount(request.limit);
  const rowsWhere = (area: string) =>
    `SELECT ${query.columns}, ${distance} AS distance_km FROM ${query.from} ${whereAll([...conditions, area])}`;
  const nearest = (rows: string, radiusKm?: number) =>
    `SELECT * FROM (${rows}) AS near
     ${radiusKm === undefined ? '' : `WHERE near.distance_km <= ${params.add(radiusKm)}`}
     ORDER BY near.distance_km, near.id LIMIT ${limit}`;
  const radii = searchRadii(request.radiusKm);
  if (radii.length === 1 || request.limit === 0) {
    return nearest(rowsWhere(boundingBox(request, params, coordinates)), request.radiusKm);
  }
  const boxes = searchBoxes(request);
  const reads = boxes.map((box, index) => {
    const inner = boxes[index - 1];
    if (!inner) return nearest(rowsWhere(inBox(box, params, coordinates)));
    const added = rowsWhere(betweenBoxes({ inner, outer: box }, params, coordinates));
    return nearest(`SELECT * FROM box${index - 1} UNION ALL ${added}`);
  });
  const circles = radii.map((radiusKm, index) => {
    const radius = params.add(radiusKm);
    return { radius, found: `(SELECT count(*) FROM box${index} WHERE distance_km <= ${radius})` };
  });
  const arms = circles.map(({ radius, found }, index) => {
    const narrower = circles.slice(0, index).map((circle) => `${circle.found} < ${limit}`);
    const own = index < circles.length - 1 ? `${found} = ${limit}` : `distance_km <= ${radius}`;
    return `SELECT * FROM box${index} WHERE ${[...narrower, own].join(' AND ')}`;
  });
  return `WITH ${reads.map((read, index) => `box${index} AS (${read})`).join(',\n')}
    SELECT * FROM (${arms.join('\n UNION ALL ')}) AS answer ORDER BY answer.distance_km, answer.id`;
}

/** The rows of `nearbySelect`, in one statement. */
export async function selectNearby<Row extends object>(
  client: SqlClient,
  query: NearbyQuery,
  request: NearbyRequest,
): Promise<(Row & { distance_km: number })[]> {
  const params = new SqlParams();
  return readAgainIfLost<Row & { distance_km: number }>(
    client,
    nearbySelect(query, request, params),
    params.values,
  );
}
