import type { RequestHandler } from 'express';
import cors from 'cors';
import { isOriginListed, type OriginList } from './allowed-origins.js';

const EXPOSED_HEADERS = ['retry-after', 'www-authenticate', 'allow'];

/**
 * CORS for browser apps on other origins (the `cors` package): listed origins get
 * `Access-Control-Allow-Origin`, and preflights allow the headers the API and the mocks read.
 *
 * A request without an `Origin` header (no browser asked across origins: a CLI, a server, a test)
 * gets the two headers `cors` would give it, `Vary: Origin` and the exposed headers, without its
 * per-request work (an options copy, callbacks, a parse of `Vary`), which cost about 2 % of a
 * list request on the memory store.
 */
export function corsFor(origins: OriginList): RequestHandler {
  const withCors = cors({
    origin: (origin, callback) => callback(null, isOriginListed(origins, origin)),
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'prefer'],
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });
  const exposed = EXPOSED_HEADERS.join(',');
  // What the list says of a request without an Origin, as `cors` asks it: when not listed, `cors`
  // adds nothing, so the short way below is taken only when it is listed.
  const noOriginListed = isOriginListed(origins, undefined);
  return (request, response, next) => {
    const withoutOrigin = request.headers.origin === undefined && request.method !== 'OPTIONS';
    if (!withoutOrigin || !noOriginListed || response.hasHeader('vary')) {
      withCors(request, response, next);
      return;
    }
    response.setHeader('Vary', 'Origin');
    response.setHeader('Access-Control-Expose-Headers', exposed);
    next();
  };
}
