import type { SubjectLevel } from '@studymate/contract';
import type { DeleteOutcome, Slice, SliceResult, Sort } from './shared.js';

export interface SubjectRecord {
  id: number;
  /** Unique. */
  code: string;
  nameEn: string;
  nameVi: string;
  level: SubjectLevel;
  createdAt: Date;
  updatedAt: Date;
}

export type NewSubject = Omit<SubjectRecord, 'id'>;
export type SubjectChanges = Partial<Omit<SubjectRecord, 'id' | 'createdAt'>>;

export interface SubjectFilter {
  /** In the code, name_en and name_vi. */
  search?: string;
  level?: SubjectLevel;
}

export interface SubjectRepo {
  /** Creates the subject unless its code is taken, in one atomic step. */
  create(subject: NewSubject): Promise<SubjectRecord | 'code_taken'>;
  findById(id: number): Promise<SubjectRecord | null>;
  findByIds(ids: number[]): Promise<Map<number, SubjectRecord>>;
  update(id: number, changes: SubjectChanges): Promise<SubjectRecord | 'code_taken' | null>;
  /** Sessions and groups lose the subject; a subject on a user's list is `referenced`. */
  delete(id: number): Promise<DeleteOutcome>;
  list(
    filter: SubjectFilter,
    sort: Sort<'code' | 'nameEn' | 'createdAt'>,
    slice: Slice,
  ): Promise<SliceResult<SubjectRecord>>;
}
