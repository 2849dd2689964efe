import type { CityDetail, CityListItem } from '@studymate/contract';
import type { CityRecord, Store } from '../../ports/store/store.js';

/** A city with its school count. */
export interface CityView {
  city: CityRecord;
  schoolCount: number;
}

/** School counts for many cities in one read. */
export async function loadCityViews(cities: CityRecord[], store: Store): Promise<CityView[]> {
  const counts = await store.schools.countByCity(cities.map((city) => city.id));
  return cities.map((city) => ({ city, schoolCount: counts.get(city.id) ?? 0 }));
}

export function presentCityListItem({ city, schoolCount }: CityView): CityListItem {
  return { id: city.id, name: city.name, school_count: schoolCount };
}

export function presentCityDetail({ city, schoolCount }: CityView): CityDetail {
  return {
    id: city.id,
    name: city.name,
    latitude: city.location?.latitude ?? null,
    longitude: city.location?.longitude ?? null,
    school_count: schoolCount,
  };
}

/** The detail answer of get, create and update. */
export async function presentCity(city: CityRecord, store: Store) {
  const [view] = await loadCityViews([city], store);
  if (!view) throw new Error(`No view for city ${city.id}`);
  return { status: 200 as const, body: presentCityDetail(view) };
}
