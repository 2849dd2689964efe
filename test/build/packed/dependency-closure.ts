/** An entry of package-lock.json's `packages` (lockfile v2 and v3): the fields the walk reads. */
interface LockedPackage {
  version?: string;
  /** A workspace or `file:` folder: `resolved` is where it lives. */
  link?: boolean;
  resolved?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

/** package-lock.json's `packages`: location (`node_modules/a/node_modules/b`, `''` for the root) → entry. */
export type LockedPackages = Record<string, LockedPackage>;

/** The package name of a location: what follows its last `node_modules/`. */
function packageNameAt(location: string): string {
  const cut = location.lastIndexOf('node_modules/');
  return cut < 0 ? location : location.slice(cut + 'node_modules/'.length);
}

/** The location that holds `location`'s own node_modules folder: `node_modules/a/node_modules/b` → `node_modules/a`. */
function parentOf(location: string): string {
  const cut = location.lastIndexOf('node_modules/');
  return cut <= 0 ? '' : location.slice(0, cut - 1);
}

/**
 * Where Node finds `name` from the package at `from`, as it does on disk: the package's own
 * node_modules, then each enclosing one up to the root's. A link (a workspace) is followed.
 */
export function resolveLocation(packages: LockedPackages, from: string, name: string): string | undefined {
  for (let base = from; ; base = parentOf(base)) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    const found = packages[candidate];
    if (found) return found.link && found.resolved !== undefined ? found.resolved : candidate;
    if (!base) return undefined;
  }
}

/** What installing a package brings: every package it needs, itself included, and what could not be found. */
export interface DependencyClosure {
  /** `name@version`, sorted. */
  packages: string[];
  /** `needed-by -> name` for each required dependency the lockfile lacks. */
  missing: string[];
}

/**
 * The dependencies npm installs for a package: its dependencies, optional ones (when the platform
 * allows), and its peers, but not the optional peers: those come only when something else needs them.
 */
function neededBy(entry: LockedPackage): { name: string; optional: boolean }[] {
  const required = Object.keys(entry.dependencies ?? {}).map((name) => ({ name, optional: false }));
  const optional = Object.keys(entry.optionalDependencies ?? {}).map((name) => ({ name, optional: true }));
  const peers = Object.keys(entry.peerDependencies ?? {})
    .filter((name) => entry.peerDependenciesMeta?.[name]?.optional !== true)
    .map((name) => ({ name, optional: false }));
  return [...required, ...optional, ...peers];
}

/** Every package that comes with the one at `location`, following dependencies as Node resolves them. */
export function dependencyClosure(packages: LockedPackages, location: string): DependencyClosure {
  const seen = new Set<string>();
  const missing: string[] = [];
  const pending = [location];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    if (seen.has(current)) continue;
    seen.add(current);
    for (const { name, optional } of neededBy(packages[current] ?? {})) {
      const found = resolveLocation(packages, current, name);
      if (found !== undefined) pending.push(found);
      else if (!optional) missing.push(`${packageNameAt(current)} -> ${name}`);
    }
  }
  const named = [...seen].map((at) => `${packageNameAt(at)}@${packages[at]?.version ?? '?'}`);
  return { packages: named.sort(), missing: missing.sort() };
}
