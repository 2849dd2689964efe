import { describe, expect, it } from 'vitest';
import type { PrivacyLevel } from '../../contract/index.js';
import { signUp, type SignedInUser } from '../support/factories.js';
import { connect, sendRequest } from '../support/matching.js';
import { useTarget } from '../targets/index.js';

const target = useTarget('each');
const ORIGIN = { latitude: 21.0285, longitude: 105.8542 };
/** `km` kilometres north of the origin. */
const north = (km: number) => ({ latitude: ORIGIN.latitude + km / 111.195, longitude: ORIGIN.longitude });

async function learnerAt(km: number, privacy_level: PrivacyLevel = 'open'): Promise<SignedInUser> {
  const user = await signUp(target.current, { privacy_level });
  await user.client.location.update({ body: north(km) });
  return user;
}

async function discovered(me: SignedInUser, radius?: number) {
  const response = await me.client.discover.nearbyLearners({ query: radius === undefined ? {} : { radius } });
  if (response.status !== 200) throw new Error(`discover failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

describe('GET /api/discover/nearby-learners/', () => {
  it('needs the caller’s location', async () => {
    const me = await signUp(target.current);
    expect((await me.client.discover.nearbyLearners()).status).toBe(400);
  });

  it('lists learners nearest first within the caller’s learning radius by default', async () => {
    const me = await signUp(target.current, { learning_radius_km: 5 });
    await me.client.location.update({ body: ORIGIN });
    const far = await learnerAt(4);
    const near = await learnerAt(1);
    await learnerAt(8);
    const body = await discovered(me);
    expect(body.radius_km).toBe(5);
    expect(body.results.map((user) => [user.id, user.distance_km])).toEqual([
      [near.user.id, 1],
      [far.user.id, 4],
    ]);
    expect(body.results[0]).toMatchObject({
      email: near.email,
      latitude: north(1).latitude,
      longitude: ORIGIN.longitude,
    });
    expect((await discovered(me, 10)).count).toBe(3);
  });

  it('excludes the caller, connected users and anyone with a request either way, in any state', async () => {
    const me = await signUp(target.current);
    await me.client.location.update({ body: ORIGIN });
    const [connected, asked, askedMe, rejected, stranger] = await Promise.all(
      [1, 1, 1, 1, 1].map((km) => learnerAt(km)),
    );
    await connect(me, connected!);
    await sendRequest(me, asked!);
    await sendRequest(askedMe!, me);
    const request = await sendRequest(me, rejected!);
    await rejected!.client.matching.rejectRequest({ params: { id: request.id } });
    expect((await discovered(me)).results.map((user) => user.id)).toEqual([stranger!.user.id]);
  });

  it('never shows private users', async () => {
    const me = await signUp(target.current);
    await me.client.location.update({ body: ORIGIN });
    await learnerAt(1, 'private');
    expect((await discovered(me)).count).toBe(0);
  });

  it('shows friends_of_friends users only within two accepted connections', async () => {
    const me = await signUp(target.current);
    await me.client.location.update({ body: ORIGIN });
    const friend = await signUp(target.current);
    await connect(me, friend);
    const friendOfFriend = await learnerAt(1, 'friends_of_friends');
    await learnerAt(2, 'friends_of_friends');
    expect((await discovered(me)).count).toBe(0);
    await connect(friend, friendOfFriend);
    expect((await discovered(me)).results.map((user) => user.id)).toEqual([friendOfFriend.user.id]);
  });

  it('leaves out banned users and users without a location', async () => {
    const me = await signUp(target.current);
    await me.client.location.update({ body: ORIGIN });
    const banned = await learnerAt(1);
    await target.current.setUserStatus(banned.email, 'banned');
    await signUp(target.current);
    expect((await discovered(me)).count).toBe(0);
  });
});
