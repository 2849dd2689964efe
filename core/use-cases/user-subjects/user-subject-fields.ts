import type { UserSubjectPatchRequest } from '@studymate/contract';
import type { OwnRowRefusal, UserSubjectRecord } from '../../ports/store/store.js';
import { fieldError, unknownReference } from '../../rules/errors.js';

export type UserSubjectFields = Pick<UserSubjectRecord, 'subjectId' | 'level' | 'intent' | 'note'>;

export const DEFAULT_USER_SUBJECT_FIELDS = {
  level: 'beginner',
  intent: 'learn',
  note: '',
} as const satisfies Omit<UserSubjectFields, 'subjectId'>;

/** Overlays the fields a request sent on the current ones. */
export function applyUserSubjectRequest(
  current: UserSubjectFields,
  body: UserSubjectPatchRequest,
): UserSubjectFields {
  return {
    subjectId: body.subject ?? current.subjectId,
    level: body.level ?? current.level,
    intent: body.intent ?? current.intent,
    note: body.note ?? current.note,
  };
}

/** The 400 for a subject that does not exist or is on the user's list already. */
export function refuseUserSubject(refusal: OwnRowRefusal, subjectId: number) {
  return refusal === 'duplicate'
    ? fieldError('subject', 'This subject is already on your list.')
    : unknownReference('subject', subjectId);
}
