import { describe, expect, it } from 'vitest';
import { CloseCode, ChatSocketPaths } from '../../contract/index.js';
import { accessTokenOf, signUp } from '../support/factories.js';
import { createGroup } from '../support/groups.js';
import { connect, conversationOf } from '../support/matching.js';
import { closeCodeOf, openJoinedSocket, openSocket } from '../support/sockets.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();

describe('chat sockets: room ids in the URL (DESIGN §2)', () => {
  it('opens a room by its canonical id', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin);
    const socket = await openJoinedSocket(target.current, ChatSocketPaths.group(group.id), {
      token: accessTokenOf(admin),
    });
    socket.close();
  });

  it.each(['0', '00'])('closes with 4004 a group room written with a leading %s', async (zeros) => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin);
    const socket = openSocket(target.current, `/ws/groups/${zeros}${group.id}/chat/`, {
      token: accessTokenOf(admin),
    });
    expect(await closeCodeOf(socket)).toBe(CloseCode.unknownRoom);
    expect(socket.events).toEqual([]);
  });

  it('closes with 4004 a direct room written with a leading zero', async () => {
    const [alice, bob] = [await signUp(target.current), await signUp(target.current)];
    const connection = await connect(alice, bob);
    const conversationId = await conversationOf(alice, connection.id);
    const canonical = await openJoinedSocket(target.current, ChatSocketPaths.direct(conversationId), {
      token: accessTokenOf(alice),
    });
    canonical.close();
    const socket = openSocket(target.current, `/ws/chat/0${conversationId}/`, {
      token: accessTokenOf(alice),
    });
    expect(await closeCodeOf(socket)).toBe(CloseCode.unknownRoom);
    expect(socket.events).toEqual([]);
  });
});
