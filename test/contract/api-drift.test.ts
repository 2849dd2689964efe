import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  apiDocumentKinds,
  changelogVersions,
  fetchServedDocuments,
  readSnapshot,
  versionOf,
  type ApiDocumentKind,
} from './api-drift/api-snapshots.js';
import { driftReport } from './api-drift/drift-report.js';

type Json = Record<string, unknown>;

const changelog = readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8');
let served: Record<ApiDocumentKind, Json>;
beforeAll(async () => {
  served = await fetchServedDocuments();
});

describe('the drift guard: the served API documents against their committed snapshots', () => {
  it.each(apiDocumentKinds)(
    'serves the %s document exactly as its snapshot',
    (kind) => {
      const snapshot = readSnapshot(kind);
      expect(snapshot, `No snapshot of the ${kind} document: run npm run api:accept`).not.toBeNull();
      if (snapshot === null || isDeepStrictEqual(snapshot, served[kind])) return;
      expect.fail(driftReport(kind, { before: snapshot, after: served[kind] }, changelog).text);
    },
    30_000,
  );

  it('has a CHANGELOG.md entry under the version the documents declare', () => {
    for (const kind of apiDocumentKinds) {
      expect(changelogVersions(changelog), `CHANGELOG.md has no "## ${versionOf(served[kind])}"`).toContain(
        versionOf(served[kind]),
      );
    }
  });
});
