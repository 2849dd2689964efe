import { z } from 'zod';

/** A school as embedded in groups. */
export const SchoolSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  short_name: z.string(),
});
export type SchoolSummary = z.infer<typeof SchoolSummarySchema>;
