import type { Faker } from '@faker-js/faker';
import type { GeoPoint, Store } from '@studymate/core';

/** The demo world's cities, with their schools. */
export const WORLD_CITIES = [
  {
    name: 'Hanoi',
    latitude: 21.0285,
    longitude: 105.8542,
    schools: [
      { name: 'Hanoi University of Science', shortName: 'HUS', website: 'https://hus.vnu.edu.vn' },
      { name: 'Foreign Trade University', shortName: 'FTU', website: 'https://ftu.edu.vn' },
    ],
  },
  {
    name: 'Ho Chi Minh City',
    latitude: 10.7769,
    longitude: 106.7009,
    schools: [{ name: 'HCMC University of Technology', shortName: 'HCMUT', website: 'https://hcmut.edu.vn' }],
  },
  {
    name: 'Da Nang',
    latitude: 16.0544,
    longitude: 108.2022,
    schools: [{ name: 'University of Da Nang', shortName: 'UDN', website: 'https://udn.vn' }],
  },
  {
    name: 'Berlin',
    latitude: 52.52,
    longitude: 13.405,
    schools: [{ name: 'Technische Universität Berlin', shortName: 'TUB', website: 'https://www.tu.berlin' }],
  },
] as const;

export interface WorldPlaces {
  cities: number;
  schoolIds: number[];
}

/** Cities with coordinates, and schools with an address, contact details and a point a few km from the centre. */
export async function seedPlaces(
  store: Store,
  { faker, now }: { faker: Faker; now: Date },
): Promise<WorldPlaces> {
  const schoolIds: number[] = [];
  for (const city of WORLD_CITIES) {
    const createdAt = faker.date.past({ years: 2, refDate: now });
    const center = { latitude: city.latitude, longitude: city.longitude };
    const { id: cityId } = await store.cities.create({
      name: city.name,
      location: center,
      createdAt,
      updatedAt: createdAt,
    });
    for (const school of city.schools) {
      const { id } = await store.schools.create({
        name: school.name,
        shortName: school.shortName,
        address: `${faker.location.streetAddress()}, ${city.name}`,
        cityId,
        location: near(faker, center),
        website: school.website,
        email: `info@${new URL(school.website).hostname.replace(/^www\./, '')}`,
        phone: faker.phone.number({ style: 'international' }),
        createdAt,
        updatedAt: createdAt,
      });
      schoolIds.push(id);
    }
  }
  return { cities: WORLD_CITIES.length, schoolIds };
}

function near(faker: Faker, origin: GeoPoint): GeoPoint {
  const [latitude, longitude] = faker.location.nearbyGPSCoordinate({
    origin: [origin.latitude, origin.longitude],
    radius: 6,
    isMetric: true,
  });
  return { latitude, longitude };
}
