import { z } from 'zod';
import { TimestampSchema } from './common.js';

/** Who may see a user in discover: everyone, friends of friends, or nobody. */
export const PrivacyLevelSchema = z.enum(['open', 'friends_of_friends', 'private']);
export type PrivacyLevel = z.infer<typeof PrivacyLevelSchema>;

/** Account status: banned and deleted users cannot sign in or use their tokens. */
export const UserStatusSchema = z.enum(['active', 'banned', 'deleted']);
export type UserStatus = z.infer<typeof UserStatusSchema>;

/** The signed-in user's own profile (`/api/auth/profile/`, register and login answers). */
export const UserSchema = z.object({
  id: z.number().int(),
  email: z.string().email(),
  phone: z.string(),
  full_name: z.string(),
  school: z.number().int().nullable(),
  school_name: z.string().nullable(),
  major: z.string(),
  year: z.number().int().nullable(),
  bio: z.string(),
  avatar_url: z.string().nullable(),
  learning_radius_km: z.number(),
  privacy_level: PrivacyLevelSchema,
  status: UserStatusSchema,
  last_active_at: TimestampSchema.nullable(),
  created_at: TimestampSchema,
});
export type User = z.infer<typeof UserSchema>;

/** A user as embedded in sessions, participants and group members. */
export const UserSummarySchema = z.object({
  id: z.number().int(),
  email: z.string(),
  full_name: z.string(),
  avatar_url: z.string().nullable(),
  school: z.number().int().nullable(),
  major: z.string(),
  year: z.number().int().nullable(),
});
export type UserSummary = z.infer<typeof UserSummarySchema>;

/** A user as embedded in connection requests: the summary plus `bio`. */
export const UserBriefSchema = UserSummarySchema.extend({ bio: z.string() });
export type UserBrief = z.infer<typeof UserBriefSchema>;

/** Whether a user has a chat socket open now, and when their last one closed. */
export const OnlineStatusSchema = z.object({
  is_online: z.boolean(),
  last_seen: TimestampSchema.nullable().describe(
    'When the last socket closed; now while online; null if never.',
  ),
});
export type OnlineStatus = z.infer<typeof OnlineStatusSchema>;
