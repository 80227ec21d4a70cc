/**
 * The variables an expansion can see. BuildKit passes either a `KEY=VALUE` list
 * (`BuildEnvs`: a bare `KEY` means empty, a later duplicate wins) or a map.
 */
export type EnvSource =
  ReadonlyMap<string, string> | Readonly<Record<string, string>> | readonly string[];

export function toEnvMap(source: EnvSource): ReadonlyMap<string, string> {
  if (source instanceof Map) return source;
  const map = new Map<string, string>();
  if (Array.isArray(source)) {
    for (const entry of source as readonly string[]) {
      const eq = entry.indexOf('=');
      if (eq < 0) map.set(entry, '');
      else map.set(entry.slice(0, eq), entry.slice(eq + 1));
    }
    return map;
  }
  for (const [k, v] of Object.entries(source as Readonly<Record<string, string>>)) map.set(k, v);
  return map;
}
