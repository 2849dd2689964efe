import { describe, expect, it } from 'vitest';
import { isChatSocketPath, parseRoomPath } from './room-paths.js';

describe('parseRoomPath', () => {
  it('reads both chat URLs with a canonical id, with or without the trailing slash', () => {
    expect(parseRoomPath('/ws/groups/12/chat/')).toEqual({ kind: 'group', groupId: 12 });
    expect(parseRoomPath('/ws/chat/7')).toEqual({ kind: 'direct', conversationId: 7 });
  });

  it.each(['01', '007', '0', '1.0', '1e0', '0x1', '+1', '%201', '-1', '2147483648', 'abc'])(
    'names no room for the id %s (DESIGN §2)',
    (id) => {
      expect(parseRoomPath(`/ws/groups/${id}/chat/`)).toBeNull();
      expect(parseRoomPath(`/ws/chat/${id}/`)).toBeNull();
      // Still a chat socket URL: the socket opens and is closed 4004, as for any unknown room.
      expect(isChatSocketPath(`/ws/chat/${id}/`)).toBe(true);
    },
  );
});
