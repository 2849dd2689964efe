import cors from 'cors';
import { isOriginListed, type OriginList } from './allowed-origins.js';

/**
 * CORS for browser apps on other origins (the `cors` package): listed origins get
 * `Access-Control-Allow-Origin`, and preflights allow the headers the API and the mocks read.
 */
export function corsFor(origins: OriginList) {
  return cors({
    origin: (origin, callback) => callback(null, isOriginListed(origins, origin)),
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'prefer'],
    exposedHeaders: ['retry-after', 'www-authenticate', 'allow'],
    maxAge: 600,
  });
}
