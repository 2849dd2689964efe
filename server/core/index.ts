export type { CoreConfig } from './config.js';
export { defaultCoreConfig } from './config.js';
export type { CoreContext, CoreRequest, CoreServices, UseCase } from './context.js';
export { createCoreServices, type CoreServicesOptions } from './create-core-services.js';
export { createStudyMateApi } from './create-api.js';
export type { ApiHandler, ApiRequest, ApiResponse } from './http/handle-api-request.js';
export { createApiHandler } from './http/handle-api-request.js';
export { listRoutesBySpecificity } from './http/route-table.js';
export { createManualClock, systemClock, type Clock, type ManualClock } from './ports/clock.js';
export { randomIds, type Ids } from './ports/ids.js';
export { consoleLogger, silentLogger, type Logger } from './ports/logger.js';
export type { PasswordHasher } from './ports/password-hasher.js';
export { nobodyOnline, type PresenceReader } from './ports/presence.js';
export type { TokenClaims, TokenService } from './ports/token-service.js';
export { createJwtTokenService } from './security/jwt-token-service.js';
export {
  createPbkdf2PasswordHasher,
  RECOMMENDED_PBKDF2_ITERATIONS,
} from './security/pbkdf2-password-hasher.js';
export { payloadTooLarge, internalError, notFound } from './errors.js';
export { useCases, type UseCaseTree } from './use-cases.js';
export { createStaffUser, type StaffUserInput } from './users/create-staff-user.js';
export { setUserStatus } from './users/set-user-status.js';
export {
  createChatEventHub,
  type AccessRevokedEvent,
  type ChatEvent,
  type ChatEventListener,
  type ChatEvents,
} from './ports/chat-events.js';
export {
  createInProcessRateLimits,
  type RateDecision,
  type RateLimitKey,
  type RateLimitedAction,
  type RateLimits,
  type RateRule,
} from './ports/rate-limits.js';
