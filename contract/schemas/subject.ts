import { z } from 'zod';

/** A subject as embedded in sessions and groups. */
export const SubjectSummarySchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name_en: z.string(),
  name_vi: z.string(),
  level: z.string(),
});
export type SubjectSummary = z.infer<typeof SubjectSummarySchema>;
