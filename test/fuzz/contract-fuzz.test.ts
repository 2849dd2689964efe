import { beforeAll, describe, it } from 'vitest';
import { contract } from '../../contract/index.js';
import { listRoutesBySpecificity } from '../../core/index.js';
import { useTarget } from '../targets/index.js';
import { fuzzSettings } from './fuzz-settings.js';
import { describeFailures, describeOutcome } from './report.js';
import { labelOf } from './fuzz-request.js';
import { planRun, runPlan, statusesByRoute, type FuzzOutcome } from './run-fuzz.js';
import { seedWorld } from './seed-world.js';

/**
 * The contract fuzzer: valid and invalid requests generated from the contract's own schemas,
 * sent raw to every route of the target as a signed-in user, after seeding a little data.
 * Every answer must be a declared (or universal) status, never a 5xx, with a body that matches
 * the declared schema and carries no undeclared field; every invalid request is refused.
 */
const target = useTarget();
const settings = fuzzSettings();
const routes = listRoutesBySpecificity(contract);
/** Generous: a PGlite request takes a few milliseconds, more on a busy machine. */
const TIMEOUT_MS = 60_000 + routes.length * settings.runs * 2 * 30;

let outcomes: FuzzOutcome[] = [];

beforeAll(async () => {
  const requests = planRun({ routes, ...settings });
  const tokens = await seedWorld(target.current);
  const started = performance.now();
  outcomes = await runPlan(requests, { baseUrl: target.current.baseUrl, tokens });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const failures = outcomes.filter((outcome) => outcome.problems.length > 0);
  const broken = failures.length;
  const succeeded = outcomes.filter(({ response }) => response.status < 300).length;
  console.info(
    `contract fuzzer on ${target.current.name}: seed ${settings.seed}, ${settings.runs} + ${settings.runs} ` +
      `per route, ${outcomes.length} requests in ${seconds} s (${succeeded} answered 2xx), ` +
      `${broken} broke the contract`,
  );
  // A request that plants a bad row fails routes after it: the run's first failure is the lead.
  if (failures[0]) console.info(`the run's first failure:\n${describeOutcome(failures[0])}`);
  if (process.env['FUZZ_VERBOSE']) console.table(statusesByRoute(outcomes));
}, TIMEOUT_MS);

describe.each(routes.map(labelOf))('%s', (label) => {
  it('answers generated valid and invalid requests only as the contract declares', () => {
    const sent = outcomes.filter((outcome) => outcome.request.label === label);
    if (sent.length === 0) throw new Error(`No request was sent to ${label}`);
    const failures = sent.filter((outcome) => outcome.problems.length > 0);
    if (failures.length === 0) return;
    const { name } = target.current;
    const context = { label, target: name, seed: settings.seed, sent: sent.length };
    throw new Error(describeFailures(failures, { ...context, replay: settings.replay(name) }));
  });
});
