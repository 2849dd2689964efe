export * from '@studymate/core';
export { createApp, type CreateAppOptions, type HttpGuardOptions } from './http/create-app.js';
export { LOCALHOST_ORIGIN, type OriginList } from './http/guards/allowed-origins.js';
export type { ConnectionTimeouts } from './http/guards/connection-timeouts.js';
export { startServer, type RunningServer, type StartServerOptions } from './http/start-server.js';
export {
  coreLoggerOf,
  createLogger,
  LOG_LEVELS,
  type CreateLoggerOptions,
  type LogFormat,
  type LogLevel,
} from './logging/create-logger.js';
export { noteRequestUser, requestLog } from './logging/request-log.js';
export type { Logger as PinoLogger } from 'pino';
export { createOpenApiDocument } from './http/docs/openapi-document.js';
export {
  openPostgresStore,
  type OpenedPostgresStore,
  type OpenPostgresStoreOptions,
} from './postgres/open-postgres-store.js';
export { createPostgresStore } from './postgres/create-postgres-store.js';
export { migrate } from './postgres/migrate.js';
export { createPgDatabase, type PgDatabaseOptions } from './postgres/pg-database.js';
export { createPgliteDatabase, type PgliteDatabaseOptions } from './postgres/pglite-database.js';
export type { Database, SqlClient } from './postgres/database.js';
export { isSocketOriginAllowed } from './http/guards/allowed-origins.js';
export { createTimedServer } from './http/guards/connection-timeouts.js';
export { corsFor } from './http/guards/cors.js';
export { createPublicOrigin, LOCAL_HOSTS, refuseInvalidHosts } from './http/guards/public-origin.js';
export { createDocsRouter } from './http/docs/serve-docs.js';
export { attachChatSockets, type ChatSockets } from './realtime/ws-server.js';
export {
  openRedisBackplane,
  type RedisBackplane,
  type RedisBackplaneOptions,
} from './redis/open-redis-backplane.js';
