import { http, HttpResponse, type HttpHandler } from 'msw';
import type { WorldSummary } from '../world.js';
import { isScenarioName, SCENARIOS, type ScenarioName } from './named-scenarios.js';

/**
 * The mocks' own controls, outside the API: `GET /__mocks/scenarios` lists the named worlds,
 * `POST /__mocks/reset` with `{"seed"?: n, "scenario"?: name}` rebuilds the world.
 * Served by MSW and by the HTTP mock server alike.
 */
export function createControlHandlers(
  mocks: { reset(options: { seed?: number; scenario?: ScenarioName }): Promise<WorldSummary> },
  options: { baseUrl?: string } = {},
): HttpHandler[] {
  const origin = options.baseUrl ?? '*';
  return [
    http.get(`${origin}/__mocks/scenarios`, () => HttpResponse.json({ scenarios: Object.keys(SCENARIOS) })),
    http.post(`${origin}/__mocks/reset`, async ({ request }) => {
      const body = ((await request.json().catch(() => ({}))) ?? {}) as { seed?: unknown; scenario?: unknown };
      const seed = typeof body.seed === 'number' && Number.isInteger(body.seed) ? body.seed : undefined;
      if (
        body.scenario !== undefined &&
        (typeof body.scenario !== 'string' || !isScenarioName(body.scenario))
      ) {
        return HttpResponse.json(
          { scenario: [`Choose one of: ${Object.keys(SCENARIOS).join(', ')}.`] },
          { status: 400 },
        );
      }
      const world = await mocks.reset({
        ...(seed !== undefined && { seed }),
        ...(body.scenario !== undefined && { scenario: body.scenario }),
      });
      return HttpResponse.json({ message: 'The world was reset.', world });
    }),
  ];
}
