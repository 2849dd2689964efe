/** A declared answer: its status, its body as the contract types it, and the headers. */
interface DeclaredResponse {
  status: number;
  body: unknown;
  headers: Headers;
}

/**
 * A declared answer that is not a success (a 400, 401, 404…), thrown by the query and mutation
 * functions of `@studymate/sdk/react-query` so TanStack Query sees an error. `response` is typed
 * by the route: narrow on `error.response.status` to read its body.
 * @example
 * if (error instanceof ApiResponseError && error.response.status === 404) showNotFound();
 */
export class ApiResponseError<Response extends DeclaredResponse = DeclaredResponse> extends Error {
  constructor(readonly response: Response) {
    super(`The API answered ${response.status}: ${describe(response.body)}`);
    this.name = 'ApiResponseError';
  }
}

/** DRF's `{"detail"}`, or the first field message, for the error's message. */
function describe(body: unknown): string {
  if (typeof body !== 'object' || body === null) return String(body);
  const detail = (body as { detail?: unknown }).detail;
  if (typeof detail === 'string') return detail;
  const [field, messages] = Object.entries(body)[0] ?? [];
  return field === undefined
    ? '{}'
    : `${field}: ${Array.isArray(messages) ? messages.join(' ') : String(messages)}`;
}
