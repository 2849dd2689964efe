import { contract } from '@studymate/contract';
import type { CoreServices } from './context.js';
import {
  createApiHandler,
  type ApiHandler,
  type ApiHandlerOptions,
} from './dispatcher/handle-api-request.js';
import { useCases } from './use-cases/index.js';

/** The Study Mate API over the given services, as one transport-free request handler. */
export function createStudyMateApi(services: CoreServices, options: ApiHandlerOptions = {}): ApiHandler {
  return createApiHandler(services, { contract, useCases }, options);
}
