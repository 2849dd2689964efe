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

function millisecondsSetting(name: string): number | undefined {
  const value = process.env[name]?.trim();
  if (!value) return undefined;
  const milliseconds = Number(value);
  if (!Number.isInteger(milliseconds) || milliseconds <= 0)
    throw new Error(`${name} must be a whole number of milliseconds, not "${value}".`);
  return milliseconds;
}

/**
 * The HTTP edge from the environment: CORS_ORIGINS (`https://app.example.com,https://admin.example.com`
 * or `*`), ALLOWED_HOSTS (`api.example.com` or `*`), PUBLIC_URL, and HEADERS_TIMEOUT_MS,
 * REQUEST_TIMEOUT_MS, KEEP_ALIVE_TIMEOUT_MS.
 */
export function httpOptionsFromEnvironment(): {
  corsOrigins?: OriginList;
  allowedHosts?: 'any' | string[];
  publicUrl?: string;
} & ConnectionTimeouts {
  const corsOrigins = listSetting('CORS_ORIGINS');
  const allowedHosts = listSetting('ALLOWED_HOSTS');
  const publicUrl = process.env['PUBLIC_URL']?.trim();
  if (publicUrl && !URL.canParse(publicUrl))
    throw new Error(
      `PUBLIC_URL must be an absolute URL such as https://api.example.com, not "${publicUrl}".`,
    );
  const timeouts = {
    headersTimeoutMs: millisecondsSetting('HEADERS_TIMEOUT_MS'),
    requestTimeoutMs: millisecondsSetting('REQUEST_TIMEOUT_MS'),
    keepAliveTimeoutMs: millisecondsSetting('KEEP_ALIVE_TIMEOUT_MS'),
  };
  return {
    ...(corsOrigins && { corsOrigins }),
    ...(allowedHosts && { allowedHosts }),
    ...(publicUrl && { publicUrl }),
    ...Object.fromEntries(Object.entries(timeouts).filter(([, value]) => value !== undefined)),
  };
}
