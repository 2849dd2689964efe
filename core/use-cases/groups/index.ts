import type { Contract } from '@studymate/contract';
import type { UseCaseTree } from '../../context.js';
import { archiveGroup } from './archive-group.js';
import { createGroup } from './create-group.js';
import { getGroup } from './get-group.js';
import { inviteToGroup } from './invite-to-group.js';
import { joinGroup } from './join-group.js';
import { leaveGroup } from './leave-group.js';
import { listGroupMembers } from './list-group-members.js';
import { listGroups } from './list-groups.js';
import { listJoinRequests } from './list-join-requests.js';
import { listMyGroups } from './list-my-groups.js';
import { listMyJoinRequests } from './list-my-join-requests.js';
import { listNearbyGroups } from './list-nearby-groups.js';
import { respondToJoinRequest } from './respond-to-join-request.js';
import { replaceGroup, updateGroup } from './update-group.js';

/** The groups area: one use case per route of `contract.groups`, key for key. */
export const groupsUseCases: UseCaseTree<Contract['groups']> = {
  list: listGroups,
  create: createGroup,
  get: getGroup,
  replace: replaceGroup,
  update: updateGroup,
  archive: archiveGroup,
  join: joinGroup,
  leave: leaveGroup,
  invite: inviteToGroup,
  members: listGroupMembers,
  myGroups: listMyGroups,
  nearby: listNearbyGroups,
  joinRequests: listJoinRequests,
  respondToJoinRequest,
  myJoinRequests: listMyJoinRequests,
};
