/** How an area of the contract is presented in the API docs (its OpenAPI tag). */
export interface ApiArea {
  /** The tag's name, as the docs list it. */
  name: string;
  /** What the area is about, in one sentence. */
  description: string;
}

const referenceData = 'reference data any signed-in user reads and adds; only staff edit or delete it.';

/**
 * The areas of the contract, by their key in `contract` (`contract.groupMessages` is "Group
 * messages"), in the order the docs list them.
 */
export const apiAreas: Readonly<Record<string, ApiArea>> = {
  auth: {
    name: 'Auth',
    description: "Registration, sign-in, JWT refresh and logout, the caller's profile and password.",
  },
  location: { name: 'Location', description: "The caller's current location and location history." },
  users: { name: 'Users', description: 'Other users as the caller may see them.' },
  sessions: {
    name: 'Sessions',
    description: "Study sessions: scheduling, joining, attendance, and the caller's calendars.",
  },
  dashboard: { name: 'Dashboard', description: "The caller's dashboard." },
  groups: {
    name: 'Groups',
    description:
      'Study groups: privacy, roles, joining, invitations and join requests. Invite-only groups are 404 to outsiders.',
  },
  memberships: {
    name: 'Memberships',
    description:
      "One membership: its details, its role, and the admin's answers (a group keeps at least one admin).",
  },
  groupMessages: {
    name: 'Group messages',
    description:
      "A group's conversation over REST; only active members read or send. Live: the group chat socket (AsyncAPI).",
  },
  matching: {
    name: 'Matching',
    description:
      'Connection requests: one per pair at a time; only the sender cancels, only the receiver answers, either blocks.',
  },
  connections: { name: 'Connections', description: 'Accepted connections, seen from the caller.' },
  chat: {
    name: 'Chat',
    description:
      'Direct chat over REST; only participants see a conversation, only accepted unblocked connections send. Live: the direct chat socket (AsyncAPI).',
  },
  discover: { name: 'Discover', description: 'Finding study partners.' },
  schools: { name: 'Schools', description: `Schools: ${referenceData}` },
  cities: { name: 'Cities', description: `Cities: ${referenceData}` },
  subjects: { name: 'Subjects', description: `Subjects: ${referenceData}` },
  userSubjects: {
    name: 'User subjects',
    description:
      "The caller's own subjects: what they learn or teach, and how far they are. Other users' rows are 404.",
  },
  goals: { name: 'Goals', description: `Goals: ${referenceData}` },
  userGoals: {
    name: 'User goals',
    description: "The caller's own goals and their targets. Other users' rows are 404.",
  },
};
