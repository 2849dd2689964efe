import type {
  GroupPrivacy,
  GroupStatus,
  MembershipRole,
  MembershipStatus,
  PrivacyLevel,
  RecurrencePattern,
  SessionType,
  UserStatus,
} from '@studymate/contract';

/** Profile fields a user edits; camelCase twins of the wire fields. */
export interface UserProfileFields {
  fullName: string;
  phone: string;
  schoolId: number | null;
  major: string;
  year: number | null;
  bio: string;
  avatarUrl: string | null;
  learningRadiusKm: number;
  privacyLevel: PrivacyLevel;
}

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export interface CurrentLocationRecord extends GeoPoint {
  updatedAt: Date;
}

export interface UserRecord extends UserProfileFields {
  id: number;
  /** Stored as given; unique case-insensitively. */
  email: string;
  passwordHash: string;
  status: UserStatus;
  isStaff: boolean;
  lastActiveAt: Date | null;
  createdAt: Date;
  location: CurrentLocationRecord | null;
  /** When the user's last chat socket closed; null if never connected. */
  lastSeenAt: Date | null;
  /**
   * How many times the password changed (0 at first). A token issued under a smaller number is
   * refused, unless it belongs to `passwordChangeSessionId`: a password change ends the other sessions.
   */
  passwordVersion: number;
  /** The sign-in session the latest password change was made in (its tokens live on); null before one. */
  passwordChangeSessionId: string | null;
}

export type NewUser = Omit<
  UserRecord,
  'id' | 'lastActiveAt' | 'location' | 'lastSeenAt' | 'passwordVersion' | 'passwordChangeSessionId'
>;

export type UserChanges = Partial<Omit<UserRecord, 'id' | 'email' | 'createdAt'>>;

export interface LocationHistoryRecord extends GeoPoint {
  id: number;
  userId: number;
  accuracy: number | null;
  recordedAt: Date;
  createdAt: Date;
}

export type NewLocationHistory = Omit<LocationHistoryRecord, 'id'>;

/** A window of a list: which rows, and how many there are in all. */
export interface Slice {
  offset: number;
  limit: number;
}

export interface SliceResult<Row> {
  count: number;
  rows: Row[];
}

/** Stored participant statuses; `no_show` is derived when the session completes. */
export type StoredParticipantStatus = 'registered' | 'attended' | 'cancelled';

export interface SessionRecord {
  id: number;
  hostId: number;
  title: string;
  description: string;
  subjectId: number | null;
  sessionType: SessionType;
  locationName: string;
  locationAddress: string;
  location: GeoPoint | null;
  meetingLink: string;
  startTime: Date;
  durationMinutes: number;
  recurrencePattern: RecurrencePattern;
  /** YYYY-MM-DD */
  recurrenceEndDate: string | null;
  maxParticipants: number | null;
  /** Host actions; the effective status also reads the clock. */
  startedAt: Date | null;
  completedAt: Date | null;
  cancelledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export type NewSession = Omit<SessionRecord, 'id' | 'startedAt' | 'completedAt' | 'cancelledAt'>;
export type SessionChanges = Partial<Omit<SessionRecord, 'id' | 'hostId' | 'createdAt'>>;

export interface ParticipantRecord {
  id: number;
  sessionId: number;
  userId: number;
  status: StoredParticipantStatus;
  checkInTime: Date | null;
  checkOutTime: Date | null;
  durationMinutes: number | null;
  notes: string;
  joinedAt: Date;
  updatedAt: Date;
}

export type ParticipantChanges = Partial<Omit<ParticipantRecord, 'id' | 'sessionId' | 'userId' | 'joinedAt'>>;

export type ConnectionState = 'pending' | 'accepted' | 'rejected' | 'blocked';

export interface ConnectionRequestRecord {
  id: number;
  senderId: number;
  receiverId: number;
  state: ConnectionState;
  message: string;
  createdAt: Date;
  updatedAt: Date;
  acceptedAt: Date | null;
  rejectedAt: Date | null;
  /** Who blocked, when `state` is blocked. */
  blockedById: number | null;
}

export type ConnectionRequestWrite = Partial<Omit<ConnectionRequestRecord, 'id'>>;

export interface GroupRecord {
  id: number;
  name: string;
  description: string;
  avatarUrl: string | null;
  createdById: number;
  schoolId: number | null;
  subjectIds: number[];
  privacy: GroupPrivacy;
  maxMembers: number | null;
  location: GeoPoint | null;
  status: GroupStatus;
  /** The group's conversation, created with it. */
  conversationId: number;
  createdAt: Date;
  updatedAt: Date;
}

export type NewGroup = Omit<GroupRecord, 'id' | 'conversationId' | 'status'>;
export type GroupChanges = Partial<Omit<GroupRecord, 'id' | 'createdById' | 'conversationId' | 'createdAt'>>;

/** The answer to a join request, kept apart from the membership status (which moves on later). */
export type JoinRequestStatus = 'pending' | 'accepted' | 'rejected';

export interface MembershipRecord {
  id: number;
  groupId: number;
  userId: number;
  role: MembershipRole;
  status: MembershipStatus;
  /** The join request's message. */
  message: string;
  invitedById: number | null;
  /** Null for memberships that never were join requests. */
  requestStatus: JoinRequestStatus | null;
  requestedAt: Date | null;
  respondedAt: Date | null;
  respondedById: number | null;
  joinedAt: Date;
  leftAt: Date | null;
  updatedAt: Date;
}

export type MembershipWrite = Partial<Omit<MembershipRecord, 'id' | 'groupId' | 'userId'>>;

export interface ConversationRecord {
  id: number;
  kind: 'group' | 'direct';
  groupId: number | null;
  /** For direct conversations: the accepted connection request and its two users. */
  connectionId: number | null;
  participantIds: number[];
  createdAt: Date;
  /** Newest activity. */
  updatedAt: Date;
}

export interface MessageRecord {
  id: number;
  conversationId: number;
  senderId: number;
  content: string;
  /** The sender's idempotency key: resending the same one stores nothing new. */
  clientId: string | null;
  createdAt: Date;
}
