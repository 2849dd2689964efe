import { initContract } from '@ts-rest/core';
import { DashboardStatisticsSchema } from '../schemas/dashboard.js';
import { unauthorizedResponse } from './responses.js';

const c = initContract();

/** The caller's dashboard. */
export const dashboardRoutes = c.router({
  statistics: {
    method: 'GET',
    path: '/api/dashboard/statistics/',
    summary: "The caller's session and connection statistics",
    responses: { 200: DashboardStatisticsSchema, ...unauthorizedResponse },
  },
});
