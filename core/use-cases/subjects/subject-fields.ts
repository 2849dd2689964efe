import type { SubjectPatchRequest } from '@studymate/contract';
import type { SubjectRecord } from '../../ports/store/store.js';

export type SubjectFields = Pick<SubjectRecord, 'code' | 'nameEn' | 'nameVi' | 'level'>;

/** Overlays the fields a request sent on the current ones. */
export function applySubjectRequest(current: SubjectFields, body: SubjectPatchRequest): SubjectFields {
  return {
    code: body.code ?? current.code,
    nameEn: body.name_en ?? current.nameEn,
    nameVi: body.name_vi ?? current.nameVi,
    level: body.level ?? current.level,
  };
}
