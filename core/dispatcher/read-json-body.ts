import type { CoreConfig } from '../config.js';
import {
  badRequest,
  payloadTooLarge,
  unsupportedContentEncoding,
  unsupportedMediaType,
} from '../rules/errors.js';

export type BodyOutcome =
  { ok: true; value: unknown } | { ok: false; response: { status: number; body: unknown } };

/** What a transport tells about a request's body, before anything reads it as JSON. */
export interface RawBody {
  /** The body text, if any. */
  text: string | null | undefined;
  contentType: string | null | undefined;
  contentEncoding: string | null | undefined;
  /** Set by a transport that stopped reading a body over the limit. */
  tooLarge: boolean;
}

const isJsonMediaType = (contentType: string) =>
  /^application\/([\w.+-]*\+)?json\s*(;|$)/i.test(contentType.trim());

/** The charset parameter of a media type, if it names one. */
const charsetOf = (contentType: string) => /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];

const isUtf8 = (charset: string) => /^utf-?8$/i.test(charset);

/**
 * What the body's framing allows, checked before routing or auth so that every transport
 * answers a bad body the same way: a compressed body 415 (nothing here inflates), a body over
 * the limit 413, a charset other than UTF-8 415.
 */
export function refuseBodyFraming(
  body: RawBody,
  config: CoreConfig,
): { status: number; body: { detail: string } } | null {
  const encoding = body.contentEncoding?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') return unsupportedContentEncoding(encoding);
  const charset = body.contentType ? charsetOf(body.contentType) : undefined;
  if (charset !== undefined && !isUtf8(charset)) return unsupportedMediaType(body.contentType ?? '');
  if (body.tooLarge || exceeds(body.text, config.maxBodyBytes)) return payloadTooLarge();
  return null;
}

function exceeds(text: string | null | undefined, maxBytes: number): boolean {
  return !!text && text.length * 3 > maxBytes && new TextEncoder().encode(text).length > maxBytes;
}

/** Raw text to a JSON value: 415 when not JSON, 400 when malformed; no body reads as `{}`. */
export function readJsonBody(
  raw: string | null | undefined,
  contentType: string | null | undefined,
): BodyOutcome {
  if (raw === null || raw === undefined || raw.length === 0) return { ok: true, value: {} };
  if (!contentType || !isJsonMediaType(contentType)) {
    return { ok: false, response: unsupportedMediaType(contentType ?? '') };
  }
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'invalid JSON';
    return { ok: false, response: badRequest(`JSON parse error - ${reason}`) };
  }
}
