import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WebSocketLike } from './chat-connection.js';
import { chatOpeners } from './open-chat.js';

const urls: string[] = [];
class RecordingSocket implements WebSocketLike {
  onmessage = null;
  onclose = null;
  onerror = null;
  constructor(url: string) {
    urls.push(url);
  }
  send = () => undefined;
  close = () => undefined;
}

afterEach(() => {
  urls.length = 0;
  vi.unstubAllGlobals();
});

const openers = (baseUrl: string, WebSocket?: typeof RecordingSocket) =>
  chatOpeners({
    baseUrl,
    freshAccessToken: () => Promise.resolve('t'),
    options: { ...(WebSocket && { WebSocket }) },
  });

describe('chatOpeners', () => {
  it('opens a group chat at the ws URL of the API, whatever its trailing slashes', async () => {
    const chat = openers('http://api.test//', RecordingSocket).group(7);
    await vi.waitFor(() => expect(urls).toHaveLength(1));
    expect(urls).toEqual(['ws://api.test/ws/groups/7/chat/?token=t']);
    chat.close();
  });

  it('opens a direct chat over wss for an https API, resuming after lastMessageId', async () => {
    const chat = openers('https://api.test', RecordingSocket).direct(3, { lastMessageId: 9 });
    await vi.waitFor(() => expect(urls).toHaveLength(1));
    expect(urls).toEqual(['wss://api.test/ws/chat/3/?token=t&last_message_id=9']);
    chat.close();
  });

  it('uses the global WebSocket when none is given', async () => {
    vi.stubGlobal('WebSocket', RecordingSocket);
    const chat = openers('http://api.test').group(1);
    await vi.waitFor(() => expect(urls).toHaveLength(1));
    chat.close();
  });

  it('throws, saying what to pass, when there is no WebSocket at all', () => {
    vi.stubGlobal('WebSocket', undefined);
    expect(() => openers('http://api.test').group(1)).toThrow(
      'No WebSocket here: pass createClient({ chat: { WebSocket } }), e.g. the `ws` package on Node 20.',
    );
  });
});
