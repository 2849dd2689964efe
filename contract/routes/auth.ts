import { initContract } from '@ts-rest/core';
import {
  AuthResponseSchema,
  ChangePasswordRequestSchema,
  LoginRequestSchema,
  ProfilePatchSchema,
  ProfilePutSchema,
  RefreshRequestSchema,
  RegisterRequestSchema,
  TokenPairSchema,
} from '../schemas/auth.js';
import { MessageSchema } from '../schemas/common.js';
import { UserSchema } from '../schemas/user.js';
import { bodyErrorResponses, publicRoute, throttledResponse, unauthorizedResponse } from './responses.js';

const c = initContract();

/** Registration, sign-in, JWT refresh and logout, the caller's profile and password. */
export const authRoutes = c.router({
  register: {
    method: 'POST',
    path: '/api/auth/register/',
    summary: 'Register a new account',
    description: 'Creates an account and signs it in. The email must be unused (case-insensitive).',
    metadata: publicRoute,
    body: RegisterRequestSchema,
    responses: { 201: AuthResponseSchema, ...bodyErrorResponses },
  },
  login: {
    method: 'POST',
    path: '/api/auth/login/',
    summary: 'Sign in with email and password',
    description:
      'Returns the user and a token pair. Unknown email and wrong password give the same 401. ' +
      'After 5 failed attempts for one email within 15 minutes, that email is refused with 429 for 15 minutes.',
    metadata: publicRoute,
    body: LoginRequestSchema,
    responses: {
      200: AuthResponseSchema,
      ...bodyErrorResponses,
      ...unauthorizedResponse,
      ...throttledResponse,
    },
  },
  logout: {
    method: 'POST',
    path: '/api/auth/logout/',
    summary: 'Sign out by revoking a refresh token',
    body: RefreshRequestSchema,
    responses: { 200: MessageSchema, ...bodyErrorResponses, ...unauthorizedResponse },
  },
  refreshToken: {
    method: 'POST',
    path: '/api/auth/token/refresh/',
    summary: 'Exchange a refresh token for a new token pair',
    description:
      'Rotates: the answer carries a new access AND a new refresh token; the old refresh token is dead.',
    metadata: publicRoute,
    body: RefreshRequestSchema,
    responses: { 200: TokenPairSchema, ...bodyErrorResponses, ...unauthorizedResponse },
  },
  changePassword: {
    method: 'POST',
    path: '/api/auth/change-password/',
    summary: "Change the caller's password",
    body: ChangePasswordRequestSchema,
    responses: { 200: MessageSchema, ...bodyErrorResponses, ...unauthorizedResponse },
  },
  getProfile: {
    method: 'GET',
    path: '/api/auth/profile/',
    summary: "Get the caller's profile",
    responses: { 200: UserSchema, ...unauthorizedResponse },
  },
  replaceProfile: {
    method: 'PUT',
    path: '/api/auth/profile/',
    summary: "Update the caller's profile (full_name required)",
    description: 'Read-only fields (id, email, status, created_at, last_active_at) are ignored.',
    body: ProfilePutSchema,
    responses: { 200: UserSchema, ...bodyErrorResponses, ...unauthorizedResponse },
  },
  updateProfile: {
    method: 'PATCH',
    path: '/api/auth/profile/',
    summary: "Partially update the caller's profile",
    description: 'Read-only fields (id, email, status, created_at, last_active_at) are ignored.',
    body: ProfilePatchSchema,
    responses: { 200: UserSchema, ...bodyErrorResponses, ...unauthorizedResponse },
  },
});
