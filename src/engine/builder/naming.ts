/**
 * Vertex names and `docker history` CREATED BY texts (§2.3, §2.13).
 *   [build 2/6] WORKDIR /app      [ 1/13] FROM …      [stage-1 3/3] COPY --from=build /a ./a
 *   RUN /bin/sh -c npm ci # buildkit      RUN |1 NODE_ENV=production /bin/sh -c … # buildkit
 */
import { processWord } from '../dockerfile/expand';
import type { Instruction } from '../dockerfile/instructions/types';
import type { Stage } from '../dockerfile/stages';

/** Instructions that get a vertex and count in `<n>` (FROM is counted separately). */
export function countsAsStep(kind: Instruction['kind']): boolean {
  return kind === 'RUN' || kind === 'COPY' || kind === 'ADD' || kind === 'WORKDIR';
}

export interface StageLabel {
  /** `build`, `stage-1`, or `''` in a single-stage Dockerfile. */
  readonly name: string;
  readonly total: number;
}

export function stageLabel(stage: Stage, stageCount: number, fromCounts: boolean): StageLabel {
  const name = stageCount === 1 ? '' : (stage.name ?? `stage-${stage.index}`);
  const steps = stage.instructions.filter((i) => countsAsStep(i.kind)).length;
  return { name, total: steps + (fromCounts ? 1 : 0) };
}

/** `[build 2/6] `, `[ 1/13] `, `[2/5] ` */
export function stepPrefix(label: StageLabel, i: number): string {
  const n = String(label.total);
  const idx = String(i).padStart(n.length, ' ');
  return label.name ? `[${label.name} ${idx}/${n}] ` : `[${idx}/${n}] `;
}

/**
 * The instruction as written, keyword upper-cased, variables the stage knows expanded and
 * unknown ones left as written (BuildKit processCmdEnv-like display).
 */
export function displayText(ins: Instruction, env: ReadonlyMap<string, string>): string {
  const rest = ins.original.slice(ins.keyword.length).trim();
  let shown = rest;
  try {
    shown = processWord(rest, env, {
      rawQuotes: true,
      rawEscapes: true,
      skipUnsetEnv: true,
    }).result;
  } catch {
    // an expansion error is reported by the step itself; the name keeps the raw text
  }
  return `${ins.kind} ${shown}`;
}

/** Go `%q` of each element, space-separated in brackets: `["node" "dist/server.js"]`. */
export function goSlice(items: readonly string[]): string {
  return `[${items.map((s) => JSON.stringify(s)).join(' ')}]`;
}

/** RUN's CREATED BY: `RUN [|N K=V … ]<argv joined> # buildkit`. */
export function runHistory(
  argv: readonly string[],
  args: readonly (readonly [string, string])[],
): string {
  const prefix =
    args.length > 0 ? `|${args.length} ${args.map(([k, v]) => `${k}=${v}`).join(' ')} ` : '';
  return `RUN ${prefix}${argv.join(' ')} # buildkit`;
}

/** COPY/ADD CREATED BY: `--from` is left out; `--chown`/`--chmod` are shown (§2.13). */
export function copyHistory(
  kind: 'COPY' | 'ADD',
  sources: readonly string[],
  dest: string,
  chown?: string,
  chmod?: string,
): string {
  const flags = [
    ...(chown !== undefined ? [`--chown=${chown}`] : []),
    ...(chmod !== undefined ? [`--chmod=${chmod}`] : []),
  ];
  return `${kind} ${[...flags, ...sources, dest].join(' ')} # buildkit`;
}
