import { millisecondsSetting, setting } from './settings.js';
import type { OriginList, ConnectionTimeouts } from '@studymate/server';

/** A comma-separated list; `*` alone means any. Unset or empty: undefined (the default applies). */
function listSetting(name: string): 'any' | string[] | undefined {
  const value = process.env[name]?.trim();
  if (!value) return undefined;
  if (value === '*') return 'any';
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/**
 * The HTTP edge from the environment: CORS_ORIGINS (`https://app.example.com,https://admin.example.com`
 * or `*`), ALLOWED_HOSTS (`api.example.com` or `*`), PUBLIC_URL, and HEADERS_TIMEOUT_MS,
 * REQUEST_TIMEOUT_MS, KEEP_ALIVE_TIMEOUT_MS, and TRUST_PROXY (`true`, a number of proxies, or
 * Express's names and addresses such as `loopback` or `10.0.0.0/8`).
 */
export function httpOptionsFromEnvironment(): {
  corsOrigins?: OriginList;
  allowedHosts?: 'any' | string[];
  publicUrl?: string;
  trustProxy?: boolean | number | string;
} & ConnectionTimeouts {
  const corsOrigins = listSetting('CORS_ORIGINS');
  const allowedHosts = listSetting('ALLOWED_HOSTS');
  const publicUrl = setting('PUBLIC_URL');
  if (publicUrl && !URL.canParse(publicUrl))
    throw new Error(
      `PUBLIC_URL must be an absolute URL such as https://api.example.com, not "${publicUrl}".`,
    );
  const timeouts = {
    headersTimeoutMs: millisecondsSetting('HEADERS_TIMEOUT_MS'),
    requestTimeoutMs: millisecondsSetting('REQUEST_TIMEOUT_MS'),
    keepAliveTimeoutMs: millisecondsSetting('KEEP_ALIVE_TIMEOUT_MS'),
  };
  const trustProxy = trustProxySetting();
  return {
    ...(trustProxy !== undefined && { trustProxy }),
    ...(corsOrigins && { corsOrigins }),
    ...(allowedHosts && { allowedHosts }),
    ...(publicUrl && { publicUrl }),
    ...Object.fromEntries(Object.entries(timeouts).filter(([, value]) => value !== undefined)),
  };
}

/** TRUST_PROXY as Express reads `trust proxy`: `true`/`false`, a hop count, or names and addresses. */
function trustProxySetting(): boolean | number | string | undefined {
  const value = setting('TRUST_PROXY');
  if (value === undefined) return undefined;
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}
