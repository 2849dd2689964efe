import { isZodType, type AppRoute } from '@ts-rest/core';
import { apiAreas, type RouteMetadata } from '@studymate/contract';
import type { ComponentSchemas } from './component-schemas.js';
import type { Json } from './json-schema.js';
import { examplesOf } from './seed-examples.js';

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

/** What any operation may answer when the server fails: the shared edge handler's body. */
const internalError: Json = {
  description: 'Internal server error: logged, never a leak of its cause',
  content: {
    'application/json': {
      schema: { $ref: '#/components/schemas/DetailError' },
      example: { detail: 'Internal server error.' },
    },
  },
};

const retryAfter: Json = {
  'Retry-After': {
    description: 'Whole seconds to wait before trying again (at least 1).',
    schema: { type: 'integer', minimum: 1 },
  },
};

interface MediaType {
  schema?: Json;
}

/** The operation's media type with its named shapes referenced and, when the seeds give one, an example. */
function describeMedia(media: MediaType, components: ComponentSchemas, example: unknown): Json {
  const { description: _description, ...schema } = media.schema ?? {};
  return {
    schema: components.reference(schema),
    ...(example !== undefined && { example }),
  };
}

function describeResponses(
  responses: Record<string, Json>,
  context: { components: ComponentSchemas; examples: Record<string, unknown> },
): Record<string, Json> {
  const described = Object.entries(responses).map(([status, response]): [string, Json] => {
    const content = response['content'] as Record<string, MediaType> | undefined;
    const media = content?.['application/json'];
    const description =
      response['description'] === status ? (REASONS[status] ?? status) : response['description'];
    return [
      status,
      {
        description,
        ...(status === '429' && { headers: retryAfter }),
        ...(media && {
          content: {
            'application/json': describeMedia(media, context.components, context.examples[status]),
          },
        }),
      },
    ];
  });
  return { ...Object.fromEntries(described), 500: internalError };
}

/** An empty request reads as `{}`: a body is required only when `{}` is refused (it has a required field). */
function isBodyRequired(route: AppRoute): boolean {
  const body = 'body' in route ? route.body : undefined;
  return isZodType(body) && !body.safeParse({}).success;
}

/**
 * One operation as the docs present it: its area's tag, `security: []` when public, named shapes
 * as `$ref`s, the seeds' examples, the body required only when it has a required field, the
 * reasons of each status, `Retry-After` on a 429, and the 500 any operation may answer.
 */
export function describeOperation(operation: Json, route: AppRoute, components: ComponentSchemas): Json {
  const operationId = String(operation['operationId']);
  const area = operationId.split('.')[0] ?? operationId;
  const examples = examplesOf(operationId);
  const isPublic = Boolean((route.metadata as RouteMetadata | undefined)?.public);
  const requestBody = operation['requestBody'] as { content: Record<string, MediaType> } | undefined;
  const requestMedia = requestBody?.content['application/json'];
  const parameters = (operation['parameters'] as Json[] | undefined) ?? [];
  return {
    ...operation,
    tags: [apiAreas[area]?.name ?? area],
    ...(isPublic && { security: [] }),
    parameters: parameters.map((parameter) => ({
      ...parameter,
      schema: components.reference(parameter['schema'] as Json),
    })),
    ...(requestMedia && {
      requestBody: {
        required: isBodyRequired(route),
        content: { 'application/json': describeMedia(requestMedia, components, examples.request) },
      },
    }),
    responses: describeResponses(operation['responses'] as Record<string, Json>, {
      components,
      examples: examples.responses,
    }),
  };
}
