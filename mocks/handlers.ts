import type { AppRoute, AppRouter } from '@ts-rest/core';
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { contract } from '@studymate/contract';
import { listRoutesBySpecificity, readsRequestBody, type ApiHandler } from '@studymate/core';
import { forcedResponse } from './scenarios/forced-response.js';
import { readRequestControls } from './scenarios/request-controls.js';

type MswMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * One MSW handler per contract route, most specific path first, each answering through the
 * shared core handler; a last catch-all gives unknown paths the server's 404/405.
 * There is no per-route logic here: a route added to the contract is served as is.
 * Every handler honours the scenario controls (`Prefer: code=503, retry-after=5, delay=300, network-error`).
 */
export function createHandlers(
  handle: ApiHandler,
  options: { baseUrl?: string; router?: AppRouter } = {},
): HttpHandler[] {
  const origin = options.baseUrl ?? '*';
  const respond =
    (route?: AppRoute) =>
    async ({ request }: { request: Request }) => {
      const controls = readRequestControls(request);
      if (controls.delayMs) await delay(controls.delayMs);
      if (controls.networkError) return HttpResponse.error();
      if (route && controls.code !== undefined)
        return forcedResponse(route, { ...controls, code: controls.code });
      const result = await handle({
        method: request.method,
        url: request.url,
        authorization: request.headers.get('authorization'),
        contentType: request.headers.get('content-type'),
        contentEncoding: request.headers.get('content-encoding'),
        body: readsRequestBody(request.method) ? await request.text() : null,
      });
      const init = { status: result.status, headers: result.headers };
      return result.body === undefined
        ? new HttpResponse(null, init)
        : HttpResponse.json(result.body as Record<string, unknown>, init);
    };
  const routeHandlers = listRoutesBySpecificity(options.router ?? contract).map((route) =>
    http[route.method.toLowerCase() as MswMethod](`${origin}${route.path}`, respond(route)),
  );
  return [...routeHandlers, http.all(`${origin}/api/*`, respond())];
}
