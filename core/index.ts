export type { ChatRateLimits, CoreConfig } from './config.js';
export { defaultCoreConfig } from './config.js';
export type { CoreContext, CoreRequest, CoreServices, UseCase, UseCaseTree } from './context.js';
export { createCoreServices, type CoreServicesOptions } from './create-core-services.js';
export { createStudyMateApi } from './create-api.js';
export { createCoreRuntime, type CoreRuntimeOptions } from './create-core-runtime.js';
export type {
  ApiHandler,
  ApiHandlerOptions,
  ApiRequest,
  ApiResponse,
  ResponseCheck,
  ResponseSerializer,
} from './dispatcher/handle-api-request.js';
export { createApiHandler, readsRequestBody } from './dispatcher/handle-api-request.js';
export { listRoutesBySpecificity } from './dispatcher/route-table.js';
export { createManualClock, systemClock, type Clock, type ManualClock } from './ports/clock.js';
export { randomIds, type Ids } from './ports/ids.js';
export { consoleLogger, silentLogger, type Logger } from './ports/logger.js';
export type { PasswordHasher } from './ports/password-hasher.js';
export { nobodyOnline, type PresenceBoard, type PresenceReader } from './ports/presence.js';
export type { TokenClaims, TokenPairIssued, TokenService, TokenSubject } from './ports/token-service.js';
export { createJwtTokenService } from './adapters/security/jwt-token-service.js';
export {
  createPbkdf2PasswordHasher,
  RECOMMENDED_PBKDF2_ITERATIONS,
} from './adapters/security/pbkdf2-password-hasher.js';
export { payloadTooLarge, internalError, notFound, throttled } from './rules/errors.js';
export { useCases } from './use-cases/index.js';
export { createStaffUser, type StaffUserInput } from './use-cases/users/create-staff-user.js';
export { setUserStatus } from './use-cases/users/set-user-status.js';
export { createChatEventHub } from './adapters/in-process/chat-event-hub.js';
export {
  type AccessEndReason,
  type AccessRevokedEvent,
  type ChatEvent,
  type ChatEventListener,
  type ChatEvents,
  type TypingEvent,
} from './ports/chat-events.js';
export { createInProcessRateLimits } from './adapters/in-process/rate-limits.js';
export {
  type RateDecision,
  type RateLimitKey,
  type RateLimitedAction,
  type RateLimits,
  type RateRule,
} from './ports/rate-limits.js';
export type * from './ports/store/store.js';
export { NEW_MEMBERSHIP_FIELDS } from './ports/store/groups.js';
export { createMemoryStore } from './adapters/memory-store/create-memory-store.js';
export { createChatHub, type ChatHub, type ChatHubOptions, type ChatSocket } from './realtime/chat-hub.js';
export { createPresenceTracker } from './realtime/presence-tracker.js';
export { isChatSocketPath } from './realtime/room-paths.js';
export { decideAccept, decideInvite, decideJoin } from './rules/groups/membership-decisions.js';
export { decideAnswer, decideBlock, decideSend } from './rules/matching/request-decisions.js';
export { claimsFromJwtPayload, JWT_ALGORITHM, jwtPayloadFor } from './adapters/security/jwt-claims.js';
