/** A response as the SDK returns it: a declared status and its body. */
interface AnyResponse {
  status: number;
  body: unknown;
}

/**
 * The status and the body together, to compare in one `toEqual`: a check of the body alone passes
 * whatever the status, and a route that declares both 400 and 403 answers the same detail with either.
 * @example expect(statusAndBody(refused)).toEqual({ status: 400, body: { detail: 'This group is full.' } })
 */
export function statusAndBody<R extends AnyResponse>(response: R): { status: R['status']; body: R['body'] } {
  return { status: response.status, body: response.body };
}

/**
 * The body of a setup step's response, which must have the given status: anything else fails the
 * test here, naming the step, instead of going on with a placeholder value that makes a later
 * check vacuous.
 */
export function bodyOf<R extends AnyResponse, S extends R['status']>(
  response: R,
  status: S,
  step = 'a setup step',
): Extract<R, { status: S }>['body'] {
  if (response.status !== status) {
    throw new Error(`${step} answered ${response.status}, not ${status}: ${JSON.stringify(response.body)}`);
  }
  return (response as Extract<R, { status: S }>).body;
}
