import type { CoreConfig } from '../config.js';
import { badRequest, payloadTooLarge, unsupportedMediaType } from '../errors.js';

export type BodyOutcome =
  { ok: true; value: unknown } | { ok: false; response: { status: number; body: unknown } };

const isJsonMediaType = (contentType: string) =>
  /^application\/([\w.+-]*\+)?json\s*(;|$)/i.test(contentType.trim());

/** Raw text to a JSON value: 413 when too large, 415 when not JSON, 400 when malformed; no body reads as `{}`. */
export function readJsonBody(
  raw: string | null | undefined,
  contentType: string | null | undefined,
  config: CoreConfig,
): BodyOutcome {
  if (raw === null || raw === undefined || raw.length === 0) return { ok: true, value: {} };
  if (raw.length * 3 > config.maxBodyBytes && new TextEncoder().encode(raw).length > config.maxBodyBytes) {
    return { ok: false, response: payloadTooLarge() };
  }
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
