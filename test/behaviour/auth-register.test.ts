import { describe, expect, it } from 'vitest';
import { registrationBody, signUp } from '../support/factories.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();

describe('POST /api/auth/register/', () => {
  it('creates an active account and answers the user with a token pair', async () => {
    const body = registrationBody({ bio: 'Hello!', privacy_level: 'friends_of_friends' });
    const response = await target.current.client().auth.register({ body });
    expect(response.status).toBe(201);
    if (response.status !== 201) return;
    expect(response.body.message).toBe('User registered successfully');
    expect(response.body.user).toMatchObject({
      email: body.email,
      full_name: body.full_name,
      bio: 'Hello!',
      privacy_level: 'friends_of_friends',
      status: 'active',
      learning_radius_km: 5,
      last_active_at: null,
    });
    expect(response.body.tokens.access).toMatch(/^ey/);
    expect(response.body.tokens.refresh).toMatch(/^ey/);
  });

  it('never returns the password or its hash', async () => {
    const body = registrationBody();
    const response = await target.current.client().auth.register({ body });
    const text = JSON.stringify(response.body);
    expect(text).not.toContain(body.password);
    expect(text).not.toMatch(/password/i);
  });

  it('refuses an email that is already registered, whatever its case', async () => {
    const { email } = await signUp(target.current);
    const response = await target.current.client().auth.register({
      body: registrationBody({ email: email.toUpperCase() }),
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ email: ['user with this email already exists.'] });
  });

  it('refuses a password shorter than 8 characters', async () => {
    const response = await target.current
      .client()
      .auth.register({ body: registrationBody({ password: 'short7!' }) });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ password: ['Ensure this field has at least 8 characters.'] });
  });

  it('refuses a password_confirm that does not match', async () => {
    const body = { ...registrationBody(), password_confirm: 'something-else-1' };
    const response = await target.current.client().auth.register({ body });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ password_confirm: ['Passwords do not match.'] });
  });

  it('names every missing required field', async () => {
    const response = await target.current.client().auth.register({ body: {} as never });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      email: ['This field is required.'],
      password: ['This field is required.'],
      password_confirm: ['This field is required.'],
    });
  });

  it('refuses an invalid email address and an unknown privacy level', async () => {
    const body = { ...registrationBody({ email: 'not-an-email' }), privacy_level: 'public' as never };
    const response = await target.current.client().auth.register({ body });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      email: ['Enter a valid email address.'],
      privacy_level: ['"public" is not a valid choice.'],
    });
  });

  it('refuses a school that does not exist', async () => {
    const response = await target.current
      .client()
      .auth.register({ body: registrationBody({ school: 99_999 }) });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ school: ['Invalid pk "99999" - object does not exist.'] });
  });

  it('ignores read-only fields such as status and id', async () => {
    const body = { ...registrationBody(), status: 'banned', id: 4242, is_staff: true } as never;
    const response = await target.current.client().auth.register({ body });
    expect(response.status).toBe(201);
    if (response.status !== 201) return;
    expect(response.body.user.status).toBe('active');
    expect(response.body.user.id).not.toBe(4242);
  });

  it('creates exactly one account when the same email registers twice at once', async () => {
    const body = registrationBody();
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => target.current.client().auth.register({ body })),
    );
    expect(responses.filter((response) => response.status === 201)).toHaveLength(1);
    expect(responses.filter((response) => response.status === 400)).toHaveLength(4);
  });
});
