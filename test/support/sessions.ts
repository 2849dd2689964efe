import type { SessionCreateRequest, SessionDetail } from '../../contract/index.js';
import type { Target } from '../targets/index.js';
import type { SignedInUser } from './factories.js';

export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** An ISO time `offset` milliseconds from the target's now. */
export const fromNow = (target: Target, offset: number) =>
  new Date(target.clock.now().getTime() + offset).toISOString();

/** A valid virtual session starting tomorrow for an hour; override any field. */
export function sessionBody(
  target: Target,
  overrides: Partial<SessionCreateRequest> = {},
): SessionCreateRequest {
  return {
    title: 'Calculus review',
    description: 'Chapters 5 to 7',
    session_type: 'virtual',
    meeting_link: 'https://meet.example.com/calculus',
    start_time: fromNow(target, DAY),
    duration_minutes: 60,
    ...overrides,
  };
}

/** Creates a session through the API as `host`. */
export async function hostSession(
  target: Target,
  host: SignedInUser,
  overrides: Partial<SessionCreateRequest> = {},
): Promise<SessionDetail> {
  const response = await host.client.sessions.create({ body: sessionBody(target, overrides) });
  if (response.status !== 201)
    throw new Error(`create failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}
