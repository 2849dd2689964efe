import type { UserSubjectDetail, UserSubjectListItem } from '@studymate/contract';
import type { Store, SubjectRecord, UserRecord, UserSubjectRecord } from '../../ports/store/store.js';

/** A user's subject row with its subject. */
export interface UserSubjectView {
  row: UserSubjectRecord;
  subject: SubjectRecord;
}

/** The subjects of many rows in one read. */
export async function loadUserSubjectViews(
  rows: UserSubjectRecord[],
  store: Store,
): Promise<UserSubjectView[]> {
  const subjects = await store.subjects.findByIds([...new Set(rows.map((row) => row.subjectId))]);
  return rows.map((row) => {
    const subject = subjects.get(row.subjectId);
    if (!subject) throw new Error(`User subject ${row.id} points at no subject ${row.subjectId}`);
    return { row, subject };
  });
}

export function presentUserSubjectListItem({ row, subject }: UserSubjectView): UserSubjectListItem {
  return {
    id: row.id,
    subject: subject.id,
    subject_code: subject.code,
    subject_name_en: subject.nameEn,
    level: row.level,
    intent: row.intent,
  };
}

/** The detail shape; `owner` is the caller, whose rows these always are. */
function presentUserSubjectDetail(view: UserSubjectView, owner: UserRecord): UserSubjectDetail {
  const { row, subject } = view;
  return {
    id: row.id,
    user: owner.id,
    user_email: owner.email,
    user_full_name: owner.fullName,
    subject: subject.id,
    subject_code: subject.code,
    subject_name_vi: subject.nameVi,
    subject_name_en: subject.nameEn,
    subject_level: subject.level,
    level: row.level,
    intent: row.intent,
    note: row.note,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

/** The detail answer of get, create and update. */
export async function presentUserSubject(
  row: UserSubjectRecord,
  context: { store: Store; user: UserRecord },
) {
  const [view] = await loadUserSubjectViews([row], context.store);
  if (!view) throw new Error(`No view for user subject ${row.id}`);
  return { status: 200 as const, body: presentUserSubjectDetail(view, context.user) };
}
