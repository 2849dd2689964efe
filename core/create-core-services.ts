import type { Store } from './ports/store/store.js';
import { defaultCoreConfig, type CoreConfig } from './config.js';
import type { CoreServices } from './context.js';
import { createChatEventHub } from './adapters/in-process/chat-event-hub.js';
import { systemClock } from './ports/clock.js';
import { randomIds } from './ports/ids.js';
import { consoleLogger } from './ports/logger.js';
import { nobodyOnline } from './ports/presence.js';
import { createInProcessRateLimits } from './adapters/in-process/rate-limits.js';
import { createJwtTokenService } from './adapters/security/jwt-token-service.js';
import { createPbkdf2PasswordHasher } from './adapters/security/pbkdf2-password-hasher.js';

export interface CoreServicesOptions extends Partial<Omit<CoreServices, 'config' | 'store'>> {
  store: Store;
  config?: Partial<CoreConfig>;
}

/** Wires the ports with production defaults; anything given replaces its default. */
export function createCoreServices(options: CoreServicesOptions): CoreServices {
  const config = defaultCoreConfig(options.config);
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? randomIds;
  const logger = options.logger ?? consoleLogger;
  return {
    store: options.store,
    clock,
    ids,
    hasher: options.hasher ?? createPbkdf2PasswordHasher(),
    tokens: options.tokens ?? createJwtTokenService({ config, clock, ids }),
    presence: options.presence ?? nobodyOnline,
    events:
      options.events ?? createChatEventHub((error) => logger.error('A chat event listener failed', error)),
    rateLimits: options.rateLimits ?? createInProcessRateLimits(),
    logger,
    config,
  };
}
