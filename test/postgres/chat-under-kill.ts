import type { ServerEvent } from '../../contract/index.js';
import { createClient, type TokenStore } from '../../sdk/index.js';
import { killAndProveDead, type ServerProcess } from '../support/child-processes.js';

/**
 * Chat through a kill -9: two members of a group send numbered messages with client_ids over
 * their sockets, the server is SIGKILLed at a random moment mid-stream, and after the restart
 * each resends every client_id it saw no echo (acknowledgement) for, as the SDK's outbox does.
 */
const MESSAGES_PER_SENDER = 12;
/** Longest pause between two messages of one sender: the server always has some to handle. */
const MAX_PAUSE_MS = 5;
/** The kill comes this long at most after its echo count: at any point of a message's handling. */
const MAX_KILL_DELAY_MS = 10;
const ACK_TIMEOUT_MS = 20_000;

interface Sender {
  id: number;
  token: string;
  /** In the order sent; each message's content is its client_id. */
  clientIds: string[];
}

export interface RoomUnderTest {
  groupId: number;
  /** A member's tokens, to read the room over REST on whichever server runs. */
  readerTokens: TokenStore;
  senders: Sender[];
}

/** client_id → the message id its echo carried. */
export type Acknowledgements = Map<string, number>;

/** A new group and two new members of it, `label` naming their messages. */
export async function prepareRoom(url: string, label: string): Promise<RoomUnderTest> {
  const register = async (name: string) => {
    const client = createClient({ baseUrl: url });
    const password = 'durable-pass-1';
    const email = `${label}.${name}.${Date.now()}@example.com`;
    const response = await client.auth.register({ body: { email, password, password_confirm: password } });
    if (response.status !== 201) throw new Error(`register: ${JSON.stringify(response.body)}`);
    const clientIds = Array.from({ length: MESSAGES_PER_SENDER }, (_, index) => `${label}-${name}-${index}`);
    return { client, sender: { id: response.body.user.id, token: response.body.tokens.access, clientIds } };
  };
  const [host, guest] = await Promise.all([register('host'), register('guest')]);
  const group = await host.client.groups.create({
    body: { name: `Chat ${label} ${Date.now()}`, description: '' },
  });
  if (group.status !== 201) throw new Error(`group: ${JSON.stringify(group.body)}`);
  const joined = await guest.client.groups.join({ params: { id: group.body.id }, body: {} });
  if (joined.status !== 200) throw new Error(`join: ${JSON.stringify(joined.body)}`);
  return { groupId: group.body.id, readerTokens: host.client.tokens, senders: [host.sender, guest.sender] };
}

interface ChatSocket {
  acks: Acknowledgements;
  errors: ServerEvent[];
  send(clientId: string): void;
  isOpen(): boolean;
  close(): void;
  closed: Promise<void>;
}

/** A sender's socket in the room, open once `connection_established` came; `onAck` per own echo. */
function openChat(
  url: string,
  room: RoomUnderTest,
  { sender, onAck }: { sender: Sender; onAck: (acks: Acknowledgements) => void },
): Promise<ChatSocket> {
  const origin = url.replace(/^http/, 'ws');
  const socket = new WebSocket(`${origin}/ws/groups/${room.groupId}/chat/?token=${sender.token}`);
  const acks: Acknowledgements = new Map();
  const errors: ServerEvent[] = [];
  const closed = new Promise<void>((resolve) => socket.addEventListener('close', () => resolve()));
  return new Promise((resolve, reject) => {
    socket.addEventListener('message', (message) => {
      const event = JSON.parse(String(message.data)) as ServerEvent;
      if (event.type === 'connection_established') {
        resolve({
          acks,
          errors,
          closed,
          send: (clientId) =>
            socket.send(JSON.stringify({ type: 'chat_message', content: clientId, client_id: clientId })),
          isOpen: () => socket.readyState === WebSocket.OPEN,
          close: () => socket.close(),
        });
      } else if (event.type === 'error') {
        errors.push(event);
      } else if (event.type === 'chat_message' && event.sender_id === sender.id && event.client_id) {
        if (acks.has(event.client_id)) return;
        acks.set(event.client_id, event.message_id);
        onAck(acks);
      }
    });
    void closed.then(() => reject(new Error(`The chat socket closed before it opened (${url})`)));
  });
}

/** A promise settled by `wake()`; it rejects after `timeoutMs`, naming what was awaited. */
function signal(timeoutMs: number, label: () => string) {
  let resolveDone!: () => void;
  let timer: NodeJS.Timeout | undefined;
  const done = new Promise<void>((resolve, reject) => {
    resolveDone = resolve;
    timer = setTimeout(() => reject(new Error(`Timed out: ${label()}`)), timeoutMs);
  });
  const wake = () => {
    clearTimeout(timer);
    resolveDone();
  };
  return { done, wake };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Both senders send their messages, paced at random; after a random number of echoes the server
 * is SIGKILLed and proven dead. Answers the acknowledgements the senders got before it died.
 */
export async function chatUntilKilled(
  server: ServerProcess,
  room: RoomUnderTest,
  random: () => number,
): Promise<Acknowledgements> {
  const total = room.senders.length * MESSAGES_PER_SENDER;
  const killAfter = 1 + Math.floor(random() * (total - 1));
  const killDelay = random() * MAX_KILL_DELAY_MS;
  const pauses = room.senders.map(() =>
    room.senders[0]!.clientIds.map(() => Math.floor(random() * MAX_PAUSE_MS)),
  );
  let acknowledged = 0;
  const threshold = signal(ACK_TIMEOUT_MS, () => `${acknowledged} of ${killAfter} echoes before the kill`);
  const onAck = () => {
    acknowledged += 1;
    if (acknowledged === killAfter) threshold.wake();
  };
  const sockets = await Promise.all(
    room.senders.map((sender) => openChat(server.url, room, { sender, onAck })),
  );
  const sending = Promise.all(
    sockets.map(async (socket, index) => {
      const sender = room.senders[index]!;
      for (const [position, clientId] of sender.clientIds.entries()) {
        if (!socket.isOpen()) return;
        socket.send(clientId);
        await pause(pauses[index]![position]!);
      }
    }),
  );
  await threshold.done;
  await pause(killDelay);
  await killAndProveDead(server.child, server.port);
  await Promise.all(sockets.map((socket) => socket.closed));
  await sending;
  const errors = sockets.flatMap((socket) => socket.errors);
  if (errors.length > 0) throw new Error(`The server refused messages: ${JSON.stringify(errors)}`);
  return new Map(sockets.flatMap((socket) => [...socket.acks]));
}

/**
 * Each sender resends, in order, every client_id it has no acknowledgement for; and, as a client
 * whose last echo got lost would, its last acknowledged one. Answers the echoes.
 */
export async function resendAfterRestart(
  url: string,
  room: RoomUnderTest,
  acknowledged: Acknowledgements,
): Promise<Acknowledgements> {
  const echoes: Acknowledgements = new Map();
  for (const sender of room.senders) {
    const lastAcknowledged = sender.clientIds.filter((clientId) => acknowledged.has(clientId)).slice(-1);
    const pending = [
      ...lastAcknowledged,
      ...sender.clientIds.filter((clientId) => !acknowledged.has(clientId)),
    ];
    if (pending.length === 0) continue;
    const settled = signal(ACK_TIMEOUT_MS, () => `echoes of ${pending.join(', ')}`);
    const onAck = (acks: Acknowledgements) => {
      if (pending.every((clientId) => acks.has(clientId))) settled.wake();
    };
    const socket = await openChat(url, room, { sender, onAck });
    for (const clientId of pending) socket.send(clientId);
    await settled.done.finally(() => socket.close());
    if (socket.errors.length > 0) throw new Error(`Resend refused: ${JSON.stringify(socket.errors)}`);
    for (const [clientId, messageId] of socket.acks) echoes.set(clientId, messageId);
  }
  return echoes;
}

/** The room's stored messages, oldest first: content (= client_id), id and sender. */
export async function storedMessages(url: string, room: RoomUnderTest) {
  const reader = createClient({ baseUrl: url, tokens: room.readerTokens });
  const page = await reader.groupMessages.list({
    params: { groupId: room.groupId },
    query: { after: 0, page_size: 100 },
  });
  if (page.status !== 200) throw new Error(`messages: ${JSON.stringify(page.body)}`);
  if (page.body.next !== null) throw new Error('More messages than one page: the check would miss some');
  return page.body.results
    .map((message) => ({ id: message.id, content: message.content, senderId: message.sender.id }))
    .sort((first, second) => first.id - second.id);
}
