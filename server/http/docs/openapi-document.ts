import type { AppRoute, AppRouter } from '@ts-rest/core';
import { generateOpenApi } from '@ts-rest/open-api';
import { contract, type RouteMetadata } from '@studymate/contract';

type Json = Record<string, unknown>;

/**
 * The OpenAPI 3.0.3 document of the contract. @ts-rest/open-api 3.52 writes a mix of 3.0
 * (`nullable`) and 3.1 (numeric `exclusiveMinimum`) and never marks bodies required; this
 * normalises it to one valid 3.0 document with bearer auth declared per operation.
 */
export function createOpenApiDocument(router: AppRouter = contract): Json {
  const document = generateOpenApi(
    router,
    {
      info: {
        title: 'Study Mate API',
        version: '1.0.0',
        description:
          'Study sessions, groups, matching and chat. Errors are DRF-shaped. ' +
          'Every operation needs `Authorization: Bearer <access>` unless marked otherwise. ' +
          'Any operation can also answer 405 (wrong method) and 500 `{"detail": "Internal server error."}`.',
      },
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
      security: [{ bearerAuth: [] }],
    },
    {
      setOperationId: 'concatenated-path',
      operationMapper: (operation, route) => ({
        ...operation,
        ...(isPublic(route) && { security: [] }),
        ...(operation.requestBody && { requestBody: { ...operation.requestBody, required: true } }),
        responses: describeResponses(operation.responses),
      }),
    },
  ) as Json;
  document['openapi'] = '3.0.3';
  return toOpenApi30(document) as Json;
}

const REASONS: Record<string, string> = {
  '200': 'OK',
  '201': 'Created',
  '204': 'No content',
  '400': 'Bad request: DRF field errors or `{detail}`',
  '401': 'Not authenticated',
  '403': 'Forbidden',
  '404': 'Not found',
  '413': 'Payload too large',
  '415': 'Unsupported media type',
  '429': 'Throttled',
};

/** ts-rest labels responses with their bare status code; give them words unless the schema described itself. */
function describeResponses(responses: Record<string, Json>): Record<string, Json> {
  return Object.fromEntries(
    Object.entries(responses).map(([status, response]) => [
      status,
      {
        ...response,
        description:
          response['description'] === status ? (REASONS[status] ?? status) : response['description'],
      },
    ]),
  );
}

function isPublic(route: AppRoute): boolean {
  return Boolean((route.metadata as RouteMetadata | undefined)?.public);
}

/** Rewrites JSON-Schema 2019 numeric exclusive bounds to the 3.0 boolean form, everywhere. */
function toOpenApi30(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toOpenApi30);
  if (!node || typeof node !== 'object') return node;
  const result: Json = {};
  for (const [key, value] of Object.entries(node as Json)) result[key] = toOpenApi30(value);
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof result[exclusive] === 'number') {
      result[bound] = result[exclusive];
      result[exclusive] = true;
    }
  }
  return result;
}
