import express, { type RequestHandler } from 'express';
import { readsRequestBody } from '@studymate/core';

/** The body as text, with what stopped the reading noted instead of answered: the core decides the order. */
export interface RawBodyRequest {
  rawBody?: string;
  bodyTooLarge?: boolean;
}

/**
 * Reads a body as text without answering for it: a body over `limit` is marked too large, and a
 * compressed one is left unread (nothing here inflates), so the shared core answers both exactly
 * as the mocks do. A request whose body the API never reads (a GET, a DELETE) passes untouched:
 * Node discards an unread body once the answer is sent. Such a request is answered without
 * waiting for its body, so one whose body breaks off still runs (a 400 before, when it was read).
 */
export function readRawBody(limit: number): RequestHandler {
  const text: RequestHandler = express.text({
    type: () => true,
    limit,
    defaultCharset: 'utf-8',
    inflate: false,
  });
  return (request, response, next) => {
    if (!readsRequestBody(request.method)) {
      next();
      return;
    }
    text(request, response, (error?: unknown) => {
      const type = (error as { type?: string } | undefined)?.type;
      const raw = request as typeof request & RawBodyRequest;
      if (type === 'entity.too.large') raw.bodyTooLarge = true;
      else if (error && type !== 'encoding.unsupported' && type !== 'charset.unsupported') {
        next(error);
        return;
      }
      if (typeof request.body === 'string') raw.rawBody = request.body;
      next();
    });
  };
}
