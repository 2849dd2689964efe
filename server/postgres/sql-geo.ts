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
 * The index-assisted prefilter of a nearby query: a latitude band (indexed) and, away from the
 * poles and the antimeridian, a longitude band (the box indexed by GiST), both a little wider
 * than the circle. The exact
 * distance then decides.
 */
export function boundingBox(area: Area, params: SqlParams, columns: Coordinates = UNQUALIFIED): string {
  const margin = 1.01;
  const latitudeDelta = (area.radiusKm / KM_PER_DEGREE_OF_LATITUDE) * margin;
  const { latitude, longitude } = area.center;
  const south = params.add(latitude - latitudeDelta);
  const north = params.add(latitude + latitudeDelta);
  const band = `${columns.latitude} BETWEEN ${south} AND ${north}`;
  const cosine = Math.cos((Math.min(89, Math.abs(latitude) + latitudeDelta) * Math.PI) / 180);
  const longitudeDelta = latitudeDelta / Math.max(cosine, 1e-6);
  if (Math.abs(latitude) + latitudeDelta >= 89 || longitudeDelta >= 180) return band;
  if (longitude - longitudeDelta < -180 || longitude + longitudeDelta > 180) return band;
  const west = params.add(longitude - longitudeDelta);
  const east = params.add(longitude + longitudeDelta);
  // The same box again as a point in a box: the GiST indexes on point(longitude, latitude)
  // (migration 5) find the rows in both bands at once, where the latitude index finds the band.
  return `${band} AND ${columns.longitude} BETWEEN ${west} AND ${east}
    AND point(${columns.longitude}, ${columns.latitude}) <@ box(point(${west}, ${south}), point(${east}, ${north}))`;
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
 * The SELECT of the rows with coordinates in the area, nearest first (ties by id), at most
 * `request.limit`, with their `distance_km`: the indexed bounding box prefilters, the exact
 * great-circle distance decides and orders.
 */
export function nearbySelect(query: NearbyQuery, request: NearbyRequest, params: SqlParams): string {
  const coordinates = query.coordinates ?? UNQUALIFIED;
  const where = whereAll([
    ...(query.conditions?.(params) ?? []),
    `${coordinates.latitude} IS NOT NULL`,
    boundingBox(request, params, coordinates),
  ]);
  const distance = distanceKm(request, params, coordinates);
  return `SELECT * FROM (SELECT ${query.columns}, ${distance} AS distance_km FROM ${query.from} ${where}) AS near
     WHERE near.distance_km <= ${params.add(request.radiusKm)}
     ORDER BY near.distance_km, near.id LIMIT ${literalCount(request.limit)}`;
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
