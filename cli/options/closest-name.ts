/**
 * The known name a mistyped one most likely meant: within two edits (a swap of neighbours is one
 * edit: `prot` → `port`), or one that starts with it (`data` → `data-dir`); undefined when none is close.
 */
export function closestName(given: string, known: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = name.startsWith(given) ? 1 : editDistance(given, name);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(from: string, to: string): number {
  const width = to.length + 1;
  // distances[row * width + column]: from's first `row` characters against to's first `column`.
  const distances = new Array<number>((from.length + 1) * width).fill(0);
  const at = (row: number, column: number) => distances[row * width + column] ?? 0;
  for (let row = 0; row <= from.length; row += 1) distances[row * width] = row;
  for (let column = 0; column <= to.length; column += 1) distances[column] = column;
  for (let row = 1; row <= from.length; row += 1) {
    for (let column = 1; column <= to.length; column += 1) {
      const substitution = from[row - 1] === to[column - 1] ? 0 : 1;
      const swap =
        row > 1 && column > 1 && from[row - 1] === to[column - 2] && from[row - 2] === to[column - 1]
          ? at(row - 2, column - 2) + 1
          : Infinity;
      distances[row * width + column] = Math.min(
        at(row - 1, column) + 1,
        at(row, column - 1) + 1,
        at(row - 1, column - 1) + substitution,
        swap,
      );
    }
  }
  return at(from.length, to.length);
}
