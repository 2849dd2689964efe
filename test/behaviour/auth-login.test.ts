import { describe, expect, it } from 'vitest';
import { signUp } from '../support/factories.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();
const WRONG_CREDENTIALS = { detail: 'No active account found with the given credentials' };

describe('POST /api/auth/login/', () => {
  it('signs in with the right password and stamps last_active_at', async () => {
    const { email, password } = await signUp(target.current);
    const response = await target.current.client().auth.login({ body: { email, password } });
    expect(response.status).toBe(200);
    if (response.status !== 200) return;
    expect(response.body.message).toBe('Login successful');
    expect(response.body.user.email).toBe(email);
    expect(response.body.user.last_active_at).toBe(target.current.clock.now().toISOString());
  });

  it('accepts the email in any case', async () => {
    const { email, password } = await signUp(target.current);
    const response = await target.current
      .client()
      .auth.login({ body: { email: email.toUpperCase(), password } });
    expect(response.status).toBe(200);
  });

  it('refuses a wrong password with 401', async () => {
    const { email } = await signUp(target.current);
    const response = await target.current
      .client()
      .auth.login({ body: { email, password: 'wrong-password-1' } });
    expect(response.status).toBe(401);
    expect(response.body).toEqual(WRONG_CREDENTIALS);
  });

  it('answers an unknown email exactly as a wrong password', async () => {
    const response = await target.current.client().auth.login({
      body: { email: 'nobody-here@example.com', password: 'whatever-123' },
    });
    expect(response.status).toBe(401);
    expect(response.body).toEqual(WRONG_CREDENTIALS);
  });

  it('refuses a banned user even with the right password', async () => {
    const { email, password } = await signUp(target.current);
    await target.current.setUserStatus(email, 'banned');
    const response = await target.current.client().auth.login({ body: { email, password } });
    expect(response.status).toBe(401);
    expect(response.body).toEqual(WRONG_CREDENTIALS);
  });

  it('refuses a deleted user', async () => {
    const { email, password } = await signUp(target.current);
    await target.current.setUserStatus(email, 'deleted');
    const response = await target.current.client().auth.login({ body: { email, password } });
    expect(response.status).toBe(401);
  });

  it('locks an email out with 429 after 5 failed logins, even for the right password', async () => {
    const { email, password } = await signUp(target.current);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const failed = await target.current
        .client()
        .auth.login({ body: { email, password: 'wrong-password-1' } });
      expect(failed.status).toBe(401);
    }
    const locked = await target.current.client().auth.login({ body: { email, password } });
    expect(locked.status).toBe(429);
    expect(locked.body).toEqual({ detail: 'Request was throttled. Expected available in 900 seconds.' });
    expect(locked.headers.get('retry-after')).toBe('900');
  });

  it('lets a locked email in again once 15 minutes have passed', async () => {
    const { email, password } = await signUp(target.current);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await target.current.client().auth.login({ body: { email, password: 'wrong-password-1' } });
    }
    target.current.clock.advance(15 * 60 * 1000 + 1000);
    const response = await target.current.client().auth.login({ body: { email, password } });
    expect(response.status).toBe(200);
  });

  it('does not lock an email whose 5 failures are spread over more than 15 minutes', async () => {
    const { email, password } = await signUp(target.current);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await target.current.client().auth.login({ body: { email, password: 'wrong-password-1' } });
      target.current.clock.advance(4 * 60 * 1000);
    }
    const response = await target.current.client().auth.login({ body: { email, password } });
    expect(response.status).toBe(200);
  });

  it('forgets earlier failures after a successful login', async () => {
    const { email, password } = await signUp(target.current);
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await target.current.client().auth.login({ body: { email, password: 'wrong-password-1' } });
    }
    expect((await target.current.client().auth.login({ body: { email, password } })).status).toBe(200);
    await target.current.client().auth.login({ body: { email, password: 'wrong-password-1' } });
    expect((await target.current.client().auth.login({ body: { email, password } })).status).toBe(200);
  });

  it('checks at most 5 of 30 simultaneous wrong passwords and answers the other 25 with 429', async () => {
    const { email, password } = await signUp(target.current);
    // Thirty open connections first, so that over HTTP the guesses arrive together.
    const blank = { body: { email: '', password: '' } };
    await Promise.all(Array.from({ length: 30 }, () => target.current.client().auth.login(blank)));
    const guesses = Array.from({ length: 30 }, (_, index) =>
      target.current.client().auth.login({ body: { email, password: `wrong-password-${index}` } }),
    );
    const statuses = (await Promise.all(guesses)).map((response) => response.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(25);
    const locked = await target.current.client().auth.login({ body: { email, password } });
    expect(locked.status).toBe(429);
  });

  it('refuses a blank email or password with field errors', async () => {
    const response = await target.current.client().auth.login({ body: { email: '', password: '' } });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      email: ['This field may not be blank.'],
      password: ['This field may not be blank.'],
    });
  });
});
