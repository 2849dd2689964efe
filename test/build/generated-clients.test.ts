import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { generate } from 'orval';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../core/index.js';
import { createMemoryStore } from '../../core/adapters/memory-store/create-memory-store.js';
import { startServer } from '../../server/http/start-server.js';
import { runScriptToEnd } from '../support/child-processes.js';

/**
 * What the tools people feed the served OpenAPI document make of it: openapi-typescript's types,
 * and orval's fetch client with its MSW handlers, generated once into a temporary folder and
 * type-checked there with `tsc --strict` (skipLibCheck off for the generated files).
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const folder = mkdtempSync(path.join(tmpdir(), 'studymate-generated-clients-'));
const generated = { types: 'openapi-typescript/schema.ts', orval: 'orval/api.ts' };

/** A consumer of each: the named shapes are types, and a call is typed by its operation. */
const consumer = `
import type { components, operations } from './openapi-typescript/schema';
import { authLogin, sessionsJoin } from './orval/api';
import { getAuthLoginMockHandler } from './orval/api.msw';
import type { SessionListItemPage, User } from './orval/api.schemas';

type Session = components['schemas']['SessionListItem'];
type LoginBody = operations['auth.login']['requestBody']['content']['application/json'];
export const login: LoginBody = { email: 'student@studymate.dev', password: 'studymate123' };
export const title = (session: Session): string => session.title;
export const emailOf = (user: User): string => user.email;
export const countOf = (page: SessionListItemPage): number => page.count;
export async function signIn(): Promise<string | undefined> {
  const answer = await authLogin(login);
  return answer.status === 200 ? answer.data.tokens.access : undefined;
}
export const join = () => sessionsJoin(1);
export const handler = getAuthLoginMockHandler();
`;

const tsconfig = {
  compilerOptions: {
    strict: true,
    noEmit: true,
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    types: [],
    skipLibCheck: true,
  },
  include: ['openapi-typescript', 'orval', 'consumer.ts'],
};

let types = '';

beforeAll(async () => {
  const running = await startServer({ store: createMemoryStore(), logger: silentLogger, port: 0 });
  const document = path.join(folder, 'openapi.json');
  try {
    writeFileSync(document, await (await fetch(`${running.url}/api/schema/`)).text());
  } finally {
    await running.close();
  }
  types = astToString(await openapiTS(pathToFileURL(document)));
  mkdirSync(path.join(folder, 'openapi-typescript'));
  writeFileSync(path.join(folder, generated.types), types);
  await generate(
    {
      input: { target: document },
      output: {
        target: path.join(folder, generated.orval),
        client: 'fetch',
        mode: 'split',
        mock: { type: 'msw' },
      },
    },
    folder,
  );
  writeFileSync(path.join(folder, 'consumer.ts'), consumer);
  writeFileSync(path.join(folder, 'tsconfig.json'), JSON.stringify(tsconfig));
  // The generated files import msw and faker as a consumer's project would: from its node_modules.
  symlinkSync(path.join(root, 'node_modules'), path.join(folder, 'node_modules'), 'dir');
}, 180_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('clients generated from the served OpenAPI document', () => {
  it('openapi-typescript names every component schema', () => {
    expect(types).not.toMatch(/schemas: never/);
    for (const name of ['User', 'SessionListItem', 'SessionListItemPage', 'GroupDetail', 'Membership']) {
      expect(types).toContain(`        ${name}: {`);
    }
  });

  it('orval writes a fetch client, its models and MSW handlers', () => {
    const models = readFileSync(path.join(folder, 'orval/api.schemas.ts'), 'utf8');
    for (const name of ['User', 'SessionListItem', 'SessionListItemPage', 'GroupDetail']) {
      expect(models).toContain(`export interface ${name} {`);
    }
    expect(readFileSync(path.join(folder, 'orval/api.ts'), 'utf8')).toContain(
      'export const authLogin = async',
    );
    expect(readFileSync(path.join(folder, 'orval/api.msw.ts'), 'utf8')).toContain(
      'export const getAuthLoginMockHandler',
    );
  });

  it('type-checks both, and a consumer of both, with tsc --strict', async () => {
    const { code, output } = await runScriptToEnd(path.join(root, 'node_modules/typescript/bin/tsc'), {
      args: ['-p', path.join(folder, 'tsconfig.json')],
      cwd: folder,
    });
    expect(
      output
        .split('\n')
        .filter((line) => line.includes('error TS'))
        .slice(0, 20),
    ).toEqual([]);
    expect(code).toBe(0);
  }, 180_000);
});
