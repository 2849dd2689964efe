import type { Faker } from '@faker-js/faker';
import type { SessionType } from '@studymate/contract';
import type { GeoPoint, Store } from '@studymate/core';

const SUBJECTS = [
  { code: 'MATH101', nameEn: 'Calculus I', nameVi: 'Giải tích I', level: 'beginner' },
  { code: 'MATH201', nameEn: 'Linear Algebra', nameVi: 'Đại số tuyến tính', level: 'intermediate' },
  { code: 'CS101', nameEn: 'Introduction to Programming', nameVi: 'Lập trình cơ bản', level: 'beginner' },
  { code: 'CS301', nameEn: 'Web Development', nameVi: 'Phát triển Web', level: 'intermediate' },
  { code: 'PHYS201', nameEn: 'Physics II', nameVi: 'Vật lý II', level: 'intermediate' },
  { code: 'ECON101', nameEn: 'Microeconomics', nameVi: 'Kinh tế vi mô', level: 'beginner' },
  { code: 'LAW210', nameEn: 'Contract Law', nameVi: 'Luật hợp đồng', level: 'advanced' },
] as const;

const TOPICS = [
  'Midterm review',
  'Problem set',
  'Exam prep',
  'Reading group',
  'Project sprint',
  'Office hours',
];
const PLACES = ['Library Room 301', 'Computer Lab A', 'Campus Cafe', 'Study Hall B', 'Rooftop Garden'];
const HOUR = 60 * 60 * 1000;

export interface WorldUser {
  id: number;
  location: GeoPoint;
}

/** Subjects, and sessions of every type and status around `now`, hosted and joined by the given users. */
export async function seedSessions(
  store: Store,
  { faker, now, users }: { faker: Faker; now: Date; users: WorldUser[] },
): Promise<{ subjects: number; sessions: number }> {
  const subjectIds: number[] = [];
  for (const subject of SUBJECTS) {
    const created = await store.subjects.create({ ...subject, createdAt: now, updatedAt: now });
    if (created !== 'code_taken') subjectIds.push(created.id);
  }
  let sessions = 0;
  for (const host of users.filter((_user, index) => index % 2 === 0)) {
    for (let count = faker.number.int({ min: 1, max: 3 }); count > 0; count -= 1) {
      const sessionType = faker.helpers.arrayElement<SessionType>(['in_person', 'virtual', 'hybrid']);
      const startTime = new Date(now.getTime() + faker.number.int({ min: -14 * 24, max: 21 * 24 }) * HOUR);
      const onSite = sessionType !== 'virtual';
      const created = await store.sessions.create({
        hostId: host.id,
        title: `${faker.helpers.arrayElement(TOPICS)}: ${faker.lorem.words({ min: 1, max: 3 })}`,
        description: faker.lorem.sentence(),
        subjectId:
          faker.helpers.maybe(() => faker.helpers.arrayElement(subjectIds), { probability: 0.8 }) ?? null,
        sessionType,
        locationName: onSite ? faker.helpers.arrayElement(PLACES) : '',
        locationAddress: onSite ? faker.location.streetAddress() : '',
        location: onSite ? nearby(faker, host.location) : null,
        meetingLink:
          sessionType === 'in_person' ? '' : `https://meet.example.com/${faker.string.alphanumeric(10)}`,
        startTime,
        durationMinutes: faker.helpers.arrayElement([45, 60, 90, 120]),
        recurrencePattern: 'none',
        recurrenceEndDate: null,
        maxParticipants: faker.helpers.arrayElement([null, 4, 6, 10]),
        createdAt: new Date(startTime.getTime() - 7 * 24 * HOUR),
        updatedAt: new Date(startTime.getTime() - 7 * 24 * HOUR),
      });
      sessions += 1;
      if (faker.number.int({ min: 1, max: 8 }) === 1)
        await store.sessions.update(created.id, { cancelledAt: now });
      for (const guest of faker.helpers.arrayElements(users, { min: 0, max: 5 })) {
        if (guest.id === host.id) continue;
        await store.sessions.register({
          sessionId: created.id,
          userId: guest.id,
          notes: '',
          at: created.createdAt,
        });
      }
    }
  }
  return { subjects: subjectIds.length, sessions };
}

function nearby(faker: Faker, origin: GeoPoint): GeoPoint {
  const [latitude, longitude] = faker.location.nearbyGPSCoordinate({
    origin: [origin.latitude, origin.longitude],
    radius: 4,
    isMetric: true,
  });
  return { latitude, longitude };
}
