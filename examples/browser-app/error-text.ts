import { UnknownStatusError } from '@studymate/sdk';
import { ApiResponseError } from '@studymate/sdk/react-query';

/** What a failed call says to a user: `503: Service temporarily unavailable…`, or the network's message. */
export function errorText(error: Error): string {
  if (!(error instanceof ApiResponseError || error instanceof UnknownStatusError)) return error.message;
  const { status, body } = error.response as { status: number; body: unknown };
  const detail = (body as { detail?: unknown } | null)?.detail;
  return `${status}: ${typeof detail === 'string' ? detail : JSON.stringify(body)}`;
}
