import { defaultCoreConfig, type CoreConfig } from '@studymate/core';
import { millisecondsSetting, setting } from './settings.js';

/**
 * The core's settings from the environment: JWT_SECRET (every instance of one API needs the same),
 * and the chat message budget per user and room, CHAT_MESSAGE_LIMIT messages in any
 * CHAT_MESSAGE_WINDOW_MS (default 20 in 10 000).
 */
export function coreConfigFromEnvironment(): Partial<CoreConfig> {
  const jwtSecret = setting('JWT_SECRET');
  const limitText = setting('CHAT_MESSAGE_LIMIT');
  const windowMs = millisecondsSetting('CHAT_MESSAGE_WINDOW_MS');
  const limit = limitText === undefined ? undefined : Number(limitText);
  if (limit !== undefined && (!Number.isInteger(limit) || limit <= 0))
    throw new Error(`CHAT_MESSAGE_LIMIT must be a whole number of messages, not "${limitText}".`);
  const defaults = defaultCoreConfig().rateLimits;
  const chatMessages = {
    limit: limit ?? defaults.chatMessages.limit,
    windowMs: windowMs ?? defaults.chatMessages.windowMs,
  };
  return {
    ...(jwtSecret && { jwtSecret }),
    ...((limit !== undefined || windowMs !== undefined) && { rateLimits: { ...defaults, chatMessages } }),
  };
}
