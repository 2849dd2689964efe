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

export type PublicOrigin = { ok: true; origin: string } | { ok: false; host: string };

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
    if (fixed) return { ok: true, origin: fixed };
    const host = request.host ?? '';
    if (hosts && !hosts.has(hostName(host))) return { ok: false, host };
    return { ok: true, origin: `${request.protocol}://${host}` };
  };
}

/** `example.com:8000` → `example.com`; `[::1]:8000` → `[::1]`. */
function hostName(host: string): string {
  const match = /^(\[[^\]]*\]|[^:]*)(:\d+)?$/.exec(host.trim().toLowerCase());
  return match?.[1] ?? '';
}

/** Django's wording, so operators find the fix. */
export const invalidHost = (host: string) => ({
  status: 400 as const,
  body: {
    detail: `Invalid HTTP_HOST header: '${host}'. You may need to add '${host.replace(/:\d+$/, '')}' to ALLOWED_HOSTS or set PUBLIC_URL.`,
  },
});
