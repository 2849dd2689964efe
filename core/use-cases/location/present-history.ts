import type { LocationHistoryEntry, LocationHistoryItem } from '@studymate/contract';
import type { LocationHistoryRecord, UserRecord } from '../../ports/store/store.js';

export function presentHistoryItem(row: LocationHistoryRecord): LocationHistoryItem {
  return {
    id: row.id,
    latitude: row.latitude,
    longitude: row.longitude,
    recorded_at: row.recordedAt.toISOString(),
    accuracy: row.accuracy,
  };
}

export function presentHistoryEntry(row: LocationHistoryRecord, owner: UserRecord): LocationHistoryEntry {
  return {
    ...presentHistoryItem(row),
    user: owner.id,
    user_email: owner.email,
    user_name: owner.fullName,
    created_at: row.createdAt.toISOString(),
  };
}
