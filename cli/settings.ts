/** An environment variable, with empty (or only spaces) meaning unset. */
export function setting(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value === '' ? undefined : value;
}

/** A whole, positive number of milliseconds from the environment; unset: undefined (the default applies). */
export function millisecondsSetting(name: string): number | undefined {
  const value = setting(name);
  if (value === undefined) return undefined;
  const milliseconds = Number(value);
  if (!Number.isInteger(milliseconds) || milliseconds <= 0)
    throw new Error(`${name} must be a whole number of milliseconds, not "${value}".`);
  return milliseconds;
}
