import { describe, expect, it } from 'vitest';
import { dependencyClosure, resolveLocation, type LockedPackages } from './dependency-closure.js';

/** A consumer workspace `app` using `sdk`, which nests its own `zod` 4 while `zod` 3 is hoisted. */
const packages: LockedPackages = {
  '': { dependencies: {} },
  app: { dependencies: { sdk: '1.0.0' } },
  'node_modules/app': { link: true, resolved: 'app' },
  'node_modules/sdk': {
    version: '1.0.0',
    dependencies: { contract: '1.0.0', zod: '^4' },
    peerDependencies: { react: '*', typescript: '*' },
    peerDependenciesMeta: { typescript: { optional: true } },
  },
  'node_modules/sdk/node_modules/zod': { version: '4.1.0' },
  'node_modules/contract': { version: '1.0.0', dependencies: { zod: '^3' } },
  'node_modules/zod': { version: '3.25.0' },
  'node_modules/react': { version: '19.0.0' },
  'node_modules/express': { version: '4.22.0' },
  'node_modules/typescript': { version: '5.9.0' },
};

describe('dependencyClosure', () => {
  it('resolves a name from the package outwards, as Node does', () => {
    expect(resolveLocation(packages, 'node_modules/sdk', 'zod')).toBe('node_modules/sdk/node_modules/zod');
    expect(resolveLocation(packages, 'node_modules/contract', 'zod')).toBe('node_modules/zod');
    expect(resolveLocation(packages, '', 'app')).toBe('app');
  });

  it('brings the package, its dependencies and required peers, not an optional peer installed beside them', () => {
    expect(dependencyClosure(packages, 'node_modules/sdk')).toEqual({
      packages: ['contract@1.0.0', 'react@19.0.0', 'sdk@1.0.0', 'zod@3.25.0', 'zod@4.1.0'],
      missing: [],
    });
  });

  it('names a required dependency the lockfile lacks', () => {
    const withoutReact = { ...packages, 'node_modules/react': undefined } as unknown as LockedPackages;

    expect(dependencyClosure(withoutReact, 'node_modules/sdk').missing).toEqual(['sdk -> react']);
  });
});
