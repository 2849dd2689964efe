import { describe, expect, it } from 'vitest';
import { signUp } from '../support/factories.js';
import { useTarget } from '../targets/index.js';

const target = useTarget();

describe('GET /api/users/{id}/status/', () => {
  it('answers offline with no last_seen for a user who never connected', async () => {
    const other = await signUp(target.current);
    const { client } = await signUp(target.current);
    const response = await client.users.getStatus({ params: { id: other.user.id } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ is_online: false, last_seen: null });
  });

  it('answers 404 for an unknown user', async () => {
    const { client } = await signUp(target.current);
    const response = await client.users.getStatus({ params: { id: 987_654 } });
    expect(response.status).toBe(404);
  });

  it('answers 404 for a deleted user', async () => {
    const other = await signUp(target.current);
    await target.current.setUserStatus(other.email, 'deleted');
    const { client } = await signUp(target.current);
    expect((await client.users.getStatus({ params: { id: other.user.id } })).status).toBe(404);
  });

  it('needs authentication', async () => {
    const other = await signUp(target.current);
    const response = await target.current.client().users.getStatus({ params: { id: other.user.id } });
    expect(response.status).toBe(401);
  });
});
