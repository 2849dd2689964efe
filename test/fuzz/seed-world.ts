import { signUp, type SignedInUser } from '../support/factories.js';
import { createGroup } from '../support/groups.js';
import { connect, sendRequest } from '../support/matching.js';
import {
  addUserGoal,
  addUserSubject,
  createCity,
  createGoal,
  createSchool,
  createSubject,
} from '../support/reference-data.js';
import { hostSession } from '../support/sessions.js';
import type { Target } from '../targets/index.js';
import type { CallerTokens } from './run-fuzz.js';

/** Somewhere ordinary, so the fuzzer's own extreme rows are what sits near 0. */
const HANOI = { latitude: 21.0285, longitude: 105.8542 };

/**
 * A little of everything, so ids 1 to 3 in paths name real rows and creating routes find what
 * they refer to: the caller (staff, so reference data can be edited and deleted), a peer
 * connected to it with a conversation and a message, a stranger with a pending request to it,
 * a school, a city, a subject, a goal, the caller's own subject and goal, a session and a
 * group of each of them, with the peer a member of the caller's group.
 * @returns the caller's tokens, for raw requests
 */
export async function seedWorld(target: Target): Promise<CallerTokens> {
  const caller = await signUp(target);
  const peer = await signUp(target);
  const stranger = await signUp(target);
  await target.makeStaff(caller.email);
  for (const user of [caller, peer, stranger]) await standAt(user, HANOI);

  const city = await createCity(caller, { name: 'Hanoi', ...HANOI });
  await createSchool(caller, { name: 'Hanoi University of Science', city: city.id, ...HANOI });
  const subject = await createSubject(caller);
  const goal = await createGoal(caller);
  await addUserSubject(caller, { subject: subject.id });
  await addUserGoal(caller, { goal: goal.id, target_value: 2 });

  await hostSession(target, caller, { subject: subject.id, ...HANOI });
  const peersSession = await hostSession(target, peer, { title: 'Peer review' });
  await peer.client.sessions.join({ params: { id: peersSession.id }, body: {} });
  const group = await createGroup(caller, { subject_ids: [subject.id], ...HANOI });
  await createGroup(peer, { name: 'Peer group' });
  await peer.client.groups.join({ params: { id: group.id }, body: { message: 'Hi' } });
  await caller.client.groupMessages.send({ params: { groupId: group.id }, body: { content: 'Welcome' } });

  const connection = await connect(caller, peer);
  await sendRequest(stranger, caller);
  await say(peer, connection.id);
  return tokensOf(caller);
}

async function standAt(user: SignedInUser, point: typeof HANOI) {
  const response = await user.client.location.update({ body: point });
  if (response.status !== 200) throw new Error(`location failed: ${JSON.stringify(response.body)}`);
}

async function say(user: SignedInUser, connectionId: number) {
  const opened = await user.client.chat.conversationByConnection({ query: { connection_id: connectionId } });
  if (opened.status !== 200) throw new Error(`no conversation: ${JSON.stringify(opened.body)}`);
  await user.client.chat.sendMessage({ body: { conversation: opened.body.id, content: 'Hello there' } });
}

function tokensOf(user: SignedInUser): CallerTokens {
  const tokens = user.client.tokens.get();
  if (!tokens) throw new Error('The caller has no tokens after signing up');
  return { access: tokens.access, refresh: tokens.refresh };
}
