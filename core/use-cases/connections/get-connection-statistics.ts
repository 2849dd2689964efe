import type { contract } from '@studymate/contract';
import type { UseCase } from '../../context.js';
import { connectionStatistics } from '../../rules/matching/connection-statistics.js';

export const getConnectionStatistics: UseCase<typeof contract.connections.statistics> = async (
  _request,
  context,
) => ({
  status: 200,
  body: await connectionStatistics(context.store, context.user.id),
});
