import { describe, expect, it } from 'vitest';
import { signUp } from '../support/factories.js';
import { connect, sendRequest } from '../support/matching.js';
import { statusAndBody } from '../support/responses.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();

describe('POST /api/matching/requests/', () => {
  it('sends a pending request with the sender’s and receiver’s profiles', async () => {
    const [alice, bob] = [await signUp(target.current, { bio: 'Hello!' }), await signUp(target.current)];
    const response = await alice.client.matching.sendRequest({
      body: { receiver_id: bob.user.id, message: 'Hi!' },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      sender: { id: alice.user.id, bio: 'Hello!' },
      receiver: { id: bob.user.id },
      state: 'pending',
      message: 'Hi!',
      accepted_at: null,
      can_accept: false,
      can_reject: false,
      can_message: false,
    });
    const seenByBob = await bob.client.matching.getRequest({
      params: { id: response.status === 201 ? response.body.id : 0 },
    });
    expect(seenByBob.body).toMatchObject({ can_accept: true, can_reject: true });
  });

  it('refuses a request to yourself and to an unknown user', async () => {
    const alice = await signUp(target.current);
    const self = await alice.client.matching.sendRequest({ body: { receiver_id: alice.user.id } });
    expect(self.body).toEqual({ receiver_id: ['You cannot send a connection request to yourself.'] });
    const unknown = await alice.client.matching.sendRequest({ body: { receiver_id: 999_999 } });
    expect(unknown.body).toEqual({ receiver_id: ['Invalid pk "999999" - object does not exist.'] });
  });

  it('allows one request per pair, in either direction', async () => {
    const [alice, bob] = [await signUp(target.current), await signUp(target.current)];
    await sendRequest(alice, bob);
    const again = await alice.client.matching.sendRequest({ body: { receiver_id: bob.user.id } });
    const back = await bob.client.matching.sendRequest({ body: { receiver_id: alice.user.id } });
    for (const response of [again, back]) {
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        detail: 'A connection request already exists between you and this user.',
      });
    }
  });

  it('never stores two requests when both users send at the same instant', async () => {
    for (let round = 0; round < 5; round += 1) {
      const [alice, bob] = [await signUp(target.current), await signUp(target.current)];
      const responses = await Promise.all([
        alice.client.matching.sendRequest({ body: { receiver_id: bob.user.id } }),
        bob.client.matching.sendRequest({ body: { receiver_id: alice.user.id } }),
      ]);
      expect(responses.map((response) => response.status).sort()).toEqual([201, 400]);
    }
  });

  it('allows a new request after a reject, and none after a block, from either side', async () => {
    const [alice, bob, carol] = [
      await signUp(target.current),
      await signUp(target.current),
      await signUp(target.current),
    ];
    const first = await sendRequest(alice, bob, 'first');
    await bob.client.matching.rejectRequest({ params: { id: first.id } });
    const second = await sendRequest(alice, bob, 'second');
    expect(second).toMatchObject({ state: 'pending', message: 'second', rejected_at: null });
    const blocked = await sendRequest(alice, carol);
    await carol.client.matching.blockRequest({ params: { id: blocked.id } });
    for (const [from, to] of [
      [alice, carol],
      [carol, alice],
    ] as const) {
      const response = await from.client.matching.sendRequest({ body: { receiver_id: to.user.id } });
      expect(statusAndBody(response)).toEqual({
        status: 400,
        body: { detail: 'You cannot send a connection request to this user.' },
      });
    }
  });
});

describe('DELETE /api/matching/requests/{id}/', () => {
  it('lets the sender cancel a pending request (204), after which a new one can be sent', async () => {
    const [alice, bob] = [await signUp(target.current), await signUp(target.current)];
    const request = await sendRequest(alice, bob);
    const response = await alice.client.matching.cancelRequest({ params: { id: request.id } });
    expect(response.status).toBe(204);
    expect((await alice.client.matching.getRequest({ params: { id: request.id } })).status).toBe(404);
    expect((await bob.client.matching.sendRequest({ body: { receiver_id: alice.user.id } })).status).toBe(
      201,
    );
  });

  it('refuses the receiver with 403, and a request that is no longer pending with 400', async () => {
    const [alice, bob] = [await signUp(target.current), await signUp(target.current)];
    const request = await sendRequest(alice, bob);
    const byReceiver = await bob.client.matching.cancelRequest({ params: { id: request.id } });
    expect(byReceiver.status).toBe(403);
    expect(byReceiver.body).toEqual({ detail: 'Only the sender can cancel this request.' });
    await bob.client.matching.acceptRequest({ params: { id: request.id } });
    const late = await alice.client.matching.cancelRequest({ params: { id: request.id } });
    expect(statusAndBody(late)).toEqual({
      status: 400,
      body: { detail: 'Only a pending request can be cancelled.' },
    });
  });
});

describe('POST /api/matching/requests/{id}/accept/ and reject/', () => {
  it('accepts: the connection and its conversation exist at once', async () => {
    const [alice, bob] = [await signUp(target.current), await signUp(target.current)];
    const accepted = await connect(alice, bob);
    expect(accepted).toMatchObject({ state: 'accepted', can_message: true, can_accept: false });
    expect(accepted.accepted_at).toBe(target.current.clock.now().toISOString());
    const connection = await alice.client.connections.get({ params: { id: accepted.id } });
    expect(connection.body).toMatchObject({
      user: { id: bob.user.id },
      can_message: true,
      conversation_id: expect.any(Number) as unknown,
    });
  });

  it('lets only the receiver answer, and only a pending request', async () => {
    const [alice, bob] = [await signUp(target.current), await signUp(target.current)];
    const request = await sendRequest(alice, bob);
    const bySender = await alice.client.matching.acceptRequest({ params: { id: request.id } });
    expect(bySender.status).toBe(403);
    expect(bySender.body).toEqual({ detail: 'Only the receiver can accept this request.' });
    expect((await alice.client.matching.rejectRequest({ params: { id: request.id } })).status).toBe(403);
    const rejected = await bob.client.matching.rejectRequest({ params: { id: request.id } });
    expect(rejected.body).toMatchObject({ state: 'rejected', can_message: false });
    const again = await bob.client.matching.acceptRequest({ params: { id: request.id } });
    expect(statusAndBody(again)).toEqual({
      status: 400,
      body: { detail: 'Only a pending request can be accepted.' },
    });
  });
});

describe('POST /api/matching/requests/{id}/block/', () => {
  it('lets either side block from pending, accepted or rejected, but not twice', async () => {
    const users = await Promise.all(Array.from({ length: 6 }, () => signUp(target.current)));
    const [a, b, c, d, e, f] = users as [
      (typeof users)[0],
      (typeof users)[0],
      (typeof users)[0],
      (typeof users)[0],
      (typeof users)[0],
      (typeof users)[0],
    ];
    const pending = await sendRequest(a, b);
    expect((await a.client.matching.blockRequest({ params: { id: pending.id } })).body).toMatchObject({
      state: 'blocked',
    });
    const accepted = await connect(c, d);
    expect((await c.client.matching.blockRequest({ params: { id: accepted.id } })).body).toMatchObject({
      state: 'blocked',
      can_message: false,
    });
    const rejected = await sendRequest(e, f);
    await f.client.matching.rejectRequest({ params: { id: rejected.id } });
    expect((await f.client.matching.blockRequest({ params: { id: rejected.id } })).status).toBe(200);
    const twice = await b.client.matching.blockRequest({ params: { id: pending.id } });
    expect(statusAndBody(twice)).toEqual({
      status: 400,
      body: { detail: 'This connection is already blocked.' },
    });
  });
});

describe('listing requests', () => {
  it('lists sent and received requests with a state filter, and pending ones in {sent, received}', async () => {
    const [me, a, b, c] = await Promise.all(Array.from({ length: 4 }, () => signUp(target.current)));
    const toA = await sendRequest(me!, a!);
    const fromB = await sendRequest(b!, me!);
    const toC = await sendRequest(me!, c!);
    await c!.client.matching.acceptRequest({ params: { id: toC.id } });
    const ids = (response: { status: number; body: unknown }) =>
      (response.body as { results: { id: number }[] }).results.map((row) => row.id).sort((x, y) => x - y);
    expect(ids(await me!.client.matching.listRequests())).toEqual(
      [toA.id, fromB.id, toC.id].sort((x, y) => x - y),
    );
    expect(ids(await me!.client.matching.sentRequests())).toEqual([toA.id, toC.id].sort((x, y) => x - y));
    expect(ids(await me!.client.matching.sentRequests({ query: { state: 'accepted' } }))).toEqual([toC.id]);
    expect(ids(await me!.client.matching.receivedRequests())).toEqual([fromB.id]);
    const pending = await me!.client.matching.pendingRequests();
    expect(pending.body).toMatchObject({
      sent: [{ id: toA.id, state: 'pending' }],
      received: [{ id: fromB.id, sender_name: b!.user.full_name }],
    });
  });

  it("answers 404 for someone else's request", async () => {
    const [alice, bob, eve] = [
      await signUp(target.current),
      await signUp(target.current),
      await signUp(target.current),
    ];
    const request = await sendRequest(alice, bob);
    expect((await eve.client.matching.getRequest({ params: { id: request.id } })).status).toBe(404);
    expect((await eve.client.matching.blockRequest({ params: { id: request.id } })).status).toBe(404);
  });
});

describe('/api/matching/connections/', () => {
  it('lists accepted connections only, from the caller’s side', async () => {
    const [me, a, b] = [
      await signUp(target.current),
      await signUp(target.current),
      await signUp(target.current),
    ];
    const accepted = await connect(me, a);
    await sendRequest(me, b);
    const response = await me.client.connections.list();
    expect(response.status === 200 && response.body.results).toEqual([
      expect.objectContaining({
        id: accepted.id,
        user: expect.objectContaining({ id: a.user.id }) as unknown,
        connection_state: 'accepted',
      }),
    ]);
  });

  it('answers 404 for a request that was never accepted', async () => {
    const [me, a] = [await signUp(target.current), await signUp(target.current)];
    const request = await sendRequest(me, a);
    expect((await me.client.connections.get({ params: { id: request.id } })).status).toBe(404);
  });

  it('counts requests and connections in statistics/', async () => {
    const [me, a, b, c] = await Promise.all(Array.from({ length: 4 }, () => signUp(target.current)));
    await sendRequest(me!, a!);
    await sendRequest(b!, me!);
    await connect(me!, c!);
    const response = await me!.client.connections.statistics();
    expect(response.body).toEqual({
      sent_pending: 1,
      received_pending: 1,
      accepted_connections: 1,
      total_requests: 2,
    });
  });

  it('describes the pair from the caller (user1) and the other user (user2) in status/', async () => {
    const [me, a, b] = [
      await signUp(target.current),
      await signUp(target.current),
      await signUp(target.current),
    ];
    await sendRequest(a, me);
    expect((await me.client.connections.status({ params: { userId: a.user.id } })).body).toEqual({
      connected: false,
      can_message: false,
      user1_sent: false,
      user2_sent: true,
      user1_request_state: null,
      user2_request_state: 'pending',
    });
    await connect(me, b);
    expect((await me.client.connections.status({ params: { userId: b.user.id } })).body).toMatchObject({
      connected: true,
      can_message: true,
      user1_sent: true,
      user1_request_state: 'accepted',
    });
    expect((await me.client.connections.status({ params: { userId: 999_999 } })).status).toBe(404);
  });
});
