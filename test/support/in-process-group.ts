import { createStudyMateApi, type CoreServices } from '../../core/index.js';

/**
 * A new user and a group of theirs, made through core's API in process (no transport), and a
 * `post` to go on with: for tests of the chat hub beside the use cases.
 */
export async function inProcessGroup(services: CoreServices) {
  const api = createStudyMateApi(services);
  const post = async (path: string, body: unknown, token?: string) =>
    (
      await api({
        method: 'POST',
        url: `http://localhost${path}`,
        contentType: 'application/json',
        authorization: token ? `Bearer ${token}` : null,
        body: JSON.stringify(body),
      })
    ).body as { id: number; tokens: { access: string } };
  const credentials = {
    email: 'admin@example.com',
    password: 'long-enough-1',
    password_confirm: 'long-enough-1',
  };
  const token = (await post('/api/auth/register/', credentials)).tokens.access;
  const group = await post('/api/groups/', { name: 'In process' }, token);
  return { post, token, group };
}
