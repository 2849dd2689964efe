import { describe, expect, it } from 'vitest';
import { contract } from '../../../contract/index.js';
import { createMemoryStore } from '../../adapters/memory-store/create-memory-store.js';
import { createCoreServices } from '../../create-core-services.js';
import { createApiHandler } from '../../dispatcher/handle-api-request.js';
import type { ChatEvent } from '../../ports/chat-events.js';
import { createPbkdf2PasswordHasher } from '../../adapters/security/pbkdf2-password-hasher.js';
import { useCases } from '../index.js';

describe('group messages and the chat events port', () => {
  it('announces a message sent over REST once, and a mark_read as messages_read', async () => {
    const services = createCoreServices({
      store: createMemoryStore(),
      hasher: createPbkdf2PasswordHasher(1_000),
    });
    const events: ChatEvent[] = [];
    services.events.subscribe((event) => events.push(event));
    const handle = createApiHandler(services, { contract, useCases });
    const call = async (method: string, path: string, options: { token?: string; body?: unknown } = {}) => {
      const response = await handle({
        method,
        url: `http://api.test${path}`,
        authorization: options.token ? `Bearer ${options.token}` : null,
        contentType: 'application/json',
        body: options.body === undefined ? null : JSON.stringify(options.body),
      });
      return response.body as Record<string, never>;
    };
    const register = async (email: string) => {
      const body = await call('POST', '/api/auth/register/', {
        body: { email, password: 'long-enough-1', password_confirm: 'long-enough-1' },
      });
      return (body['tokens'] as unknown as { access: string }).access;
    };
    const admin = await register('admin@example.com');
    const member = await register('member@example.com');
    const group = await call('POST', '/api/groups/', { token: admin, body: { name: 'Events' } });
    await call('POST', `/api/groups/${group['id']}/join/`, { token: member });
    const sent = await call('POST', `/api/groups/${group['id']}/messages/`, {
      token: admin,
      body: { content: 'hi' },
    });
    await call('POST', `/api/groups/${group['id']}/messages/mark_read/`, { token: member, body: {} });
    expect(events).toEqual([
      {
        type: 'message_created',
        conversationId: sent['conversation'],
        message: expect.objectContaining({ id: sent['id'], content: 'hi' }) as unknown,
      },
      {
        type: 'messages_read',
        conversationId: sent['conversation'],
        userId: 2,
        messageIds: [sent['id']],
        readAt: expect.any(Date) as unknown,
      },
    ]);
  });
});
