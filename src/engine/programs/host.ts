/**
 * What a simulated program receives and returns. Programs are synchronous functions over the
 * layered Vfs: they read and write files, print to line-oriented writers and return an exit
 * code. A server (node app.js with app.listen, a Go http.ListenAndServe binary) returns a
 * `running` state instead of finishing: `docker run` shows it as Up until it is stopped.
 */
import type { Cred } from '../fs/permissions';
import type { Vfs } from '../fs/vfs';
import type { ImageFacts, Libc, Runtimes } from '../images/types';

/** Receives output as it is produced; text may hold several lines or part of one. */
export interface Writer {
  write(text: string): void;
}

/** The facts about the image a process runs in that programs depend on. */
export interface ProgramImage {
  readonly osId: ImageFacts['os']['id'];
  readonly osVersion: string;
  readonly libc: Libc;
  readonly glibcVersion?: string;
  readonly muslVersion?: string;
  readonly arch: 'amd64' | 'arm64';
  /** Which /bin/sh dialect prints the errors: dash (Debian), busybox ash (Alpine, :debug). */
  readonly shellKind: ImageFacts['shellKind'];
  readonly runtimes: Runtimes;
  readonly packageManager: ImageFacts['packageManager'];
  readonly hasShell: boolean;
}

/** A process that keeps running (a server): docker run keeps the container Up. */
export interface Running {
  readonly kind: 'server';
  /** e.g. `node /app/server.js listening on port 3000`, for `docker ps` hints and tests. */
  readonly description: string;
  readonly port?: number;
}

export interface Outcome {
  readonly code: number;
  readonly running?: Running;
}

export interface Process {
  /** argv[0] as invoked (a name found through PATH, or a path). */
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  readonly cred: Cred;
  /** The filesystem seen with this process's credentials. */
  readonly vfs: Vfs;
  readonly stdin: string;
  readonly stdout: Writer;
  readonly stderr: Writer;
  /** The absolute path that was executed (after PATH lookup). */
  readonly path: string;
  readonly sys: System;
}

export type Program = (proc: Process) => Outcome;

export interface SpawnRequest {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  readonly cred: Cred;
  readonly stdin?: string;
  readonly stdout: Writer;
  readonly stderr: Writer;
}

/**
 * What exec did. `ran`: the program ran. The others mean execve failed and nothing ran; the
 * caller prints its own text (dash: `sh: 1: x: not found`; runc: `exec: "x": …`).
 * `no-interpreter`: the file exists but its ELF loader does not (a dynamic binary on
 * distroless/static), which the kernel reports as ENOENT.
 */
export type SpawnResult =
  | { readonly kind: 'ran'; readonly outcome: Outcome }
  | { readonly kind: 'not-found'; readonly path?: string }
  | { readonly kind: 'denied'; readonly path: string }
  | { readonly kind: 'no-interpreter'; readonly path: string };

/** The machine a process runs on: image facts, the program table and shared limits. */
export interface System {
  readonly image: ProgramImage;
  /** Root view of the filesystem (processes get `vfs.as(cred)`). */
  readonly vfs: Vfs;
  /** Seconds since the epoch, for npm log names and `ls -l` dates. Deterministic. */
  readonly now: number;
  /** Remaining steps (commands, loop rounds); running out stops the script, never hangs. */
  readonly budget: { remaining: number };
  spawn(req: SpawnRequest): SpawnResult;
}
