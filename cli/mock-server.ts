import { AsyncLocalStorage } from 'node:async_hooks';
import { createMiddleware } from '@mswjs/http-middleware';
import express, { type ErrorRequestHandler } from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpHandler } from 'msw';
import { createMockApi, type MockApi, type MockApiOptions, readRequestControls } from '@studymate/mocks';
import { internalError, type Logger } from '@studymate/core';
import {
  createOpenApiDocument,
  createDocsRouter,
  isSocketOriginAllowed,
  type OriginList,
  createTimedServer,
  type ConnectionTimeouts,
  corsFor,
  createPublicOrigin,
  refuseInvalidHosts,
  attachChatSockets,
  type ChatSockets,
  noteRequestUser,
  requestLog,
  type PinoLogger,
} from '@studymate/server';

export interface MockServerOptions extends MockApiOptions {
  /** @default 9000 */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /**
   * Browser origins allowed to call the mock and open its chat sockets, and the timeouts that
   * cut slow clients, and the Host headers answered (a malformed one is always a 400).
   * @default { corsOrigins: 'any', allowedHosts: 'any' }, as Prism answers any
   */
  http?: { corsOrigins?: OriginList; allowedHosts?: 'any' | readonly string[] } & ConnectionTimeouts;
  /** One line per request, as the reference server's (`createLogger()`). @default none */
  requestLogger?: PinoLogger;
}

/* eslint-disable max-params -- Express recognises error handlers by their four parameters. */
const answerFaultsAsJson =
  (logger: Logger): ErrorRequestHandler =>
  (error: unknown, _request, response, _next) => {
    logger.error('The mock server failed a request', error);
    const { status, body } = internalError();
    response.status(status).json(body);
  };
/* eslint-enable max-params */

export interface RunningMockServer {
  url: string;
  server: Server;
  mocks: MockApi;
  sockets: ChatSockets;
  close(): Promise<void>;
}

/**
 * The mocks over HTTP for tools that are not JavaScript: the very MSW handlers (through
 * @mswjs/http-middleware), the chat sockets on the same hub, the scenario controls, and the docs.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<RunningMockServer> {
  const { port = 9000, host = '127.0.0.1', http = {}, requestLogger, ...mockOptions } = options;
  const origins = http.corsOrigins ?? 'any';
  // The handlers answer inside the request's async context: its response, where the log finds the user.
  const requestContext = new AsyncLocalStorage<express.Response>();
  const mocks = await createMockApi({
    ...mockOptions,
    onAnswer: (answer) => {
      const response = requestContext.getStore();
      if (response) noteRequestUser(response, answer.userId);
      mockOptions.onAnswer?.(answer);
    },
  });
  const app = express();
  if (requestLogger) app.use(requestLog(requestLogger));
  app.disable('x-powered-by');
  app.use(corsFor(origins));
  app.use(refuseInvalidHosts(createPublicOrigin({ allowedHosts: http.allowedHosts ?? 'any' })));
  app.get('/', (_request, response) => response.redirect(302, '/api/docs/'));
  app.use(createDocsRouter(createOpenApiDocument()));
  app.use((request, _response, next) => {
    // `Prefer: network-error` over HTTP: drop the connection, as a network would.
    const controls = readRequestControls(
      new Request(`http://mock${request.originalUrl}`, { headers: request.headers as HeadersInit }),
    );
    if (controls.networkError) request.socket.destroy();
    else next();
  });
  const httpHandlers = mocks.handlers.filter(
    (handler): handler is HttpHandler => handler instanceof HttpHandler,
  );
  // Typed as a plain middleware, it is async: its promise is what can reject.
  const answerWithMocks = createMiddleware(...httpHandlers) as (
    ...parameters: Parameters<ReturnType<typeof createMiddleware>>
  ) => Promise<void>;
  // The middleware is async: a request it cannot turn into a fetch Request must become an error
  // answer, not an unhandled rejection that ends the process.
  app.use((request, response, next) => {
    requestContext.run(response, () => answerWithMocks(request, response, next)).catch(next);
  });
  app.use(answerFaultsAsJson(mocks.services.logger));
  const server = createTimedServer(app, http);
  const sockets = attachChatSockets(server, mocks.chatHub, {
    allowHandshake: (handshake) => isSocketOriginAllowed(origins, handshake),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${address.address}:${address.port}`,
    server,
    mocks,
    sockets,
    close: async () => {
      await sockets.close();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
