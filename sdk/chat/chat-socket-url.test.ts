import { describe, expect, it } from 'vitest';
import { chatSocketUrl } from './chat-socket-url.js';

describe('chatSocketUrl', () => {
  it('carries the token, escaped, and no cursor before one is known', () => {
    expect(chatSocketUrl('ws://chat.test/ws/chat/1/', 'a b&c', null)).toBe(
      'ws://chat.test/ws/chat/1/?token=a+b%26c',
    );
  });

  it('carries last_message_id once known, 0 included', () => {
    expect(chatSocketUrl('ws://chat.test/ws/chat/1/', 't', 42)).toBe(
      'ws://chat.test/ws/chat/1/?token=t&last_message_id=42',
    );
    expect(chatSocketUrl('ws://chat.test/ws/chat/1/', 't', 0)).toBe(
      'ws://chat.test/ws/chat/1/?token=t&last_message_id=0',
    );
  });
});
