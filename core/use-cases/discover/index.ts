import type { Contract } from '@studymate/contract';
import type { UseCaseTree } from '../../context.js';
import { listNearbyLearners } from './list-nearby-learners.js';

/** The discover area: one use case per route of `contract.discover`, key for key. */
export const discoverUseCases: UseCaseTree<Contract['discover']> = {
  nearbyLearners: listNearbyLearners,
};
