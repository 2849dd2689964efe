import type { SubjectSummary } from '@studymate/contract';
import type { SubjectRecord } from '../../ports/store/store.js';

/** A subject as it appears inside sessions, groups and the subjects list (`SubjectSummary`). */
export function presentSubject(subject: SubjectRecord | null): SubjectSummary | null {
  return subject
    ? {
        id: subject.id,
        code: subject.code,
        name_en: subject.nameEn,
        name_vi: subject.nameVi,
        level: subject.level,
      }
    : null;
}
