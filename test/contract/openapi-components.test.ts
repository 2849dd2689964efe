import { isAppRoute, isZodType, type AppRoute, type AppRouter } from '@ts-rest/core';
import type { ZodTypeAny } from 'zod';
import { describe, expect, it } from 'vitest';
import { apiAreas, contract, SessionListItemSchema, UserSchema } from '../../contract/index.js';
import { jsonSchemaOf } from '../../server/http/docs/openapi/json-schema.js';
import { createOpenApiDocument } from '../../server/http/docs/openapi-document.js';
import { toOpenApi30 } from '../../server/http/docs/openapi/openapi-30.js';

interface MediaType {
  schema: Record<string, unknown>;
  example?: unknown;
}
interface Operation {
  operationId: string;
  tags: string[];
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, { content?: Record<string, MediaType>; headers?: Record<string, unknown> }>;
}
interface Document {
  servers: { url: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Record<string, unknown>> };
}

const document = createOpenApiDocument() as unknown as Document;
const text = JSON.stringify(document);

/** Every route with its key in the contract (`sessions.join`). */
function routesByKey(router: AppRouter, prefix: string[] = []): [string, AppRoute][] {
  return Object.entries(router).flatMap(([key, value]) =>
    isAppRoute(value) ? [[[...prefix, key].join('.'), value]] : routesByKey(value, [...prefix, key]),
  );
}
const routes = routesByKey(contract);
const operationOf = (route: AppRoute) =>
  document.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];

describe('the OpenAPI document’s named shapes', () => {
  it('holds the shapes the contract names as components, and the operations refer to them', () => {
    const names = Object.keys(document.components.schemas);
    expect(names.length).toBeGreaterThanOrEqual(30);
    for (const name of [
      'User',
      'SessionListItem',
      'SessionDetail',
      'GroupDetail',
      'Membership',
      'GroupMessage',
    ]) {
      expect(names).toContain(name);
    }
    for (const name of [
      'Conversation',
      'SessionListItemPage',
      'GroupListItemPage',
      'DetailError',
      'FieldErrors',
    ]) {
      expect(names).toContain(name);
    }
    expect(text.match(/"\$ref"/g)?.length).toBeGreaterThan(300);
  });

  it('writes each component as the contract’s schema, its named parts referred to', () => {
    const resolve = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(resolve);
      if (!node || typeof node !== 'object') return node;
      const ref = (node as { $ref?: string }).$ref;
      if (ref) return resolve(document.components.schemas[ref.split('/').pop() ?? '']);
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, resolve(value)]));
    };
    for (const [name, schema] of [
      ['User', UserSchema],
      ['SessionListItem', SessionListItemSchema],
    ] as const) {
      expect(resolve(document.components.schemas[name]), name).toEqual(toOpenApi30(jsonSchemaOf(schema)));
    }
    const item = document.components.schemas['SessionListItem'] as { properties: Record<string, unknown> };
    expect(item.properties['host']).toEqual({ $ref: '#/components/schemas/UserSummary' });
    expect(item.properties['status']).toEqual({ $ref: '#/components/schemas/SessionStatus' });
  });

  it('refers only to components it has, and has only components something refers to', () => {
    const referred = new Set([...text.matchAll(/"#\/components\/schemas\/(\w+)"/g)].map((match) => match[1]));
    expect([...referred].sort()).toEqual(Object.keys(document.components.schemas).sort());
  });

  it('keeps the operationId of each route equal to its key in the contract, whatever its path', () => {
    for (const [key, route] of routes) expect(operationOf(route)?.operationId, route.path).toBe(key);
  });

  it('tags each operation with its area, every area described', () => {
    const areas = Object.keys(contract);
    expect(Object.keys(apiAreas).sort()).toEqual([...areas].sort());
    expect(document.tags.map((tag) => tag.name)).toEqual(areas.map((area) => apiAreas[area]?.name));
    for (const [key, route] of routes) {
      expect(operationOf(route)?.tags).toEqual([apiAreas[key.split('.')[0] ?? '']?.name]);
    }
  });

  it('names the servers it can be tried on', () => {
    expect(document.servers.map((server) => server.url)).toEqual([
      '/',
      'http://127.0.0.1:8000',
      'http://127.0.0.1:9000',
    ]);
  });

  it('tells when to retry a 429', () => {
    const throttled = routes.filter(([, route]) => 429 in route.responses);
    expect(throttled.length).toBeGreaterThanOrEqual(3);
    for (const [, route] of throttled) {
      expect(operationOf(route)?.responses['429']?.headers).toHaveProperty('Retry-After');
    }
  });
});

describe('the OpenAPI document’s examples', () => {
  const examples = routes.flatMap(([key, route]) => {
    const operation = operationOf(route);
    const request = operation?.requestBody?.content['application/json']?.example;
    const body = 'body' in route && isZodType(route.body) ? route.body : undefined;
    const answers = Object.entries(operation?.responses ?? {}).flatMap(([status, response]) => {
      const example = response.content?.['application/json']?.example;
      const schema = (route.responses as Record<string, unknown>)[status];
      return example !== undefined && isZodType(schema) ? [{ key, label: status, schema, example }] : [];
    });
    return [
      ...(request !== undefined && body
        ? [{ key, label: 'request', schema: body as ZodTypeAny, example: request }]
        : []),
      ...answers,
    ];
  });

  it('gives examples for most operations', () => {
    expect(new Set(examples.map((example) => example.key)).size).toBeGreaterThanOrEqual(80);
    const placeholders = (value: unknown): boolean =>
      value === 'string' || (!!value && typeof value === 'object' && Object.values(value).some(placeholders));
    expect(examples.filter(({ example }) => placeholders(example)).map(({ key }) => key)).toEqual([]);
  });

  it('gives only examples the contract accepts, field for field', () => {
    for (const { key, label, schema, example } of examples) {
      const parsed = schema.safeParse(example);
      expect(parsed.success, `${key} ${label}: ${JSON.stringify(parsed.error?.issues[0])}`).toBe(true);
      expect(parsed.data, `${key} ${label} has a field the contract does not declare`).toEqual(example);
    }
  });

  it('signs in as the demo student in the login example', () => {
    expect(operationOf(contract.auth.login)?.requestBody?.content['application/json']?.example).toEqual({
      email: 'student@studymate.dev',
      password: 'studymate123',
    });
  });
});
