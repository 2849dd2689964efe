import type { Contract } from '@studymate/contract';
import type { UseCaseTree } from '../../context.js';
import { getConnectionStatistics } from './get-connection-statistics.js';
import { getConnectionStatus } from './get-connection-status.js';
import { getConnection } from './get-connection.js';
import { listConnections } from './list-connections.js';

/** The connections area: one use case per route of `contract.connections`, key for key. */
export const connectionsUseCases: UseCaseTree<Contract['connections']> = {
  list: listConnections,
  statistics: getConnectionStatistics,
  status: getConnectionStatus,
  get: getConnection,
};
