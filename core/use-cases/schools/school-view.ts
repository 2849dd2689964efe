import type { SchoolDetail, SchoolListItem } from '@studymate/contract';
import type { SchoolRecord, Store } from '../../ports/store/store.js';

/** A school with its student count. */
export interface SchoolView {
  school: SchoolRecord;
  studentCount: number;
}

/** Student counts for many schools in one read. */
export async function loadSchoolViews(schools: SchoolRecord[], store: Store): Promise<SchoolView[]> {
  const counts = await store.users.countBySchool(schools.map((school) => school.id));
  return schools.map((school) => ({ school, studentCount: counts.get(school.id) ?? 0 }));
}

export function presentSchoolListItem({ school, studentCount }: SchoolView): SchoolListItem {
  return {
    id: school.id,
    name: school.name,
    short_name: school.shortName,
    city: school.cityId,
    student_count: studentCount,
  };
}

export function presentSchoolDetail({ school, studentCount }: SchoolView): SchoolDetail {
  return {
    id: school.id,
    name: school.name,
    short_name: school.shortName,
    address: school.address,
    city: school.cityId,
    latitude: school.location?.latitude ?? null,
    longitude: school.location?.longitude ?? null,
    website: school.website,
    email: school.email,
    phone: school.phone,
    created_at: school.createdAt.toISOString(),
    updated_at: school.updatedAt.toISOString(),
    student_count: studentCount,
  };
}

/** The detail answer of get, create and update. */
export async function presentSchool(school: SchoolRecord, store: Store) {
  const [view] = await loadSchoolViews([school], store);
  if (!view) throw new Error(`No view for school ${school.id}`);
  return { status: 200 as const, body: presentSchoolDetail(view) };
}
