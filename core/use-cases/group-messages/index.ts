import type { Contract } from '@studymate/contract';
import type { UseCaseTree } from '../../context.js';
import { listGroupMessages } from './list-group-messages.js';
import { markGroupMessagesRead } from './mark-group-messages-read.js';
import { sendGroupMessage } from './send-group-message.js';

/** The groupMessages area: one use case per route of `contract.groupMessages`, key for key. */
export const groupMessagesUseCases: UseCaseTree<Contract['groupMessages']> = {
  list: listGroupMessages,
  send: sendGroupMessage,
  markRead: markGroupMessagesRead,
};
