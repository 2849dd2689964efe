import { breakingChangeRefusal, apiDocuments, type ApiDocumentKind } from './api-snapshots.js';
import { classifyChanges } from './classify-changes.js';

type Json = Record<string, unknown>;

export interface DriftReport {
  isBreaking: boolean;
  /** Why `npm run api:accept` would refuse it, or null. */
  refusal: string | null;
  /** For people: what changed, breaking first. */
  text: string;
}

const MAX_LINES = 40;
const list = (lines: string[]) =>
  [
    ...lines.slice(0, MAX_LINES),
    ...(lines.length > MAX_LINES ? [`… and ${lines.length - MAX_LINES} more`] : []),
  ]
    .map((line) => `  - ${line}`)
    .join('\n');

/** What changed in a served document since its snapshot, whether it breaks clients, and what to do. */
export function driftReport(
  kind: ApiDocumentKind,
  { before, after }: { before: Json; after: Json },
  changelog: string,
): DriftReport {
  const { breaking, additive, annotations } = classifyChanges(before, after, kind);
  const isBreaking = breaking.length > 0;
  const refusal = isBreaking ? breakingChangeRefusal(before, after, changelog) : null;
  const snapshot = apiDocuments[kind].snapshot.pathname.split('/test/').pop() ?? '';
  const text = [
    `The ${kind} document served at ${apiDocuments[kind].served} differs from test/${snapshot}: a ${isBreaking ? 'BREAKING' : 'non-breaking (additive)'} change.`,
    ...(breaking.length ? [`Breaking (${breaking.length}):`, list(breaking)] : []),
    ...(additive.length ? [`Additive (${additive.length}):`, list(additive)] : []),
    ...(annotations.length ? [`Words only (${annotations.length}):`, list(annotations)] : []),
    ...(refusal ? [refusal] : []),
    'If the change is meant, accept it with `npm run api:accept` (it rewrites the snapshots) and commit them.',
  ].join('\n');
  return { isBreaking, refusal, text };
}
