import type { AppRoute } from '@ts-rest/core';
import { problemsOf, type ReceivedResponse } from './check-response.js';
import { labelOf, type Authorization, type FuzzRequest } from './fuzz-request.js';
import { planRoute } from './request-plan.js';

/** The caller's tokens, put in requests that claim to be the caller. */
export interface CallerTokens {
  access: string;
  refresh: string;
}

/** One request of a run and its answer; `problems` is empty when the contract held. */
export interface FuzzOutcome {
  /** Position in the run (1-based): the run replays up to here with the same seed. */
  position: number;
  request: FuzzRequest;
  response: ReceivedResponse;
  problems: string[];
}

const ANSWER_TIMEOUT_MS = 10_000;

/**
 * Plans `runs` valid and `runs` invalid requests per route, in a seeded order of phases: requests
 * that create (POST without an id) first, then updates, half the reads, actions on ids, the
 * other half of the reads, and deletes last; so rows planted with extreme values are read,
 * searched near and acted on before anything removes them. Planning takes seconds of CPU: do
 * it before the target holds idle connections, which a blocked event loop would let time out
 * under the first request.
 */
export function planRun(options: { routes: AppRoute[]; runs: number; seed: number }): FuzzRequest[] {
  const { routes, runs, seed } = options;
  const planned = routes.flatMap((route) => planRoute(route, runs, seed + hashOf(labelOf(route))));
  return orderOfRun(planned, seed);
}

/** Sends the planned requests one at a time and checks every answer. */
export async function runPlan(
  requests: FuzzRequest[],
  target: { baseUrl: string; tokens: CallerTokens },
): Promise<FuzzOutcome[]> {
  const outcomes: FuzzOutcome[] = [];
  for (const [index, request] of requests.entries()) {
    const response = await send(target.baseUrl, request, target.tokens);
    outcomes.push({ position: index + 1, request, response, problems: problemsOf(request, response) });
  }
  return outcomes;
}

/** `FUZZ_VERBOSE`: per route, how valid and invalid requests were answered, e.g. `200×12 404×8`. */
export function statusesByRoute(outcomes: FuzzOutcome[]): Record<string, { valid: string; invalid: string }> {
  const table: Record<string, { valid: Map<number, number>; invalid: Map<number, number> }> = {};
  for (const { request, response } of outcomes) {
    const row = (table[request.label] ??= { valid: new Map(), invalid: new Map() });
    row[request.kind].set(response.status, (row[request.kind].get(response.status) ?? 0) + 1);
  }
  const written = (counts: Map<number, number>) =>
    [...counts]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}×${count}`)
      .join(' ');
  return Object.fromEntries(
    Object.entries(table).map(([label, row]) => [
      label,
      { valid: written(row.valid), invalid: written(row.invalid) },
    ]),
  );
}

function phaseOf(request: FuzzRequest, index: number): number {
  const { method, path } = request.route;
  if (method === 'POST' && !path.includes(':')) return 0;
  if (method === 'PUT' || method === 'PATCH') return 1;
  if (method === 'GET') return index % 2 === 0 ? 2 : 4;
  if (method === 'POST') return 3;
  return 5;
}

function orderOfRun(requests: FuzzRequest[], seed: number): FuzzRequest[] {
  const phases: FuzzRequest[][] = [[], [], [], [], [], []];
  requests.forEach((request, index) => phases[phaseOf(request, index)]?.push(request));
  const random = mulberry32(seed);
  return phases.flatMap((phase) => shuffle(phase, random));
}

async function send(baseUrl: string, request: FuzzRequest, tokens: CallerTokens): Promise<ReceivedResponse> {
  const authorization = authorizationHeader(request.authorization, tokens);
  try {
    const response = await fetch(`${baseUrl}${request.url}`, {
      method: request.route.method,
      headers: { ...request.headers, ...(authorization ? { authorization } : {}) },
      body: request.body ?? null,
      redirect: 'manual',
      signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
    });
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      text: await response.text(),
    };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return { status: 0, contentType: null, text: `no answer: ${String(error)}${cause}` };
  }
}

function authorizationHeader(authorization: Authorization, tokens: CallerTokens): string | null {
  if (authorization === 'caller') return `Bearer ${tokens.access}`;
  if (authorization === 'caller-refresh') return `Bearer ${tokens.refresh}`;
  if (authorization === 'none') return null;
  return authorization.slice('raw:'.length);
}

/** A string's 31-bit FNV-1a hash: a per-route seed that does not move when routes are added. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (const character of text) hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193);
  return (hash >>> 1) % 1_000_000;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffle<Item>(items: Item[], random: () => number): Item[] {
  const shuffled = [...items];
  for (let index = shuffled.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [shuffled[index], shuffled[other]] = [shuffled[other]!, shuffled[index]!];
  }
  return shuffled;
}
