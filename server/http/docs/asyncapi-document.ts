import { chatProtocolDocs, CloseCode } from '@studymate/contract';
import { chatEventMessages, type EventMessage } from './asyncapi/event-messages.js';
import { API_VERSION } from './api-version.js';
import type { Json } from './openapi/json-schema.js';

const channels = {
  groupChat: {
    address: '/ws/groups/{group_id}/chat/',
    title: 'Group chat',
    parameter: ['group_id', "The group's id; the caller must be an active member."],
  },
  directChat: {
    address: '/ws/chat/{conversation_id}/',
    title: 'Direct chat',
    parameter: [
      'conversation_id',
      "The conversation's id; the caller must be a participant with an accepted, unblocked connection.",
    ],
  },
} as const;

const closeCodes = [
  ...Object.entries(CloseCode).map(([name, code]) => ({
    code,
    final: true,
    reason: chatProtocolDocs.closeCodes[name as keyof typeof CloseCode],
  })),
  ...Object.entries(chatProtocolDocs.transportCloseCodes).map(([code, reason]) => ({
    code: Number(code),
    final: false,
    reason,
  })),
];

const description = [
  "The chat WebSockets of the Study Mate API, generated from the contract's event schemas.",
  'This document describes the server: its `receive` operations are what a client sends, its `send`',
  'operations what it sends to a client. Every frame is one JSON event with a `type`.',
  '',
  '**Authentication**: `?token=<access>` (browsers), or `Authorization: Bearer <access>`.',
  '**Resume**: `?last_message_id=<id>` replays every later message right after `connection_established`;',
  'a `chat_message` with a `client_id` is stored once however often it is resent.',
  '',
  '**Close codes** (4xxx are final: do not reconnect):',
  ...closeCodes.map(({ code, reason }) => `- \`${code}\`: ${reason}`),
  '',
  'The REST API: [Swagger UI](/api/docs/), [OpenAPI document](/api/schema/).',
].join('\n');

const operationId = (channel: string, message: EventMessage) =>
  `${channel}.${message.from === 'client' ? 'receive' : 'send'}.${message.type}`;

function channelOf(key: keyof typeof channels, messages: EventMessage[]): Json {
  const { address, title, parameter } = channels[key];
  const [parameterName, parameterDescription] = parameter;
  return {
    address,
    title,
    description: `${title}. See the document's description for authentication, resume and close codes.`,
    parameters: { [parameterName]: { description: parameterDescription } },
    messages: Object.fromEntries(
      messages.map((message) => [message.name, { $ref: `#/components/messages/${message.name}` }]),
    ),
    bindings: {
      ws: {
        bindingVersion: '0.1.0',
        method: 'GET',
        query: {
          type: 'object',
          properties: {
            token: { type: 'string', description: chatProtocolDocs.query.token },
            last_message_id: {
              type: 'string',
              pattern: '^(0|[1-9][0-9]*)$',
              description: chatProtocolDocs.query.last_message_id,
            },
          },
        },
        headers: {
          type: 'object',
          properties: {
            Authorization: { type: 'string', pattern: '^Bearer .+$', description: 'Instead of `?token=`.' },
          },
        },
      },
    },
    'x-close-codes': closeCodes,
  };
}

function operationsOf(key: keyof typeof channels, messages: EventMessage[]): [string, Json][] {
  return messages.map((message) => [
    operationId(key, message),
    {
      action: message.from === 'client' ? 'receive' : 'send',
      channel: { $ref: `#/channels/${key}` },
      title: `${channels[key].title}: ${message.type} (${message.from === 'client' ? 'from a client' : 'to a client'})`,
      summary: message.message['summary'],
      messages: [{ $ref: `#/channels/${key}/messages/${message.name}` }],
    },
  ]);
}

const server = (host: string, what: string): Json => ({
  host,
  protocol: 'ws',
  description: what,
  security: [
    { $ref: '#/components/securitySchemes/queryToken' },
    { $ref: '#/components/securitySchemes/bearer' },
  ],
});

/** The AsyncAPI 3.0 document of both chat sockets, built from the contract's event schemas. */
export function createAsyncApiDocument(): Json {
  const messages = chatEventMessages();
  const keys = Object.keys(channels) as (keyof typeof channels)[];
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Study Mate chat',
      version: API_VERSION,
      description,
      license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' },
    },
    defaultContentType: 'application/json',
    servers: {
      reference: server('127.0.0.1:8000', '`npm start`: the reference server'),
      mock: server('127.0.0.1:9000', '`npm run mock`: the mock server'),
    },
    channels: Object.fromEntries(keys.map((key) => [key, channelOf(key, messages)])),
    operations: Object.fromEntries(keys.flatMap((key) => operationsOf(key, messages))),
    components: {
      schemas: Object.fromEntries(messages.map((message) => [message.name, message.payload])),
      messages: Object.fromEntries(messages.map((message) => [message.name, message.message])),
      securitySchemes: {
        queryToken: {
          type: 'httpApiKey',
          name: 'token',
          in: 'query',
          description: chatProtocolDocs.query.token,
        },
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'The same access token in `Authorization: Bearer <access>`.',
        },
      },
    },
  };
}
