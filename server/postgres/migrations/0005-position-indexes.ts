import type { Migration } from './migration.js';

/**
 * Nearby lists find the rows in their bounding box from one index: a GiST index on each
 * table's position as a point (x longitude, y latitude), which `boundingBox` queries with `<@`.
 * The latitude indexes alone find a band around the whole earth, which grows with the table.
 */
export const positionIndexes: Migration = {
  version: 5,
  name: 'position indexes',
  sql: /* sql */ `
CREATE INDEX study_sessions_position ON study_sessions USING gist (point(longitude, latitude));
CREATE INDEX study_groups_position ON study_groups USING gist (point(longitude, latitude));
CREATE INDEX users_position ON users USING gist (point(longitude, latitude));
CREATE INDEX schools_position ON schools USING gist (point(longitude, latitude));
CREATE INDEX cities_position ON cities USING gist (point(longitude, latitude));
`,
};
