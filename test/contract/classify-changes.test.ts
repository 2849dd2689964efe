import { describe, expect, it } from 'vitest';
import { contract } from '../../contract/index.js';
import { createAsyncApiDocument } from '../../server/http/docs/asyncapi-document.js';
import { createOpenApiDocument } from '../../server/http/docs/openapi-document.js';
import { breakingChangeRefusal } from './api-drift/api-snapshots.js';
import { classifyChanges } from './api-drift/classify-changes.js';

/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- planting changes in plain JSON documents */
type Planted = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Two areas keep each comparison quick; the rules do not depend on the document's size.
const openApi = createOpenApiDocument({ auth: contract.auth, sessions: contract.sessions });
const asyncApi = createAsyncApiDocument();

function planted(base: Planted, change: (document: Planted) => void): Planted {
  const after = structuredClone(base);
  change(after);
  return after;
}

const kindOf = (base: Planted, change: (document: Planted) => void, kind: 'openapi' | 'asyncapi') => {
  const report = classifyChanges(base, planted(base, change), kind);
  if (report.breaking.length > 0) return 'breaking';
  return report.additive.length > 0 ? 'additive' : report.annotations.length > 0 ? 'words' : 'none';
};

describe('classifying a change of the OpenAPI document', () => {
  it.each<[string, (document: Planted) => void]>([
    ['an operation removed', (d) => delete d.paths['/api/sessions/{id}/join/'].post],
    ['a status removed', (d) => delete d.paths['/api/sessions/{id}/join/'].post.responses['404']],
    ['a response field removed', (d) => delete d.components.schemas.User.properties.bio],
    [
      'a request field narrowed',
      (d) => (d.components.schemas.LoginRequest.properties.password.maxLength = 10),
    ],
    [
      'a response field’s type changed',
      (d) => (d.components.schemas.User.properties.bio = { type: 'integer' }),
    ],
    ['a request field newly required', (d) => (d.components.schemas.JoinSessionRequest.required = ['notes'])],
    ['an enum value removed', (d) => d.components.schemas.SessionStatus.enum.pop()],
    ['an enum value of answers only removed', (d) => d.components.schemas.UserStatus.enum.pop()],
  ])('calls %s breaking', (_name, change) => {
    expect(kindOf(openApi, change, 'openapi')).toBe('breaking');
  });

  it.each<[string, (document: Planted) => void]>([
    [
      'an operation added',
      (d) =>
        (d.paths['/api/new/'] = { get: { operationId: 'x', responses: { 200: { description: 'OK' } } } }),
    ],
    ['a response field added', (d) => (d.components.schemas.User.properties.nickname = { type: 'string' })],
    [
      'an optional request field added',
      (d) => (d.components.schemas.LoginRequest.properties.remember = { type: 'boolean' }),
    ],
  ])('calls %s additive', (_name, change) => {
    expect(kindOf(openApi, change, 'openapi')).toBe('additive');
  });

  it('calls a new description words only, and no change none', () => {
    expect(kindOf(openApi, (d) => (d.info.description = 'Other words.'), 'openapi')).toBe('words');
    expect(kindOf(openApi, () => undefined, 'openapi')).toBe('none');
  });
});

describe('classifying a change of the AsyncAPI document', () => {
  it.each<[string, (document: Planted) => void]>([
    ['an operation removed', (d) => delete d.operations['groupChat.send.typing_indicator']],
    [
      'a field of a sent event removed',
      (d) => delete d.components.schemas.ChatMessageEvent.properties.sender_name,
    ],
    [
      'a field a client sends newly required',
      (d) => d.components.schemas.SendChatMessageEvent.required.push('client_id'),
    ],
  ])('calls %s breaking', (_name, change) => {
    expect(kindOf(asyncApi, change, 'asyncapi')).toBe('breaking');
  });

  it('calls a new field of a sent event additive', () => {
    const change = (d: Planted) =>
      (d.components.schemas.ChatMessageEvent.properties.edited = { type: 'boolean' });
    expect(kindOf(asyncApi, change, 'asyncapi')).toBe('additive');
  });
});

describe('accepting a breaking change', () => {
  const before = { info: { version: '1.0.0' } };
  const changelog = '# Changelog\n\n## 2.0.0\n\n- Removed a field.\n\n## 1.0.0\n';

  it('needs a new major version', () => {
    expect(breakingChangeRefusal(before, { info: { version: '1.1.0' } }, changelog)).toMatch(
      /new major version/,
    );
  });

  it('needs a CHANGELOG.md entry under that version', () => {
    expect(breakingChangeRefusal(before, { info: { version: '3.0.0' } }, changelog)).toMatch(/## 3\.0\.0/);
  });

  it('is accepted with both', () => {
    expect(breakingChangeRefusal(before, { info: { version: '2.0.0' } }, changelog)).toBeNull();
  });
});
