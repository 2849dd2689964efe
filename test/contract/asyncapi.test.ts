import { Parser } from '@asyncapi/parser';
import type { ZodTypeAny } from 'zod';
import { describe, expect, it } from 'vitest';
import * as contractExports from '../../contract/index.js';
import {
  ClientEventSchema,
  CloseCode,
  ServerEventSchema,
  SendChatMessageEventSchema,
} from '../../contract/index.js';
import { createAsyncApiDocument } from '../../server/http/docs/asyncapi-document.js';

interface Message {
  name: string;
  payload: { $ref: string };
  examples?: { payload: unknown }[];
}
interface Document {
  channels: Record<string, { address: string; bindings: { ws: { query: { properties: object } } } }>;
  operations: Record<string, { action: string; channel: { $ref: string }; messages: { $ref: string }[] }>;
  components: {
    messages: Record<string, Message>;
    schemas: Record<string, { properties: Record<string, unknown>; required?: string[] }>;
    securitySchemes: Record<string, { type: string; in?: string; name?: string; scheme?: string }>;
  };
  info: { description: string };
}

const document = createAsyncApiDocument() as unknown as Document;
const clientTypes = ClientEventSchema.options.map((option) => option.shape.type.value);
const serverTypes = ServerEventSchema.options.map((option) => option.shape.type.value);

describe('GET /api/asyncapi.json (the AsyncAPI document of the chat sockets)', () => {
  it('is a valid AsyncAPI 3.0 document for @asyncapi/parser, with no error or warning', async () => {
    const { document: parsed, diagnostics } = await new Parser().parse(JSON.stringify(document));
    // Severity 0 is an error, 1 a warning (2 information, 3 a hint).
    const isProblem = (severity: number) => severity <= 1;
    const problems = diagnostics.filter(({ severity }) => isProblem(severity));
    expect(
      problems.map((problem) => `${problem.code}: ${problem.message} at ${problem.path.join('.')}`),
    ).toEqual([]);
    expect(parsed?.version()).toBe('3.0.0');
    expect(
      parsed
        ?.channels()
        .all()
        .map((channel) => channel.address()),
    ).toEqual(['/ws/groups/{group_id}/chat/', '/ws/chat/{conversation_id}/']);
  });

  it('receives every client event and sends every server event, on both channels', () => {
    for (const channel of Object.keys(document.channels)) {
      const operations = Object.values(document.operations).filter(
        (operation) => operation.channel.$ref === `#/channels/${channel}`,
      );
      const typesOf = (action: string) =>
        operations
          .filter((operation) => operation.action === action)
          .map(
            (operation) =>
              document.components.messages[operation.messages[0]?.$ref.split('/').pop() ?? '']?.name,
          );
      expect(typesOf('receive')).toEqual(clientTypes);
      expect(typesOf('send')).toEqual(serverTypes);
    }
  });

  it('writes each payload from the contract’s event schema, client_id included', () => {
    const payload = document.components.schemas['SendChatMessageEvent'];
    expect(Object.keys(payload?.properties ?? {})).toEqual(Object.keys(SendChatMessageEventSchema.shape));
    expect(payload?.required).toEqual(['type', 'content']);
    const answer = document.components.schemas['ChatMessageEvent'];
    expect(answer?.properties['sender_avatar']).toEqual({ type: ['string', 'null'] });
  });

  it('gives each event an example its contract schema accepts', () => {
    const messages = Object.entries(document.components.messages);
    expect(messages).toHaveLength(clientTypes.length + serverTypes.length);
    for (const [name, message] of messages) {
      const schema = (contractExports as Record<string, unknown>)[`${name}Schema`] as ZodTypeAny;
      expect(message.examples, name).toHaveLength(1);
      for (const example of message.examples ?? []) {
        expect(schema.safeParse(example.payload).success, `${name}: ${JSON.stringify(example.payload)}`).toBe(
          true,
        );
      }
    }
  });

  it('says how to authenticate (query token or bearer header), resume, and every close code', () => {
    const schemes = Object.values(document.components.securitySchemes);
    expect(schemes).toContainEqual(
      expect.objectContaining({ type: 'httpApiKey', in: 'query', name: 'token' }),
    );
    expect(schemes).toContainEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
    for (const channel of Object.values(document.channels)) {
      expect(Object.keys(channel.bindings.ws.query.properties)).toEqual(['token', 'last_message_id']);
    }
    for (const code of Object.values(CloseCode)) expect(document.info.description).toContain(`\`${code}\``);
  });
});
