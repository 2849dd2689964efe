import type { SubjectDetail, SubjectListItem } from '@studymate/contract';
import type { Store, SubjectInterest, SubjectRecord } from '../../ports/store/store.js';
import { presentSubject } from '../../rules/subjects/present-subject.js';

/** A subject with how many users learn and teach it. */
export interface SubjectView {
  subject: SubjectRecord;
  interest: SubjectInterest;
}

const NO_INTEREST: SubjectInterest = { users: 0, learners: 0, teachers: 0 };

/** Interest counts for many subjects in one read. */
export async function loadSubjectViews(subjects: SubjectRecord[], store: Store): Promise<SubjectView[]> {
  const interest = await store.userSubjects.interestIn(subjects.map((subject) => subject.id));
  return subjects.map((subject) => ({ subject, interest: interest.get(subject.id) ?? NO_INTEREST }));
}

export function presentSubjectListItem({ subject, interest }: SubjectView): SubjectListItem {
  const summary = presentSubject(subject);
  if (!summary) throw new Error('A subject view always has its subject');
  return { ...summary, user_count: interest.users };
}

function presentSubjectDetail(view: SubjectView): SubjectDetail {
  const { subject, interest } = view;
  return {
    ...presentSubjectListItem(view),
    created_at: subject.createdAt.toISOString(),
    updated_at: subject.updatedAt.toISOString(),
    learners_count: interest.learners,
    teachers_count: interest.teachers,
  };
}

/** The detail answer of get, create and update. */
export async function presentSubjectAnswer(subject: SubjectRecord, store: Store) {
  const [view] = await loadSubjectViews([subject], store);
  if (!view) throw new Error(`No view for subject ${subject.id}`);
  return { status: 200 as const, body: presentSubjectDetail(view) };
}
