import { describe, expect, it } from 'vitest';
import { contract } from '../../contract/index.js';
import { signUp, type SignedInUser } from '../support/factories.js';
import { useTarget } from '../targets/index.js';

/**
 * DESIGN §2: monthly_sessions answers its own checks of month and year with the seed's
 * `{"error": "..."}`; input every route refuses before its use case reads it (a NUL character)
 * is the usual DRF field error. The route declares both, so every 400 it answers is declared.
 */
const target = useTarget();
const declared400 = contract.sessions.monthlySessions.responses[400];

async function monthly(user: SignedInUser, query: string) {
  const response = await fetch(`${target.current.baseUrl}/api/sessions/monthly_sessions/?${query}`, {
    headers: { authorization: `Bearer ${user.client.tokens.get()?.access ?? ''}` },
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('GET /api/sessions/monthly_sessions/', () => {
  it('refuses a NUL character in month or year with a field error its contract declares', async () => {
    const user = await signUp(target.current);
    const answers = [await monthly(user, 'month=%00&year=x'), await monthly(user, 'month=3&year=20%0026')];
    expect(answers).toEqual([
      { status: 400, body: { month: ['Null characters are not allowed.'] } },
      { status: 400, body: { year: ['Null characters are not allowed.'] } },
    ]);
    for (const { body } of answers) expect(declared400.safeParse(body).success).toBe(true);
  });

  it("answers the seed's own checks with {error}, as its contract declares", async () => {
    const user = await signUp(target.current);
    const answers = [await monthly(user, 'month=3'), await monthly(user, 'month=x&year=2026')];
    expect(answers).toEqual([
      { status: 400, body: { error: 'Both month and year are required.' } },
      { status: 400, body: { error: 'Month and year must be valid integers.' } },
    ]);
    for (const { body } of answers) expect(declared400.safeParse(body).success).toBe(true);
  });
});
