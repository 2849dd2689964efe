import { describe, expect, it } from 'vitest';
import { signUp } from '../support/factories.js';
import { addActiveMember, createGroup } from '../support/groups.js';
import { bodyOf, statusAndBody } from '../support/responses.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();

describe('POST /api/groups/', () => {
  it('creates an active group whose creator is its only admin', async () => {
    const admin = await signUp(target.current);
    const subject = await target.current.addSubject({ code: 'CS201', name_en: 'Data Structures' });
    const response = await admin.client.groups.create({
      body: {
        name: 'DS club',
        privacy: 'private',
        subject_ids: [subject.id],
        max_members: 25,
        latitude: 10.76,
        longitude: 106.66,
      },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      name: 'DS club',
      created_by: { id: admin.user.id },
      subjects: [subject],
      privacy: 'private',
      status: 'active',
      member_count: 1,
      max_members: 25,
      geom_point: { type: 'Point', coordinates: [106.66, 10.76] },
      is_member: true,
      is_admin: true,
      is_moderator: true,
      can_join: false,
      can_leave: false,
      can_edit: true,
      can_manage_members: true,
      user_role: 'admin',
      user_membership_status: 'active',
      user_membership: { role: 'admin', status: 'active', user: { id: admin.user.id } },
    });
  });

  it('refuses unknown subjects and schools, and a max_members below 2', async () => {
    const admin = await signUp(target.current);
    const response = await admin.client.groups.create({
      body: { name: 'x', subject_ids: [98_765], school: 98_765 },
    });
    expect(response.body).toEqual({
      school: ['Invalid pk "98765" - object does not exist.'],
      subject_ids: ['Invalid pk "98765" - object does not exist.'],
    });
    const tiny = await admin.client.groups.create({ body: { name: 'x', max_members: 1 } });
    expect(tiny.body).toEqual({ max_members: ['Ensure this value is greater than or equal to 2.'] });
  });

  it('creates the group conversation with the group', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin);
    const sent = await admin.client.groupMessages.send({
      params: { groupId: group.id },
      body: { content: 'First!' },
    });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ conversation: expect.any(Number) as unknown, content: 'First!' });
  });
});

describe('PUT/PATCH/DELETE /api/groups/{id}/', () => {
  it('lets an admin edit, and refuses members and moderators with 403', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin);
    const member = await addActiveMember(target.current, admin, group);
    expect(
      (await member.client.groups.update({ params: { id: group.id }, body: { name: 'Mine' } })).status,
    ).toBe(403);
    const response = await admin.client.groups.update({
      params: { id: group.id },
      body: { description: 'New' },
    });
    expect(response.body).toMatchObject({ name: group.name, description: 'New' });
  });

  it('refuses a max_members below the active member count', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin);
    await addActiveMember(target.current, admin, group);
    await addActiveMember(target.current, admin, group);
    const response = await admin.client.groups.update({ params: { id: group.id }, body: { max_members: 2 } });
    expect(response.body).toEqual({
      max_members: ['Cannot be lower than the current number of members (3).'],
    });
  });

  it('archives with DELETE, after which the group is read-only', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin);
    const member = await addActiveMember(target.current, admin, group);
    expect(statusAndBody(await admin.client.groups.archive({ params: { id: group.id } }))).toEqual({
      status: 200,
      body: { message: 'Group archived successfully.' },
    });
    const archived = { status: 400, body: { detail: 'This group is archived and read-only.' } };
    expect(
      statusAndBody(await admin.client.groups.update({ params: { id: group.id }, body: { name: 'x' } })),
    ).toEqual(archived);
    const outsider = await signUp(target.current);
    expect(statusAndBody(await outsider.client.groups.join({ params: { id: group.id }, body: {} }))).toEqual(
      archived,
    );
    const invite = await admin.client.groups.invite({
      params: { id: group.id },
      body: { user_id: outsider.user.id },
    });
    expect(statusAndBody(invite)).toEqual(archived);
    const message = await member.client.groupMessages.send({
      params: { groupId: group.id },
      body: { content: 'hi' },
    });
    expect(statusAndBody(message)).toEqual(archived);
    expect((await member.client.groups.get({ params: { id: group.id } })).body).toMatchObject({
      status: 'archived',
      can_join: false,
    });
    expect((await admin.client.groups.archive({ params: { id: group.id } })).status).toBe(400);
  });

  it('refuses to archive for anyone but an admin', async () => {
    const admin = await signUp(target.current);
    const group = await createGroup(admin);
    const member = await addActiveMember(target.current, admin, group);
    expect((await member.client.groups.archive({ params: { id: group.id } })).status).toBe(403);
  });
});

describe('invite-only privacy', () => {
  it('hides an invite-only group from outsiders: 404 and absent from lists', async () => {
    const admin = await signUp(target.current);
    const secret = await createGroup(admin, { name: `secret-${admin.user.id}`, privacy: 'invite_only' });
    const outsider = await signUp(target.current);
    expect((await outsider.client.groups.get({ params: { id: secret.id } })).status).toBe(404);
    expect((await outsider.client.groups.members({ params: { id: secret.id } })).status).toBe(404);
    expect((await outsider.client.groups.join({ params: { id: secret.id }, body: {} })).status).toBe(404);
    const list = bodyOf(await outsider.client.groups.list({ query: { page_size: 100 } }), 200, 'the list');
    expect(list.results.map((group) => group.id)).not.toContain(secret.id);
  });

  it('shows an invite-only group to the invited, who join with the invitation', async () => {
    const admin = await signUp(target.current);
    const secret = await createGroup(admin, { privacy: 'invite_only' });
    const guest = await signUp(target.current);
    const invite = await admin.client.groups.invite({
      params: { id: secret.id },
      body: { user_id: guest.user.id },
    });
    expect(invite.body).toMatchObject({
      status: 'invited',
      invited_by: { id: admin.user.id },
      user: { id: guest.user.id },
    });
    expect((await guest.client.groups.get({ params: { id: secret.id } })).body).toMatchObject({
      user_membership_status: 'invited',
      can_join: true,
    });
    const joined = await guest.client.groups.join({ params: { id: secret.id }, body: {} });
    expect(joined.body).toMatchObject({
      message: 'You have joined the group.',
      membership: { status: 'active' },
    });
  });
});

describe('GET /api/groups/', () => {
  it('filters by privacy, subject, school and status, and embeds the school', async () => {
    const admin = await signUp(target.current);
    const subject = await target.current.addSubject({ code: `G${admin.user.id}`, name_en: 'Filtering' });
    const tagged = await createGroup(admin, {
      name: 'tagged',
      privacy: 'private',
      subject_ids: [subject.id],
    });
    const ids = async (query: Record<string, unknown>) => {
      const response = await admin.client.groups.list({ query: { page_size: 100, ...query } });
      return bodyOf(response, 200, `the list for ${JSON.stringify(query)}`).results.map((group) => group.id);
    };
    expect(await ids({ subject: subject.id })).toEqual([tagged.id]);
    expect(await ids({ privacy: 'private' })).toContain(tagged.id);
    expect(await ids({ privacy: 'public' })).not.toContain(tagged.id);
    const school = await target.current.addSchool({ name: 'Tech University', short_name: 'TechU' });
    const schooled = await createGroup(admin, { name: 'schooled', school: school.id });
    expect(await ids({ school: school.id })).toEqual([schooled.id]);
    expect(schooled.school).toEqual({ id: school.id, name: 'Tech University', short_name: 'TechU' });
    await admin.client.groups.archive({ params: { id: tagged.id } });
    expect(await ids({ status: 'archived', subject: subject.id })).toEqual([tagged.id]);
    expect(await ids({ status: 'active', subject: subject.id })).toEqual([]);
  });
});

describe('GET /api/groups/my_groups/ and nearby/', () => {
  it('lists the groups the caller is an active member of', async () => {
    const admin = await signUp(target.current);
    const mine = await createGroup(admin, { name: 'mine' });
    const other = await signUp(target.current);
    const joined = await createGroup(other, { name: 'joined' });
    const left = await createGroup(other, { name: 'left' });
    await admin.client.groups.join({ params: { id: joined.id }, body: {} });
    await admin.client.groups.join({ params: { id: left.id }, body: {} });
    await admin.client.groups.leave({ params: { id: left.id } });
    const response = await admin.client.groups.myGroups();
    expect(response.status === 200 && response.body.map((group) => group.id)).toEqual([joined.id, mine.id]);
  });

  it('needs a location, and lists active visible groups nearest first within 10 km by default', async () => {
    const me = await signUp(target.current);
    expect((await me.client.groups.nearby()).status).toBe(400);
    await me.client.location.update({ body: { latitude: 48.85, longitude: 2.35 } });
    const admin = await signUp(target.current);
    const near = await createGroup(admin, { name: 'near', latitude: 48.86, longitude: 2.35 });
    const further = await createGroup(admin, { name: 'further', latitude: 48.9, longitude: 2.35 });
    await createGroup(admin, { name: 'far', latitude: 49.5, longitude: 2.35 });
    await createGroup(admin, { name: 'hidden', privacy: 'invite_only', latitude: 48.85, longitude: 2.35 });
    const archived = await createGroup(admin, { name: 'archived', latitude: 48.85, longitude: 2.35 });
    await admin.client.groups.archive({ params: { id: archived.id } });
    const response = await me.client.groups.nearby();
    expect(response.status === 200 && response.body.map((group) => [group.id, group.distance_km])).toEqual([
      [near.id, 1.11],
      [further.id, 5.56],
    ]);
  });
});
