import { z } from 'zod';
import { ReferenceIdSchema } from './common.js';
import { PrivacyLevelSchema, UserSchema } from './user.js';

const PasswordSchema = z.string().min(8).max(128);

/** Profile fields a user may set at registration and edit later. */
export const EditableProfileSchema = z.object({
  full_name: z.string().trim().max(150),
  phone: z.string().trim().max(20),
  school: ReferenceIdSchema.nullable().describe('School id.'),
  major: z.string().trim().max(100),
  year: z.number().int().min(1).max(10).nullable(),
  bio: z.string().max(1000),
  avatar_url: z.string().url().max(500).nullable(),
  learning_radius_km: z.number().min(0.1).max(500).describe('Radius used by discover (km).'),
  privacy_level: PrivacyLevelSchema,
});

/** `POST /api/auth/register/` body. */
export const RegisterRequestSchema = EditableProfileSchema.partial()
  .extend({
    email: z.string().trim().email().max(254),
    password: PasswordSchema,
    password_confirm: z.string(),
  })
  .refine((body) => body.password === body.password_confirm, {
    message: 'Passwords do not match.',
    path: ['password_confirm'],
  });
export type RegisterRequest = z.infer<typeof RegisterRequestSchema>;

/** `POST /api/auth/login/` body. */
export const LoginRequestSchema = z.object({
  email: z.string().trim().min(1),
  password: z.string().min(1),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

/** An access token (short-lived) and a refresh token (rotated on every refresh). */
export const TokenPairSchema = z.object({
  access: z.string().describe('JWT for the Authorization header; 5 minutes by default.'),
  refresh: z.string().describe('JWT for token/refresh/ and logout/; 24 hours by default; single use.'),
});
export type TokenPair = z.infer<typeof TokenPairSchema>;

/** Register and login answer: the user and a fresh token pair. */
export const AuthResponseSchema = z.object({
  message: z.string(),
  user: UserSchema,
  tokens: TokenPairSchema,
});
export type AuthResponse = z.infer<typeof AuthResponseSchema>;

/** `token/refresh/` and `logout/` body. */
export const RefreshRequestSchema = z.object({ refresh: z.string().min(1) });
export type RefreshRequest = z.infer<typeof RefreshRequestSchema>;

/** `PATCH /api/auth/profile/` body: any editable field; read-only fields are ignored. */
export const ProfilePatchSchema = EditableProfileSchema.partial();
export type ProfilePatch = z.infer<typeof ProfilePatchSchema>;

/** `PUT /api/auth/profile/` body: `full_name` is required, the rest as in PATCH. */
export const ProfilePutSchema = EditableProfileSchema.partial().required({ full_name: true });
export type ProfilePut = z.infer<typeof ProfilePutSchema>;

/** `POST /api/auth/change-password/` body. */
export const ChangePasswordRequestSchema = z
  .object({
    old_password: z.string().min(1),
    new_password: PasswordSchema,
    new_password_confirm: z.string(),
  })
  .refine((body) => body.new_password === body.new_password_confirm, {
    message: 'Passwords do not match.',
    path: ['new_password_confirm'],
  });
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequestSchema>;
