/**
 * An image config being built, and the metadata instructions that change it (ENV, LABEL, USER,
 * CMD, ENTRYPOINT, SHELL, EXPOSE, VOLUME, STOPSIGNAL, HEALTHCHECK, MAINTAINER, ONBUILD).
 * Each returns the `docker history` CREATED BY text of its empty-layer entry (§2.13).
 */
import type { ImageConfig } from '../images/types';
import type { HealthcheckInstruction } from '../dockerfile/instructions/types';
import { goSlice } from './naming';

export interface BuiltConfig extends ImageConfig {
  readonly Volumes?: Readonly<Record<string, Record<string, never>>>;
  readonly OnBuild?: readonly string[];
  readonly Healthcheck?: {
    readonly Test: readonly string[];
    readonly Interval?: number;
    readonly Timeout?: number;
    readonly StartPeriod?: number;
    readonly StartInterval?: number;
    readonly Retries?: number;
  };
  readonly Author?: string;
}

export class ConfigBuilder {
  env: Map<string, string>;
  user: string;
  workingDir: string;
  entrypoint: readonly string[] | null;
  cmd: readonly string[] | null;
  shell: readonly string[] | undefined;
  exposed: Map<string, Record<string, never>>;
  labels: Map<string, string>;
  stopSignal: string | undefined;
  volumes: string[];
  onBuild: string[];
  healthcheck: BuiltConfig['Healthcheck'];
  author: string | undefined;
  /** CMD was set in this stage (ENTRYPOINT then keeps it). */
  cmdSetHere = false;

  constructor(base: BuiltConfig) {
    this.env = new Map();
    for (const kv of base.Env) {
      const eq = kv.indexOf('=');
      this.env.set(eq < 0 ? kv : kv.slice(0, eq), eq < 0 ? '' : kv.slice(eq + 1));
    }
    this.user = base.User;
    this.workingDir = base.WorkingDir;
    this.entrypoint = base.Entrypoint;
    this.cmd = base.Cmd;
    this.shell = base.Shell;
    this.exposed = new Map(Object.entries(base.ExposedPorts));
    this.labels = new Map(Object.entries(base.Labels));
    this.stopSignal = base.StopSignal;
    this.volumes = Object.keys(base.Volumes ?? {});
    // ONBUILD triggers run in the child stage and are not inherited further.
    this.onBuild = [];
    this.healthcheck = base.Healthcheck;
    this.author = base.Author;
  }

  /** The shell a shell-form RUN/CMD/ENTRYPOINT uses. */
  get shellArgv(): readonly string[] {
    return this.shell ?? ['/bin/sh', '-c'];
  }

  setEnv(pairs: readonly (readonly [string, string])[]): string {
    for (const [k, v] of pairs) this.env.set(k, v);
    return `ENV ${pairs.map(([k, v]) => `${k}=${v}`).join(' ')}`;
  }

  setLabels(pairs: readonly (readonly [string, string])[]): string {
    for (const [k, v] of pairs) this.labels.set(k, v);
    return `LABEL ${pairs.map(([k, v]) => `${k}=${v}`).join(' ')}`;
  }

  setUser(user: string): string {
    this.user = user;
    return `USER ${user}`;
  }

  setCmd(args: readonly string[]): string {
    this.cmd = args;
    this.cmdSetHere = true;
    return `CMD ${goSlice(args)}`;
  }

  setEntrypoint(args: readonly string[]): string {
    this.entrypoint = args;
    // Docker: a new ENTRYPOINT drops a CMD inherited from the base image.
    if (!this.cmdSetHere) this.cmd = null;
    return `ENTRYPOINT ${goSlice(args)}`;
  }

  setShell(args: readonly string[]): string {
    this.shell = args;
    return `SHELL ${goSlice(args)}`;
  }

  expose(ports: readonly string[]): string {
    const added = ports.map((p) => (p.includes('/') ? p.toLowerCase() : `${p}/tcp`));
    for (const p of added) this.exposed.set(p, {});
    return `EXPOSE ${goSliceBare(added)}`;
  }

  addVolumes(paths: readonly string[]): string {
    for (const p of paths) if (!this.volumes.includes(p)) this.volumes.push(p);
    return `VOLUME ${goSliceBare(paths)}`;
  }

  setStopSignal(signal: string): string {
    this.stopSignal = signal;
    return `STOPSIGNAL ${signal}`;
  }

  setHealthcheck(h: HealthcheckInstruction): string {
    this.healthcheck = {
      Test: h.test,
      ...(h.interval !== undefined ? { Interval: h.interval * 1e6 } : {}),
      ...(h.timeout !== undefined ? { Timeout: h.timeout * 1e6 } : {}),
      ...(h.startPeriod !== undefined ? { StartPeriod: h.startPeriod * 1e6 } : {}),
      ...(h.startInterval !== undefined ? { StartInterval: h.startInterval * 1e6 } : {}),
      ...(h.retries !== undefined ? { Retries: h.retries } : {}),
    };
    // uncertain: BuildKit prints the Go struct (`HEALTHCHECK &{[…] …}`); simplified here.
    return `HEALTHCHECK ${goSlice(h.test)}`;
  }

  setMaintainer(name: string): string {
    this.author = name;
    return `MAINTAINER ${name}`;
  }

  addOnBuild(expression: string): string {
    this.onBuild.push(expression);
    return `ONBUILD ${expression}`;
  }

  build(): BuiltConfig {
    const ports = [...this.exposed.keys()].sort();
    return {
      Env: [...this.env].map(([k, v]) => `${k}=${v}`),
      User: this.user,
      WorkingDir: this.workingDir,
      Entrypoint: this.entrypoint,
      Cmd: this.cmd,
      ...(this.shell ? { Shell: this.shell } : {}),
      ExposedPorts: Object.fromEntries(ports.map((p) => [p, {}])),
      Labels: Object.fromEntries(this.labels),
      ...(this.stopSignal !== undefined ? { StopSignal: this.stopSignal } : {}),
      ...(this.volumes.length
        ? { Volumes: Object.fromEntries(this.volumes.map((v) => [v, {}])) }
        : {}),
      ...(this.onBuild.length ? { OnBuild: [...this.onBuild] } : {}),
      ...(this.healthcheck ? { Healthcheck: this.healthcheck } : {}),
      ...(this.author !== undefined ? { Author: this.author } : {}),
    };
  }
}

/** Go `%v` of a string slice: `[8090/tcp 3000/tcp]` (EXPOSE, VOLUME history). */
function goSliceBare(items: readonly string[]): string {
  return `[${items.join(' ')}]`;
}
