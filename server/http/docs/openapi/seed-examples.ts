import examples from './seed-examples.json' with { type: 'json' };

/** An operation's examples: its request body and its answers by status. */
export interface OperationExamples {
  request?: unknown;
  responses: Record<string, unknown>;
}

interface StoredExamples {
  request?: unknown;
  responses?: Record<string, unknown>;
}

const byOperation = examples as Record<string, StoredExamples>;

/**
 * The examples of an operation (by operationId, the contract key: `auth.login`), taken from the
 * seeds' API docs and completed to the contract's shapes; the login example is the demo login.
 */
export function examplesOf(operationId: string): OperationExamples {
  const stored = byOperation[operationId];
  return {
    ...(stored?.request !== undefined && { request: stored.request }),
    responses: stored?.responses ?? {},
  };
}
