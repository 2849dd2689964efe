import type { Faker } from '@faker-js/faker';
import type { GoalType, SubjectIntent, SubjectLevel } from '@studymate/contract';
import type { Store } from '@studymate/core';
import type { WorldUser } from './world-sessions.js';

const GOALS: { code: string; name: string; type: GoalType; targets: [number, number] }[] = [
  { code: 'STUDY_HOURS', name: 'Study Hours Per Day', type: 'daily', targets: [1, 8] },
  { code: 'SESSIONS_PER_WEEK', name: 'Study Sessions Per Week', type: 'weekly', targets: [1, 7] },
  { code: 'BOOKS_PER_MONTH', name: 'Books Read Per Month', type: 'monthly', targets: [1, 6] },
  { code: 'GPA', name: 'Grade Point Average', type: 'yearly', targets: [2, 4] },
  { code: 'FINISH_THESIS', name: 'Finish the Thesis', type: 'milestone', targets: [1, 1] },
];

const LEVELS: SubjectLevel[] = ['beginner', 'intermediate', 'advanced', 'expert'];
const INTENTS: SubjectIntent[] = ['learn', 'learn', 'teach', 'both'];
const NOTES = ['Studying for the exam', 'Happy to help others', 'Preparing for the final', ''];
const DAY = 24 * 60 * 60 * 1000;

/** Goals, and for each user a few subjects (to learn or teach) and goals with targets. */
export async function seedInterests(
  store: Store,
  { faker, now, users }: { faker: Faker; now: Date; users: WorldUser[] },
): Promise<{ goals: number }> {
  const goalIds: number[] = [];
  for (const { code, name, type } of GOALS) {
    const created = await store.goals.create({ code, name, type, createdAt: now, updatedAt: now });
    if (created !== 'code_taken') goalIds.push(created.id);
  }
  const { rows: subjects } = await store.subjects.list(
    {},
    { field: 'code', descending: false },
    { offset: 0, limit: 100 },
  );
  for (const user of users) {
    for (const subject of faker.helpers.arrayElements(subjects, { min: 1, max: 3 })) {
      await store.userSubjects.create({
        userId: user.id,
        subjectId: subject.id,
        level: faker.helpers.arrayElement(LEVELS),
        intent: faker.helpers.arrayElement(INTENTS),
        note: faker.helpers.arrayElement(NOTES),
        createdAt: now,
        updatedAt: now,
      });
    }
    for (const [index, goalId] of faker.helpers.arrayElements(goalIds, { min: 0, max: 2 }).entries()) {
      const [min, max] = GOALS[goalIds.indexOf(goalId)]?.targets ?? [1, 1];
      await store.userGoals.create({
        userId: user.id,
        goalId,
        targetValue: faker.number.float({ min, max, fractionDigits: 1 }),
        targetDate: new Date(now.getTime() + (30 + index * 60) * DAY).toISOString().slice(0, 10),
        createdAt: now,
        updatedAt: now,
      });
    }
  }
  return { goals: goalIds.length };
}
