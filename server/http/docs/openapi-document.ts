import type { AppRouter } from '@ts-rest/core';
import { generateOpenApi } from '@ts-rest/open-api';
import { apiAreas, contract } from '@studymate/contract';
import { createComponentSchemas } from './openapi/component-schemas.js';
import { describeOperation } from './openapi/describe-operation.js';
import { API_VERSION } from './api-version.js';
import type { Json } from './openapi/json-schema.js';
import { namedContractSchemas } from './openapi/named-schemas.js';
import { toOpenApi30 } from './openapi/openapi-30.js';

const info = {
  title: 'Study Mate API',
  version: API_VERSION,
  license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' },
  description: [
    'Study sessions, groups, matching and chat. Errors are DRF-shaped.',
    'Every operation needs `Authorization: Bearer <access>` unless marked otherwise: sign in with',
    '`POST /api/auth/login/` (its example is the demo login, `student@studymate.dev` / `studymate123`),',
    'and the docs page authorizes itself with the answer. Any operation can also answer 405 (wrong',
    'method) and 500 `{"detail": "Internal server error."}`.',
    '',
    'The chat WebSockets (`/ws/groups/{group_id}/chat/`, `/ws/chat/{conversation_id}/`) are described',
    'in AsyncAPI 3.0: [rendered at /api/asyncapi/](/api/asyncapi/), JSON at [/api/asyncapi.json](/api/asyncapi.json).',
  ].join('\n'),
};

const servers = [
  { url: '/', description: 'The server that serves this document' },
  { url: 'http://127.0.0.1:8000', description: '`npm start`: the reference server' },
  { url: 'http://127.0.0.1:9000', description: '`npm run mock`: the mock server' },
];

/** The areas the router has, as tags in the contract's order, then any area it does not describe. */
function tagsOf(router: AppRouter): Json[] {
  const areas = Object.keys(router);
  const described = Object.keys(apiAreas).filter((area) => areas.includes(area));
  const others = areas.filter((area) => !(area in apiAreas));
  return [...described.map((area) => ({ ...apiAreas[area] })), ...others.map((area) => ({ name: area }))];
}

/**
 * The OpenAPI 3.0.3 document of a router (the Study Mate contract by default): every shape the
 * contract names is a component the operations refer to, operationIds are the contract keys
 * (`sessions.join`), tags are the areas, and the examples come from the seeds. @ts-rest/open-api
 * writes the operations; the rest is normalised here to one valid 3.0 document.
 */
export function createOpenApiDocument(router: AppRouter = contract): Json {
  const components = createComponentSchemas(namedContractSchemas());
  const generated = generateOpenApi(
    router,
    { info },
    {
      setOperationId: 'concatenated-path',
      operationMapper: (operation, route) =>
        describeOperation(operation, route, components) as typeof operation,
    },
  ) as { paths: Json };
  return toOpenApi30({
    openapi: '3.0.3',
    info,
    servers,
    tags: tagsOf(router),
    security: [{ bearerAuth: [] }],
    paths: generated.paths,
    components: {
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'The `access` token of a login, register or token refresh answer (5 minutes).',
        },
      },
      schemas: components.reachedFrom(generated.paths),
    },
  }) as Json;
}
