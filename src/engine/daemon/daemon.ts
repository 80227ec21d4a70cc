/**
 * The simulated Docker daemon: one object holding every piece of daemon state. Commands and
 * the builder talk to its parts; `checkpoint`/`restore` let the dispatcher undo a failed
 * command, and ./snapshot.ts turns it into versioned JSON.
 */
import { SimClock } from '../format/clock';
import { createRng } from '../format/clock';
import { digestOf, type Digest } from '../util/digest';
import { AuthStore } from './auth';
import { ContainerStore } from './containers';
import { LocalImageStore } from './image-store';
import { uniqueName } from './names';
import { DEFAULT_PROFILE, PROFILES, type Profile, type ProfileName } from './profile';
import { SimRegistry } from './registry';
import type { ProcessRunner } from './runtime';
import { programsRunner } from './program-runner';

/** 2026-11-26T12:00:00Z: the catalog's check date, so relative times look current. */
export const DEFAULT_NOW = Date.UTC(2026, 10, 26, 12, 0, 0);

export interface DaemonOptions {
  readonly profile?: ProfileName;
  /** Seeds container ids and names; the same seed gives the same session. */
  readonly seed?: string;
  /** Start of the simulated clock, in ms since the epoch. */
  readonly now?: number;
}

export interface DaemonCheckpoint {
  readonly images: ReturnType<LocalImageStore['checkpoint']>;
  readonly containers: ReturnType<ContainerStore['checkpoint']>;
  readonly registry: ReturnType<SimRegistry['checkpoint']>;
  readonly auth: ReturnType<AuthStore['checkpoint']>;
  readonly buildCache: unknown;
  readonly counter: number;
}

export class Daemon {
  readonly profile: Profile;
  readonly seed: string;
  readonly clock: SimClock;
  readonly images = new LocalImageStore();
  readonly containers = new ContainerStore();
  readonly registry = new SimRegistry();
  readonly auth = new AuthStore();
  /**
   * The builder's cache, in whatever plain-JSON shape the builder defines. Replace it, never
   * mutate it in place, so checkpoints and snapshots stay correct.
   */
  buildCache: unknown = undefined;
  /** Runs container processes (the programs module); unset: processes print nothing, exit 0. */
  /** What a container's process does; tests may swap in another runner. */
  runner: ProcessRunner | undefined = programsRunner;
  /** Bumped for every id or name drawn, so draws never repeat and survive a snapshot. */
  counter = 0;

  constructor(options: DaemonOptions = {}) {
    this.profile = PROFILES[options.profile ?? DEFAULT_PROFILE];
    this.seed = options.seed ?? 'stagecraft';
    this.clock = new SimClock(options.now ?? DEFAULT_NOW);
  }

  now(): number {
    return this.clock.now();
  }

  /** A fresh 64-hex id (containers, exec instances). */
  newId(kind: string): string {
    return digestOf(`${this.seed}:${kind}:${this.counter++}`).slice(7);
  }

  /** A fresh digest, for builder outputs that are not content-addressed in the simulation. */
  newDigest(kind: string): Digest {
    return digestOf(`${this.seed}:${kind}:${this.counter++}`);
  }

  /** moby's adjective_surname, unique among current containers. */
  newContainerName(): string {
    const rng = createRng(`${this.seed}:name:${this.counter++}`);
    return uniqueName(rng, (n) => this.containers.nameTaken(n) !== undefined);
  }

  isLoggedIn(host: string): boolean {
    return this.auth.userFor(host) !== undefined;
  }

  checkpoint(): DaemonCheckpoint {
    return {
      images: this.images.checkpoint(),
      containers: this.containers.checkpoint(),
      registry: this.registry.checkpoint(),
      auth: this.auth.checkpoint(),
      buildCache: this.buildCache,
      counter: this.counter,
    };
  }

  restore(cp: DaemonCheckpoint): void {
    this.images.restore(cp.images);
    this.containers.restore(cp.containers);
    this.registry.restore(cp.registry);
    this.auth.restore(cp.auth);
    this.buildCache = cp.buildCache;
    this.counter = cp.counter;
  }
}
