import { describe, expect, it } from 'vitest';
import { ChatClosedError, ChatSendError } from './connection-state.js';

describe('chat errors', () => {
  it('names a refused send ChatSendError and carries the server’s error', () => {
    const error = { code: 'server_error' as const, message: 'Slow down.', serverCode: 'rate_limited' };
    const thrown = new ChatSendError(error);
    expect(thrown).toBeInstanceOf(Error);
    expect([thrown.name, thrown.message, thrown.error]).toEqual(['ChatSendError', 'Slow down.', error]);
  });

  it('names a send ended by closing ChatClosedError, with the reason when there was one', () => {
    const reason = { code: 'closed_by_server' as const, message: 'Forbidden.', closeCode: 4003 };
    expect(new ChatClosedError(reason)).toMatchObject({
      name: 'ChatClosedError',
      message: 'Forbidden.',
      reason,
    });
    expect(new ChatClosedError(null)).toMatchObject({
      name: 'ChatClosedError',
      message: 'The chat connection was closed.',
      reason: null,
    });
  });
});
