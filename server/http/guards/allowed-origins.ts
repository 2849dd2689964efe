/** Which browser origins may call the API (CORS) and open chat sockets. */
export type OriginList = 'any' | readonly (string | RegExp)[];

/** `http(s)://localhost`, `127.0.0.1` or `[::1]` on any port: a developer's own machine. */
export const LOCALHOST_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

/** The default: any local origin while developing, none in production (list them in CORS_ORIGINS). */
export function defaultOrigins(environment?: string): OriginList {
  return environment === 'production' ? [] : [LOCALHOST_ORIGIN];
}

/** True when `origin` is on the list. A request without an Origin header is not a browser's cross-site call. */
export function isOriginListed(list: OriginList, origin: string | undefined): boolean {
  if (origin === undefined) return true;
  if (list === 'any') return true;
  return list.some((allowed) => (typeof allowed === 'string' ? allowed === origin : allowed.test(origin)));
}

/**
 * A WebSocket handshake is allowed from a listed origin or from the server's own origin (a page
 * it served); anything else is cross-site WebSocket hijacking, which browsers do not stop.
 */
export function isSocketOriginAllowed(
  list: OriginList,
  handshake: { origin: string | undefined; host: string | undefined },
): boolean {
  if (isOriginListed(list, handshake.origin)) return true;
  const originHost = handshake.origin && /^https?:\/\/([^/]+)$/i.exec(handshake.origin)?.[1];
  return !!originHost && originHost.toLowerCase() === handshake.host?.toLowerCase();
}
