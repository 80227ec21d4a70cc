/**
 * The container table. Records are immutable; every change replaces one, so a checkpoint is
 * a shallow map copy. Lookup follows moby: exact id, exact name, then a unique id prefix.
 */
import type { ContainerRecord } from './container-types';
import { NoSuchContainerError } from './errors';

export class ContainerStore {
  private byId = new Map<string, ContainerRecord>();

  find(ref: string): ContainerRecord | undefined {
    const name = ref.startsWith('/') ? ref.slice(1) : ref;
    const exact = this.byId.get(ref);
    if (exact) return exact;
    for (const c of this.byId.values()) if (c.name === name) return c;
    if (/^[a-f0-9]+$/.test(ref)) {
      const hits = [...this.byId.values()].filter((c) => c.id.startsWith(ref));
      if (hits.length === 1) return hits[0];
    }
    return undefined;
  }

  /** find, or Docker's `No such container: <ref>`. */
  require(ref: string): ContainerRecord {
    const c = this.find(ref);
    if (!c) throw new NoSuchContainerError(ref);
    return c;
  }

  nameTaken(name: string): ContainerRecord | undefined {
    for (const c of this.byId.values()) if (c.name === name) return c;
    return undefined;
  }

  set(record: ContainerRecord): void {
    this.byId.set(record.id, record);
  }

  update(id: string, change: Partial<ContainerRecord>): ContainerRecord {
    const next = { ...this.byId.get(id)!, ...change };
    this.byId.set(id, next);
    return next;
  }

  delete(id: string): void {
    this.byId.delete(id);
  }

  /** Newest first, as `docker ps` lists them. */
  list(): readonly ContainerRecord[] {
    return [...this.byId.values()].reverse();
  }

  usingImage(imageId: string): readonly ContainerRecord[] {
    return this.list().filter((c) => c.imageId === imageId);
  }

  checkpoint(): ReadonlyMap<string, ContainerRecord> {
    return new Map(this.byId);
  }

  restore(state: ReadonlyMap<string, ContainerRecord>): void {
    this.byId = new Map(state);
  }
}
