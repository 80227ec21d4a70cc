/**
 * `docker ps --filter KEY=VALUE` (moby daemon/list.go): the keys learners use are applied
 * (status, name, id, ancestor, exited, label); the other real keys are accepted with a note;
 * a key Docker does not have is the daemon's `invalid filter` error. Filters with the same key
 * are ORed, different keys ANDed, as in moby.
 */
import { EngineError } from '../../errors';
import type { ContainerRecord } from '../../daemon/container-types';

class InvalidFilterError extends EngineError {
  readonly code = 'PS_INVALID_FILTER';
  constructor(key: string) {
    super(`Error response from daemon: invalid filter '${key}'`, {
      hint: 'docker ps filters: status, name, id, ancestor, exited, label, before, since, health, network, publish, expose, volume, isolation, is-task.',
      exitCode: 1,
    });
  }
}

const APPLIED = ['status', 'name', 'id', 'ancestor', 'exited', 'label'];
const NOTED = [
  'before',
  'since',
  'health',
  'network',
  'publish',
  'expose',
  'volume',
  'isolation',
  'is-task',
];

function matches(c: ContainerRecord, key: string, value: string): boolean {
  switch (key) {
    case 'status':
      return c.state === value;
    case 'name':
      // moby matches names as a regular expression, against `/name`.
      try {
        return new RegExp(value).test(`/${c.name}`);
      } catch {
        return false;
      }
    case 'id':
      return c.id.startsWith(value);
    case 'ancestor': {
      const bare = (ref: string) => ref.replace(/:latest$/, '');
      return bare(c.image) === bare(value) || c.imageId.includes(value.replace(/^sha256:/, ''));
    }
    case 'exited':
      return c.state === 'exited' && String(c.exitCode) === value;
    case 'label': {
      const eq = value.indexOf('=');
      const labels = c.labels ?? {};
      return eq < 0 ? value in labels : labels[value.slice(0, eq)] === value.slice(eq + 1);
    }
    default:
      return true;
  }
}

/** The containers that pass every filter, and notes for filters that were only accepted. */
export function applyPsFilters(
  containers: readonly ContainerRecord[],
  filters: readonly string[],
): { containers: readonly ContainerRecord[]; notes: readonly string[] } {
  const byKey = new Map<string, string[]>();
  const notes: string[] = [];
  for (const f of filters) {
    const eq = f.indexOf('=');
    const key = (eq < 0 ? f : f.slice(0, eq)).toLowerCase();
    if (!APPLIED.includes(key) && !NOTED.includes(key)) throw new InvalidFilterError(key);
    if (NOTED.includes(key)) {
      notes.push(`[stagecraft] the ${key} filter is not simulated here; it has no effect.`);
      continue;
    }
    byKey.set(key, [...(byKey.get(key) ?? []), eq < 0 ? '' : f.slice(eq + 1)]);
  }
  const kept = containers.filter((c) =>
    [...byKey].every(([key, values]) => values.some((v) => matches(c, key, v))),
  );
  return { containers: kept, notes };
}

/** A `status` filter lists stopped containers too, without -a (moby's foldFilter sets All). */
export function filtersShowAll(filters: readonly string[]): boolean {
  return filters.some((f) => /^status=/i.test(f));
}
