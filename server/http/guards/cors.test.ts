import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import cors from 'cors';
import express, { type RequestHandler } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isOriginListed, type OriginList } from './allowed-origins.js';
import { corsFor } from './cors.js';
import { rawRequest } from '../../../test/http/raw-request.js';

/** The `cors` package as `corsFor` configures it, without the short way for requests without an Origin. */
const plainCors = (origins: OriginList) =>
  cors({
    origin: (origin, callback) => callback(null, isOriginListed(origins, origin)),
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'prefer'],
    exposedHeaders: ['retry-after', 'www-authenticate', 'allow'],
    maxAge: 600,
  });

/** An app that may set Vary first (`?vary`), then runs `guard`, then answers 200. */
async function serve(guard: RequestHandler): Promise<{ url: string; server: Server }> {
  const app = express();
  app.use((request, response, next) => {
    if (request.query['vary'] !== undefined) response.setHeader('Vary', 'Accept-Encoding');
    next();
  });
  app.use(guard);
  app.use((_request, response) => {
    response.status(200).end('ok');
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const corsHeaders = (headers: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(headers).filter(([name]) => name === 'vary' || name.startsWith('access-control-')),
  );

const lists: [string, OriginList][] = [
  ['a list', ['http://localhost:5173']],
  ['any', 'any'],
];

describe.each(lists)('corsFor with %s of origins', (_name, origins) => {
  const apps: { url: string; server: Server }[] = [];
  beforeAll(async () => {
    apps.push(await serve(corsFor(origins)), await serve(plainCors(origins)));
  });
  afterAll(() => Promise.all(apps.map(({ server }) => new Promise((resolve) => server.close(resolve)))));

  const cases = ['GET', 'OPTIONS'].flatMap((method) =>
    [undefined, 'http://localhost:5173', 'https://evil.example'].flatMap((origin) =>
      ['', '?vary'].map((query) => ({ method, origin, query })),
    ),
  );

  it.each(cases)('$method with origin $origin and $query gives the headers cors gives', async (request) => {
    const [ours, theirs] = await Promise.all(
      apps.map(({ url }) =>
        rawRequest(url, {
          method: request.method,
          path: `/api/sessions/${request.query}`,
          headers: {
            ...(request.origin && { origin: request.origin }),
            'access-control-request-method': 'POST',
          },
        }),
      ),
    );
    expect(ours?.status).toBe(theirs?.status);
    expect(corsHeaders(ours?.headers ?? {})).toEqual(corsHeaders(theirs?.headers ?? {}));
  });
});
