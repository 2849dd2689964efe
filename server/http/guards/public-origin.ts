/** Where page links point: a configured public URL, or the request's own host when it is allowed. */
export interface PublicOriginOptions {
  /** e.g. `https://api.example.com`: links are built from it whatever the Host header says. */
  publicUrl?: string;
  /**
   * Host names (without port) accepted in the Host header when no `publicUrl` is set, as
   * Django's ALLOWED_HOSTS; `'any'` trusts every Host. @default localhost, 127.0.0.1 and [::1]
   */
  allowedHosts?: 'any' | readonly string[];
}

export const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const;

export type PublicOrigin =
  { ok: true; origin: string } | { ok: false; host: string; reason: 'malformed' | 'not_allowed' };

/** Django's check of a Host header's form: a domain name or an IP literal, then an optional port. */
const HOST_FORM = /^([a-z0-9.-]+|\[[a-f0-9]*:[a-f0-9.:]+\])(:(\d{1,5}))?$/i;

/** True for `example.com`, `127.0.0.1:8000` or `[::1]:8000`; false for credentials, paths, spaces or a port past 65535. */
function isWellFormedHost(host: string): boolean {
  const match = HOST_FORM.exec(host);
  return !!match && (match[3] === undefined || Number(match[3]) <= 65_535);
}

/**
 * The origin page links start with. A Host header off the list is refused (Django answers it
 * with 400 "Invalid HTTP_HOST header"): otherwise anyone could make the API write their host
 * into its `next` and `previous` links (host header injection).
 */
export function createPublicOrigin(options: PublicOriginOptions = {}) {
  const fixed = options.publicUrl ? new URL(options.publicUrl).origin : null;
  const allowed = options.allowedHosts ?? LOCAL_HOSTS;
  const hosts = allowed === 'any' ? null : new Set(allowed.map((host) => host.toLowerCase()));
  return (request: { protocol: string; host: string | undefined }): PublicOrigin => {
    const host = request.host ?? '';
    // A malformed Host is refused even when any host is trusted: no URL can be built from it.
    if (!isWellFormedHost(host)) return { ok: false, host, reason: 'malformed' };
    if (fixed) return { ok: true, origin: fixed };
    if (hosts && !hosts.has(hostName(host))) return { ok: false, host, reason: 'not_allowed' };
    return { ok: true, origin: `${request.protocol}://${host}` };
  };
}

/** `example.com:8000` → `example.com`; `[::1]:8000` → `[::1]`. */
function hostName(host: string): string {
  const match = /^(\[[^\]]*\]|[^:]*)(:\d+)?$/.exec(host.trim().toLowerCase());
  return match?.[1] ?? '';
}

/** Django's wording, so operators find the fix. */
const invalidHost = (refusal: Extract<PublicOrigin, { ok: false }>) => ({
  status: 400 as const,
  body: {
    detail:
      refusal.reason === 'malformed'
        ? `Invalid HTTP_HOST header: '${refusal.host}'. The domain name provided is not valid according to RFC 1034/1035.`
        : `Invalid HTTP_HOST header: '${refusal.host}'. You may need to add '${refusal.host.replace(/:\d+$/, '')}' to ALLOWED_HOSTS or set PUBLIC_URL.`,
  },
});

/** Express middleware answering a refused Host with 400 before anything reads the request. */
export function refuseInvalidHosts(publicOrigin: ReturnType<typeof createPublicOrigin>) {
  return (
    request: { protocol: string; get(name: string): string | undefined },
    response: { locals: Record<string, unknown>; status(code: number): { json(body: unknown): unknown } },
    next: () => void,
  ): void => {
    const origin = publicOrigin({ protocol: request.protocol, host: request.get('host') });
    if (!origin.ok) {
      const refusal = invalidHost(origin);
      response.status(refusal.status).json(refusal.body);
      return;
    }
    response.locals['origin'] = origin.origin;
    next();
  };
}
