import { z } from 'zod';

const count = z.number().int().min(0);

/** `GET /api/dashboard/statistics/`, every field as seed 001 defines it. */
export const DashboardStatisticsSchema = z.object({
  sessions: z.object({
    sessions_hosted_total: count,
    sessions_hosted_upcoming: count,
    sessions_hosted_in_progress: count,
    sessions_hosted_completed: count,
    sessions_hosted_cancelled: count,
    sessions_attending_total: count.describe('Sessions the user attends, hosted ones excluded.'),
    sessions_attending_upcoming: count,
    sessions_attending_in_progress: count,
    sessions_attending_completed: count,
    total_participations: count.describe('Every participation, hosting included.'),
    participations_attended: count,
    participations_registered: count,
    participations_no_show: count,
    participations_cancelled: count,
    sessions_by_type: z.object({ in_person: count, virtual: count, hybrid: count }),
    total_participants_in_hosted_sessions: count.describe('Across hosted sessions, the host excluded.'),
  }),
  connections: z.object({
    sent_pending: count,
    received_pending: count,
    accepted_connections: count,
    total_requests: count.describe('Pending requests, sent plus received.'),
  }),
});
export type DashboardStatistics = z.infer<typeof DashboardStatisticsSchema>;
