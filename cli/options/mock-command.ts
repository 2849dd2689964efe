import type { CommandSpec } from './option-table.js';
import { edgeSettings, listenOptions, WORLD_AND_LOG_OPTIONS } from './shared-options.js';

/** `studymate-mock` (`npm run mock`): the mocks over HTTP. */
export const MOCK_COMMAND = {
  name: 'studymate-mock',
  npmScript: 'npm run mock --',
  summary:
    'The Study Mate mock API over HTTP, as Prism serves an OpenAPI document: the MSW handlers of\n' +
    '@studymate/mocks on the same core as the server, over a seeded demo world in memory, with the chat\n' +
    'WebSockets, the docs (/api/docs/) and the scenario controls (/__mocks/). `Prefer: code=503` forces an answer.',
  options: { ...listenOptions(9000), ...WORLD_AND_LOG_OPTIONS },
  environment: [
    { name: 'NODE_ENV', default: 'unset', description: 'production: JSON log lines' },
    ...edgeSettings({ corsOrigins: '*', allowedHosts: '*' }),
  ],
} as const satisfies CommandSpec;
