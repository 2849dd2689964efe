import SwaggerParser from '@apidevtools/swagger-parser';
import { isZodType } from '@ts-rest/core';
import type { ZodTypeAny } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract, type RouteMetadata } from '../../contract/index.js';
import { listRoutesBySpecificity } from '../../core/index.js';
import { createOpenApiDocument } from '../../server/http/docs/openapi-document.js';

interface Operation {
  summary?: string;
  tags?: string[];
  operationId?: string;
  security?: unknown[];
  requestBody?: { required?: boolean };
  responses: Record<string, { description: string }>;
}

const document = createOpenApiDocument() as { paths: Record<string, Record<string, Operation>> };
const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');
const operationOf = (route: { path: string; method: string }) =>
  document.paths[openApiPath(route.path)]?.[route.method.toLowerCase()];

describe('GET /api/schema/ (the OpenAPI document)', () => {
  it('validates as OpenAPI 3.0', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it('lists every contract route with a summary, a tag and a unique operationId', () => {
    const routes = listRoutesBySpecificity(contract);
    const operations = routes.map((route) => ({ route, operation: operationOf(route) }));
    for (const { route, operation } of operations) {
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(operation?.summary).toBeTruthy();
      expect(operation?.tags?.length).toBeGreaterThan(0);
    }
    const ids = operations.map(({ operation }) => operation?.operationId);
    expect(new Set(ids).size).toBe(routes.length);
  });

  it('declares every status of every route and the 500 any route may answer, each with words', () => {
    for (const route of listRoutesBySpecificity(contract)) {
      const responses = operationOf(route)?.responses ?? {};
      expect(Object.keys(responses).sort()).toEqual([...Object.keys(route.responses), '500'].sort());
      for (const [status, response] of Object.entries(responses))
        expect(response.description).not.toBe(status);
    }
  });

  it('marks a request body required only when it has a required field (no body reads as {})', () => {
    const withJsonBody = listRoutesBySpecificity(contract).filter(
      (candidate) => 'body' in candidate && isZodType(candidate.body),
    );
    const required = withJsonBody.filter((route) => operationOf(route)?.requestBody?.required === true);
    expect(required.length).toBeGreaterThan(0);
    expect(required.length).toBeLessThan(withJsonBody.length);
    for (const route of withJsonBody) {
      const body = (route as { body: ZodTypeAny }).body;
      expect(operationOf(route)?.requestBody?.required, `${route.method} ${route.path}`).toBe(
        !body.safeParse({}).success,
      );
    }
    expect(operationOf(contract.sessions.join)?.requestBody?.required).toBe(false);
    expect(operationOf(contract.auth.login)?.requestBody?.required).toBe(true);
  });

  it('needs bearer auth everywhere except the public routes', () => {
    for (const route of listRoutesBySpecificity(contract)) {
      const isPublic = Boolean((route.metadata as RouteMetadata | undefined)?.public);
      expect(operationOf(route)?.security, `${route.method} ${route.path}`).toEqual(
        isPublic ? [] : undefined,
      );
    }
    expect((document as { security?: unknown }).security).toEqual([{ bearerAuth: [] }]);
  });
});
