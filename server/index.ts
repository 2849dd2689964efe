export * from './core/index.js';
export { createApp, type CreateAppOptions } from './http/create-app.js';
export { startServer, type RunningServer, type StartServerOptions } from './http/start-server.js';
export { createOpenApiDocument } from './http/docs/openapi-document.js';
export { createMemoryStore } from './store/memory/create-memory-store.js';
export type * from './store/store.js';
