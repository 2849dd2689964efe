import { z, type ZodDiscriminatedUnion, type ZodObject, type ZodRawShape, type ZodTypeAny } from 'zod';
import * as contractExports from '@studymate/contract';
import { chatProtocolDocs, ClientEventSchema, ServerEventSchema } from '@studymate/contract';
import { jsonSchemaOf, type Json } from '../openapi/json-schema.js';
import { eventExamples } from './event-examples.js';

/** One event of the chat protocol as an AsyncAPI message. */
export interface EventMessage {
  /** The contract's name of its schema, `ChatMessageEvent` for `ChatMessageEventSchema`. */
  name: string;
  /** Its `type`, the wire name. */
  type: string;
  /** Whether a client sends it (the server receives it) or the server sends it. */
  from: 'client' | 'server';
  message: Json;
  payload: Json;
}

/** The contract's export name of a schema, by identity: the one place the event is named. */
function exportNameOf(schema: ZodTypeAny): string {
  const found = Object.entries(contractExports).find(([, value]) => value === schema)?.[0];
  if (!found?.endsWith('Schema')) throw new Error('A chat event schema is not exported by the contract');
  return found.slice(0, -'Schema'.length);
}

/**
 * OpenAPI 3.0's `nullable` as JSON Schema (what AsyncAPI payloads are): `type: ['string', 'null']`,
 * and `null` among an enum's values, everywhere in `node`.
 */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const { nullable, ...rest } = node as Json;
  const result = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, toJsonSchema(value)]));
  if (nullable !== true) return result;
  const values = result['enum'] as unknown[] | undefined;
  return {
    ...result,
    ...(typeof result['type'] === 'string' && { type: [result['type'], 'null'] }),
    ...(values && !values.includes(null) && { enum: [...values, null] }),
  };
}

type EventUnion = ZodDiscriminatedUnion<'type', ZodObject<ZodRawShape & { type: ZodTypeAny }>[]>;

function messagesOf(union: EventUnion, from: EventMessage['from']): EventMessage[] {
  const summaries: Record<string, string> =
    from === 'client' ? chatProtocolDocs.clientEvents : chatProtocolDocs.serverEvents;
  return union.options.map((schema) => {
    const name = exportNameOf(schema);
    const literal = schema.shape.type;
    if (!(literal instanceof z.ZodLiteral)) throw new Error(`${name} has no literal type`);
    const type = String(literal.value);
    const example = eventExamples[name];
    return {
      name,
      type,
      from,
      payload: toJsonSchema(jsonSchemaOf(schema)) as Json,
      message: {
        name: type,
        title: `${type} (${from === 'client' ? 'client to server' : 'server to client'})`,
        summary: summaries[type],
        contentType: 'application/json',
        payload: { $ref: `#/components/schemas/${name}` },
        ...(example && { examples: [{ name: `${type} (seed 000)`, payload: example }] }),
      },
    };
  });
}

/** Every event of the contract's chat protocol, as messages: the client's, then the server's. */
export function chatEventMessages(): EventMessage[] {
  return [...messagesOf(ClientEventSchema, 'client'), ...messagesOf(ServerEventSchema, 'server')];
}
