import type { CoreServices } from './context.js';
import { createCoreServices, type CoreServicesOptions } from './create-core-services.js';
import type { PresenceBoard } from './ports/presence.js';
import { createChatHub, type ChatHub, type ChatHubOptions } from './realtime/chat-hub.js';
import { createPresenceTracker } from './realtime/presence-tracker.js';

export interface CoreRuntimeOptions extends CoreServicesOptions {
  chat?: ChatHubOptions;
  /** Where presence is shared with the other processes serving the API (Redis); this process alone when absent. */
  presenceBoard?: PresenceBoard;
}

/**
 * The core services and the chat hub that feeds their presence: what the reference server and
 * the mocks both wire before putting a transport on top.
 */
export function createCoreRuntime(options: CoreRuntimeOptions): { services: CoreServices; chatHub: ChatHub } {
  const { chat = {}, presenceBoard, ...serviceOptions } = options;
  const presence = createPresenceTracker(presenceBoard);
  const services = createCoreServices({ ...serviceOptions, presence });
  return { services, chatHub: createChatHub(services, { presence, options: chat }) };
}
