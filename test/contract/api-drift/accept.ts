import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { apiDocumentKinds, fetchServedDocuments, readSnapshot, writeSnapshot } from './api-snapshots.js';
import { driftReport } from './drift-report.js';

/**
 * `npm run api:accept`: writes the documents the server serves as the committed snapshots, after
 * saying what changed. A breaking change is refused until API_VERSION has a new major and
 * CHANGELOG.md an entry under it.
 */
const changelog = readFileSync(new URL('../../../CHANGELOG.md', import.meta.url), 'utf8');
const served = await fetchServedDocuments();
let refused = false;
for (const kind of apiDocumentKinds) {
  const snapshot = readSnapshot(kind);
  if (snapshot && isDeepStrictEqual(snapshot, served[kind])) {
    console.log(`${kind}: unchanged`);
    continue;
  }
  if (snapshot) {
    const report = driftReport(kind, { before: snapshot, after: served[kind] }, changelog);
    console.log(report.text);
    if (report.refusal) {
      refused = true;
      continue;
    }
  }
  await writeSnapshot(kind, served[kind]);
  console.log(`${kind}: snapshot written`);
}
if (refused) process.exitCode = 1;
