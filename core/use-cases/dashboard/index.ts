import type { Contract } from '@studymate/contract';
import type { UseCaseTree } from '../../context.js';
import { getDashboardStatistics } from './get-dashboard-statistics.js';

/** The dashboard area: one use case per route of `contract.dashboard`, key for key. */
export const dashboardUseCases: UseCaseTree<Contract['dashboard']> = {
  statistics: getDashboardStatistics,
};
