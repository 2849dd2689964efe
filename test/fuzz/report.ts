import type { FuzzOutcome } from './run-fuzz.js';

const SHOWN_PER_ROUTE = 5;
const BODY_PREVIEW = 400;

/** The failures of one route, one example per distinct problem, each with what replays it. */
export function describeFailures(
  failures: FuzzOutcome[],
  context: { label: string; target: string; seed: number; sent: number; replay: string },
): string {
  const distinct = new Map<string, FuzzOutcome>();
  for (const failure of failures) {
    const key = failure.problems.map((problem) => problem.replace(/\d+/g, 'N')).join('|');
    if (!distinct.has(key)) distinct.set(key, failure);
  }
  const examples = [...distinct.values()].slice(0, SHOWN_PER_ROUTE).map(describeOutcome);
  return [
    `${failures.length} of ${context.sent} requests to ${context.label} on ${context.target} broke the contract ` +
      `(seed ${context.seed}; ${distinct.size} distinct). Replay the run: ${context.replay}`,
    ...examples,
  ].join('\n\n');
}

/** One request and its answer, as a person replaying it by hand needs them. */
export function describeOutcome({ position, request, response, problems }: FuzzOutcome): string {
  const headers = Object.entries(request.headers).map(([name, value]) => `${name}: ${value}`);
  return [
    `request ${position} of the run, ${request.kind}${request.mutation ? ` (${request.mutation})` : ''}:`,
    `  ${request.route.method} ${request.url}`,
    `  authorization: ${request.authorization}${headers.length > 0 ? `; ${headers.join('; ')}` : ''}`,
    ...(request.body === undefined ? [] : [`  body: ${truncate(request.body)}`]),
    `answered ${response.status} ${truncate(response.text)}`,
    ...problems.map((problem) => `  ✗ ${problem}`),
  ].join('\n');
}

function truncate(text: string): string {
  return text.length > BODY_PREVIEW ? `${text.slice(0, BODY_PREVIEW)}… (${text.length} chars)` : text;
}
