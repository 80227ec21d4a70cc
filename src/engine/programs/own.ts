/** Looks up a user-supplied key in a table without reaching Object.prototype (`constructor`). */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
