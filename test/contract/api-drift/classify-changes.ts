import { apiCompare } from 'api-smart-diff';
import { asyncApiAsOpenApi } from './asyncapi-as-openapi.js';

type Json = Record<string, unknown>;

/** What changed between two versions of a document, by what it does to the API's users. */
export interface ChangeReport {
  /** Changes that can break a client: something removed, narrowed, newly required. */
  breaking: string[];
  /** Changes a client can ignore: something added or widened. */
  additive: string[];
  /** Words only: descriptions, summaries, examples. */
  annotations: string[];
}

const where = (path: unknown[]) => path.map(String).join(' › ');

/**
 * Classifies the changes with api-smart-diff (OpenAPI rules; an AsyncAPI document is read as OpenAPI
 * first) plus the project's policy: a removed enum value or a changed type is breaking wherever it
 * is, answers included, as a client may rely on every value and type it was told of.
 */
export function classifyChanges(before: Json, after: Json, kind: 'openapi' | 'asyncapi'): ChangeReport {
  const read = kind === 'asyncapi' ? asyncApiAsOpenApi : (document: Json) => document;
  const { diffs } = apiCompare(read(before), read(after));
  const report: ChangeReport = { breaking: [], additive: [], annotations: [] };
  for (const diff of diffs) {
    const path = diff.path.map(String);
    const last = path.at(-1);
    const isEnumValueRemoved = diff.action === 'remove' && path.at(-2) === 'enum';
    const isTypeChanged = diff.action === 'replace' && last === 'type';
    const line = `${diff.type === 'annotation' ? '' : `${diff.action} `}${where(path)}${diff.description ? ` (${diff.description})` : ''}`;
    if (diff.type === 'breaking' || isEnumValueRemoved || isTypeChanged) report.breaking.push(line);
    else if (diff.type === 'annotation') report.annotations.push(line);
    else report.additive.push(line);
  }
  return report;
}
