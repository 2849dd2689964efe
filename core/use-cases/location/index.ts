import type { Contract } from '@studymate/contract';
import type { UseCaseTree } from '../../context.js';
import { getCurrentLocation } from './get-current-location.js';
import { getLocationHistoryEntry } from './get-location-history-entry.js';
import { getLocationStats } from './get-location-stats.js';
import { listLocationHistory } from './list-location-history.js';
import { updateLocation } from './update-location.js';

/** The location area: one use case per route of `contract.location`, key for key. */
export const locationUseCases: UseCaseTree<Contract['location']> = {
  update: updateLocation,
  getCurrent: getCurrentLocation,
  listHistory: listLocationHistory,
  getHistoryEntry: getLocationHistoryEntry,
  getStats: getLocationStats,
};
