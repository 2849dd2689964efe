import type { FieldErrors } from '@studymate/contract';

/** The only builders of error bodies (DRF shapes, DESIGN §2). */

export const badRequest = (detail: string) => ({ status: 400 as const, body: { detail } });

export const fieldErrors = (errors: FieldErrors) => ({ status: 400 as const, body: errors });

export const fieldError = (field: string, message: string) => fieldErrors({ [field]: [message] });

/** DRF's message for an id that names no row (a primary-key field). */
export const invalidPk = (id: number) => `Invalid pk "${id}" - object does not exist.`;

export const unknownReference = (field: string, id: number) => fieldError(field, invalidPk(id));

/** DRF's answer for a value a unique field already holds, e.g. `subject with this code already exists.` */
export const alreadyExists = (model: string, field: string) =>
  fieldError(field, `${model} with this ${field} already exists.`);

export const unauthorized = (
  detail:
    | 'Authentication credentials were not provided.'
    | (string & {}) = 'Given token not valid for any token type',
) => ({ status: 401 as const, body: { detail } });

export const forbidden = (detail = 'You do not have permission to perform this action.') => ({
  status: 403 as const,
  body: { detail },
});

export const notFound = (detail = 'Not found.') => ({ status: 404 as const, body: { detail } });

export const methodNotAllowed = (method: string) => ({
  status: 405 as const,
  body: { detail: `Method "${method}" not allowed.` },
});

export const payloadTooLarge = () => ({
  status: 413 as const,
  body: { detail: 'Request body is too large.' },
});

export const unsupportedMediaType = (contentType: string) => ({
  status: 415 as const,
  body: { detail: `Unsupported media type "${contentType}" in request.` },
});

/** RFC 9110 §8.4.1: a server that does not decode a content coding answers 415. */
export const unsupportedContentEncoding = (encoding: string) => ({
  status: 415 as const,
  body: { detail: `Unsupported content encoding "${encoding}" in request: send the body uncompressed.` },
});

/** DRF's 429, with `Retry-After` in whole seconds (at least 1) so clients know when to try again. */
export const throttled = (seconds: number) => {
  const wait = Math.max(1, Math.ceil(seconds));
  return {
    status: 429 as const,
    body: { detail: `Request was throttled. Expected available in ${wait} seconds.` },
    headers: { 'Retry-After': String(wait) },
  };
};

export const internalError = () => ({ status: 500 as const, body: { detail: 'Internal server error.' } });
