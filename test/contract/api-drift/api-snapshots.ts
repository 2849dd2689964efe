import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { silentLogger } from '../../../core/index.js';
import { createMemoryStore } from '../../../core/adapters/memory-store/create-memory-store.js';
import { startServer } from '../../../server/http/start-server.js';

type Json = Record<string, unknown>;

/** The documents the drift guard keeps, by kind: where the server serves each, and its snapshot. */
export const apiDocuments = {
  openapi: { served: '/api/schema/', snapshot: new URL('../api-snapshots/openapi.json', import.meta.url) },
  asyncapi: {
    served: '/api/asyncapi.json',
    snapshot: new URL('../api-snapshots/asyncapi.json', import.meta.url),
  },
} as const;

export type ApiDocumentKind = keyof typeof apiDocuments;
export const apiDocumentKinds = Object.keys(apiDocuments) as ApiDocumentKind[];

/** Both documents as a freshly started server serves them. */
export async function fetchServedDocuments(): Promise<Record<ApiDocumentKind, Json>> {
  const running = await startServer({ store: createMemoryStore(), logger: silentLogger, port: 0 });
  try {
    const fetchJson = async (path: string) => (await (await fetch(`${running.url}${path}`)).json()) as Json;
    return {
      openapi: await fetchJson(apiDocuments.openapi.served),
      asyncapi: await fetchJson(apiDocuments.asyncapi.served),
    };
  } finally {
    await running.close();
  }
}

export function readSnapshot(kind: ApiDocumentKind): Json | null {
  try {
    return JSON.parse(readFileSync(apiDocuments[kind].snapshot, 'utf8')) as Json;
  } catch {
    return null;
  }
}

/** Writes a snapshot as Prettier formats JSON, so `npm run lint` accepts it as written. */
export async function writeSnapshot(kind: ApiDocumentKind, document: Json): Promise<void> {
  const file = apiDocuments[kind].snapshot;
  const options = await resolveConfig(file);
  writeFileSync(file, await format(JSON.stringify(document), { ...options, filepath: file.pathname }));
}

/** The version a document declares (`info.version`). */
export const versionOf = (document: Json) => String((document['info'] as { version?: unknown }).version);

const majorOf = (version: string) => Number(version.split('.')[0]);

/** The `## <version>` headings of CHANGELOG.md. */
export function changelogVersions(changelog: string): string[] {
  return [...changelog.matchAll(/^##\s+\[?v?(\d+\.\d+\.\d+)\]?/gm)].map((match) => match[1] ?? '');
}

/**
 * Why a breaking change may not be accepted yet, or null: it needs a new major version in the
 * documents (`API_VERSION`) and an entry under that version in CHANGELOG.md.
 */
export function breakingChangeRefusal(before: Json, after: Json, changelog: string): string | null {
  const [from, to] = [versionOf(before), versionOf(after)];
  if (!(majorOf(to) > majorOf(from))) {
    return `A breaking change needs a new major version: raise API_VERSION (server/http/docs/api-version.ts) from ${from} to ${majorOf(from) + 1}.0.0.`;
  }
  if (!changelogVersions(changelog).includes(to)) {
    return `A breaking change needs an entry in CHANGELOG.md under "## ${to}" saying what breaks and what to do.`;
  }
  return null;
}
