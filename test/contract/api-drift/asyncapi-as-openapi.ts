type Json = Record<string, unknown>;

interface AsyncOperation {
  action: 'send' | 'receive';
  channel: { $ref: string };
  messages: { $ref: string }[];
}

/**
 * An AsyncAPI 3.0 document seen as OpenAPI, so one classifier reads both: each operation a client
 * performs becomes one. What a client sends (the server's `receive`) is a request body, what the
 * server sends is a response; the connection's query parameters are each operation's parameters.
 */
export function asyncApiAsOpenApi(document: Json): Json {
  const channels = document['channels'] as Record<string, Json>;
  const messages = (document['components'] as { messages: Record<string, { payload: unknown }> }).messages;
  const operations = document['operations'] as Record<string, AsyncOperation>;
  const payloadOf = (ref: string) => {
    const [, , channel, , name] = ref.split('/');
    const message = (channels[channel ?? '']?.['messages'] as Record<string, { $ref: string }> | undefined)?.[
      name ?? ''
    ];
    return messages[message?.$ref.split('/').pop() ?? '']?.payload;
  };
  const paths = Object.fromEntries(
    Object.entries(operations).map(([id, operation]) => {
      const channel = channels[operation.channel.$ref.split('/').pop() ?? ''] ?? {};
      const query = (channel['bindings'] as { ws?: { query?: { properties?: Record<string, unknown> } } })?.ws
        ?.query?.properties;
      const parameters = Object.entries(query ?? {}).map(([name, schema]) => ({ name, in: 'query', schema }));
      const payloads = operation.messages.map((message) => ({ schema: payloadOf(message.$ref) }));
      const content = (index: number) => ({ 'application/json': payloads[index] });
      const body =
        operation.action === 'receive'
          ? { post: { parameters, requestBody: { required: true, content: content(0) }, responses: {} } }
          : { get: { parameters, responses: { 200: { description: 'sent', content: content(0) } } } };
      return [`/${String(channel['address'])}/${id}`.replace(/\/+/g, '/'), body];
    }),
  );
  const schemas = (document['components'] as { schemas: Json }).schemas;
  return { openapi: '3.0.3', info: document['info'], paths, components: { schemas } };
}
