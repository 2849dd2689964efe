import { describe, expect, it } from 'vitest';
import { signUp } from '../support/factories.js';
import { addActiveMember, createGroup } from '../support/groups.js';
import { bodyOf } from '../support/responses.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();

async function chattyGroup(messages: number) {
  const admin = await signUp(target.current);
  const group = await createGroup(admin);
  const member = await addActiveMember(target.current, admin, group);
  const ids: number[] = [];
  for (let index = 1; index <= messages; index += 1) {
    const sender = index % 2 === 0 ? member : admin;
    // A conversation's pace, under the rate limit (20 per 10 s per user and room) on the target's clock.
    target.current.clock.advance(500);
    const sent = await sender.client.groupMessages.send({
      params: { groupId: group.id },
      body: { content: `m${index}` },
    });
    ids.push(bodyOf(sent, 201, `sending m${index}`).id);
  }
  return { admin, member, group, groupId: group.id, ids };
}

describe('GET /api/groups/{group_id}/messages/', () => {
  it('lists newest first, 50 a page', async () => {
    const { admin, groupId } = await chattyGroup(52);
    const first = await admin.client.groupMessages.list({ params: { groupId } });
    expect(first.status).toBe(200);
    if (first.status !== 200) return;
    expect(first.body.count).toBe(52);
    expect(first.body.results).toHaveLength(50);
    expect(first.body.results[0]?.content).toBe('m52');
    const second = await admin.client.groupMessages.list({ params: { groupId }, query: { page: 2 } });
    expect(second.status === 200 && second.body.results.map((message) => message.content)).toEqual([
      'm2',
      'm1',
    ]);
  });

  it('answers messages after a cursor oldest first, and before a cursor newest first', async () => {
    const { admin, groupId, ids } = await chattyGroup(5);
    const after = await admin.client.groupMessages.list({ params: { groupId }, query: { after: ids[1] } });
    expect(after.status === 200 && after.body.results.map((message) => message.content)).toEqual([
      'm3',
      'm4',
      'm5',
    ]);
    const before = await admin.client.groupMessages.list({ params: { groupId }, query: { before: ids[2] } });
    expect(before.status === 200 && before.body.results.map((message) => message.content)).toEqual([
      'm2',
      'm1',
    ]);
    const limited = await admin.client.groupMessages.list({
      params: { groupId },
      query: { after: 0, limit: 2 },
    });
    expect(limited.status === 200 && limited.body.results.map((message) => message.content)).toEqual([
      'm1',
      'm2',
    ]);
  });

  it("counts the messages in a cursor's window, whatever the ids around it", async () => {
    const { admin, groupId, ids } = await chattyGroup(5);
    const [m1, m2, , , m5] = ids as [number, number, number, number, number];
    const countOf = async (query: { after?: number; before?: number; limit?: number }) => {
      const response = await admin.client.groupMessages.list({ params: { groupId }, query });
      return response.status === 200 ? [response.body.count, response.body.results.length] : response.status;
    };
    expect(await countOf({})).toEqual([5, 5]);
    expect(await countOf({ after: m2 })).toEqual([3, 3]);
    expect(await countOf({ before: m5 })).toEqual([4, 4]);
    expect(await countOf({ after: m1, before: m5 })).toEqual([3, 3]);
    expect(await countOf({ after: 0, limit: 2 })).toEqual([5, 2]);
    // Ids that are no message of this conversation: before the first, past the last, between.
    expect(await countOf({ after: m5 + 1_000 })).toEqual([0, 0]);
    expect(await countOf({ before: m1 })).toEqual([0, 0]);
    const [elsewhere] = (await chattyGroup(1)).ids as [number];
    expect(await countOf({ before: elsewhere })).toEqual([5, 5]);
    expect(await countOf({ after: m5, before: m1 })).toEqual([0, 0]);
  });

  it("shows is_read per caller: true for one's own messages and for others' once read", async () => {
    const { member, groupId } = await chattyGroup(2);
    const before = await member.client.groupMessages.list({ params: { groupId } });
    expect(
      before.status === 200 && before.body.results.map((message) => [message.content, message.is_read]),
    ).toEqual([
      ['m2', true],
      ['m1', false],
    ]);
    await member.client.groupMessages.markRead({ params: { groupId }, body: {} });
    const after = await member.client.groupMessages.list({ params: { groupId } });
    expect(after.status === 200 && after.body.results.every((message) => message.is_read)).toBe(true);
  });
});

describe('POST /api/groups/{group_id}/messages/', () => {
  it('stores trimmed content and answers the message with its sender', async () => {
    const { admin, groupId } = await chattyGroup(0);
    const response = await admin.client.groupMessages.send({
      params: { groupId },
      body: { content: '  Hello all  ' },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      content: 'Hello all',
      sender: { id: admin.user.id },
      is_read: true,
    });
  });

  it('refuses empty content and content over 5000 characters', async () => {
    const { admin, groupId } = await chattyGroup(0);
    const blank = await admin.client.groupMessages.send({ params: { groupId }, body: { content: '   ' } });
    expect(blank.body).toEqual({ content: ['This field may not be blank.'] });
    const long = await admin.client.groupMessages.send({
      params: { groupId },
      body: { content: 'x'.repeat(5001) },
    });
    expect(long.body).toEqual({ content: ['Ensure this field has no more than 5000 characters.'] });
  });

  it('refuses people who are not active members, such as a member who left', async () => {
    const { member, groupId } = await chattyGroup(0);
    await member.client.groups.leave({ params: { id: groupId } });
    const response = await member.client.groupMessages.send({
      params: { groupId },
      body: { content: 'still here?' },
    });
    expect(response.status).toBe(403);
  });
});

describe('POST /api/groups/{group_id}/messages/mark_read/', () => {
  it("marks only other people's messages and answers the count", async () => {
    const { member, groupId } = await chattyGroup(5);
    const response = await member.client.groupMessages.markRead({ params: { groupId }, body: {} });
    expect(response.body).toEqual({ message: '3 messages marked as read.', marked_count: 3 });
    const again = await member.client.groupMessages.markRead({ params: { groupId }, body: {} });
    expect(again.body).toEqual({ message: '0 messages marked as read.', marked_count: 0 });
  });

  it('marks only the listed messages when given ids, ignoring ones of another conversation', async () => {
    const { member, groupId, ids } = await chattyGroup(5);
    const elsewhere = await chattyGroup(1);
    const response = await member.client.groupMessages.markRead({
      params: { groupId },
      body: { message_ids: [ids[0]!, ids[1]!, elsewhere.ids[0]!] },
    });
    expect(response.body).toEqual({ message: '1 messages marked as read.', marked_count: 1 });
  });
});
