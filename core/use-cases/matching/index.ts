import type { Contract } from '@studymate/contract';
import type { UseCaseTree } from '../../context.js';
import {
  acceptConnectionRequest,
  blockConnectionRequest,
  rejectConnectionRequest,
} from './answer-connection-request.js';
import { cancelConnectionRequest } from './cancel-connection-request.js';
import { getConnectionRequest } from './get-connection-request.js';
import {
  listConnectionRequests,
  listReceivedRequests,
  listSentRequests,
} from './list-connection-requests.js';
import { listPendingRequests } from './list-pending-requests.js';
import { sendConnectionRequest } from './send-connection-request.js';

/** The matching area: one use case per route of `contract.matching`, key for key. */
export const matchingUseCases: UseCaseTree<Contract['matching']> = {
  sendRequest: sendConnectionRequest,
  listRequests: listConnectionRequests,
  sentRequests: listSentRequests,
  receivedRequests: listReceivedRequests,
  pendingRequests: listPendingRequests,
  getRequest: getConnectionRequest,
  cancelRequest: cancelConnectionRequest,
  acceptRequest: acceptConnectionRequest,
  rejectRequest: rejectConnectionRequest,
  blockRequest: blockConnectionRequest,
};
