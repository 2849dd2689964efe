import { initialSchema } from './0001-initial-schema.js';
import { housekeepingIndexes } from './0002-housekeeping-indexes.js';
import { passwordSessions } from './0003-password-sessions.js';
import { sessionStatusRanges } from './0004-session-status-ranges.js';
import { positionIndexes } from './0005-position-indexes.js';
import { userChangeNotices } from './0006-user-change-notices.js';
import { messagePositions } from './0007-message-positions.js';
import { ginWithoutPendingList } from './0008-gin-without-pending-list.js';
import { groupCounts } from './0009-group-counts.js';
import type { Migration } from './migration.js';

export type { Migration } from './migration.js';

/** Every migration, oldest first. */
export const migrations: readonly Migration[] = [
  initialSchema,
  housekeepingIndexes,
  passwordSessions,
  sessionStatusRanges,
  positionIndexes,
  userChangeNotices,
  messagePositions,
  ginWithoutPendingList,
  groupCounts,
];
