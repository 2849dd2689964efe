import { describe, expect, it } from 'vitest';
import { signUp } from '../support/factories.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();

describe('GET /api/auth/profile/', () => {
  it("answers the caller's own profile", async () => {
    const { client, user } = await signUp(target.current);
    const response = await client.auth.getProfile();
    expect(response.status).toBe(200);
    expect(response.body).toEqual(user);
  });
});

describe('PATCH /api/auth/profile/', () => {
  it('changes only the fields that were sent', async () => {
    const { client, user } = await signUp(target.current, { bio: 'before' });
    const response = await client.auth.updateProfile({ body: { major: 'Software Engineering', year: 3 } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ...user, major: 'Software Engineering', year: 3 });
  });

  it('ignores read-only fields', async () => {
    const { client, user } = await signUp(target.current);
    const body = {
      id: 999,
      email: 'stolen@example.com',
      status: 'banned',
      created_at: '2020-01-01T00:00:00Z',
    };
    const response = await client.auth.updateProfile({ body: body as never });
    expect(response.status).toBe(200);
    expect(response.body).toEqual(user);
  });

  it('refuses invalid values with field errors and changes nothing', async () => {
    const { client, user } = await signUp(target.current);
    const response = await client.auth.updateProfile({
      body: { full_name: 'Valid Name', learning_radius_km: -1, avatar_url: 'not a url' },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      learning_radius_km: ['Ensure this value is greater than or equal to 0.1.'],
      avatar_url: ['Enter a valid URL.'],
    });
    expect((await client.auth.getProfile()).body).toEqual(user);
  });
});

describe('PUT /api/auth/profile/', () => {
  it('updates the profile', async () => {
    const { client, user } = await signUp(target.current);
    const response = await client.auth.replaceProfile({
      body: { full_name: 'John Smith', bio: 'Updated bio' },
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ...user, full_name: 'John Smith', bio: 'Updated bio' });
  });

  it('requires full_name', async () => {
    const { client } = await signUp(target.current);
    const response = await client.auth.replaceProfile({ body: { bio: 'no name' } as never });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ full_name: ['This field is required.'] });
  });
});

describe('POST /api/auth/change-password/', () => {
  it('replaces the password: the new one signs in, the old one no longer does', async () => {
    const { client, email, password } = await signUp(target.current);
    const response = await client.auth.changePassword({
      body: {
        old_password: password,
        new_password: 'brand-new-secret-9',
        new_password_confirm: 'brand-new-secret-9',
      },
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ message: 'Password changed successfully' });
    const fresh = target.current.client();
    expect((await fresh.auth.login({ body: { email, password } })).status).toBe(401);
    expect((await fresh.auth.login({ body: { email, password: 'brand-new-secret-9' } })).status).toBe(200);
  });

  it('refuses a wrong old password', async () => {
    const { client } = await signUp(target.current);
    const response = await client.auth.changePassword({
      body: {
        old_password: 'not-my-password',
        new_password: 'brand-new-secret-9',
        new_password_confirm: 'brand-new-secret-9',
      },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ old_password: ['Old password is incorrect.'] });
  });

  it('refuses a confirmation that does not match', async () => {
    const { client, password } = await signUp(target.current);
    const response = await client.auth.changePassword({
      body: {
        old_password: password,
        new_password: 'brand-new-secret-9',
        new_password_confirm: 'brand-new-secret-8',
      },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ new_password_confirm: ['Passwords do not match.'] });
  });

  it('refuses a new password shorter than 8 characters', async () => {
    const { client, password } = await signUp(target.current);
    const response = await client.auth.changePassword({
      body: { old_password: password, new_password: 'short', new_password_confirm: 'short' },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ new_password: ['Ensure this field has at least 8 characters.'] });
  });
});
