/**
 * Instructions that only change the image config (no vertex, an empty-layer history entry).
 * Returns the entry's CREATED BY text (§2.13).
 */
import type { Instruction } from '../dockerfile/instructions/types';
import type { StageState } from './state';

type MetaInstruction = Exclude<Instruction, { kind: 'RUN' | 'COPY' | 'ADD' | 'WORKDIR' | 'FROM' }>;

export function applyMetadata(
  ins: MetaInstruction,
  state: StageState,
  expand: (word: string) => string,
): string {
  switch (ins.kind) {
    case 'ARG':
      for (const d of ins.args) {
        state.scope.declareArg({
          key: d.name,
          ...(d.default !== undefined ? { rawDefault: d.default } : {}),
        });
        const value = state.scope.environment.get(d.name);
        state.args = state.args.filter(([k]) => k !== d.name);
        if (value !== undefined) state.args.push([d.name, value]);
      }
      return `ARG ${ins.args
        .map((d) => {
          const v = state.scope.environment.get(d.name);
          return v === undefined ? d.name : `${d.name}=${v}`;
        })
        .join(' ')}`;
    case 'ENV': {
      const pairs = ins.pairs.map((p): [string, string] => [expand(p.key), expand(p.value)]);
      for (const [k, v] of pairs) state.scope.setEnv(k, v);
      return state.config.setEnv(pairs);
    }
    case 'LABEL':
      return state.config.setLabels(
        ins.pairs.map((p): [string, string] => [expand(p.key), expand(p.value)]),
      );
    case 'USER':
      return state.config.setUser(expand(ins.user));
    case 'CMD':
    case 'ENTRYPOINT': {
      const args = ins.json
        ? ins.args
        : [...state.config.shellArgv, ins.command ?? ins.args.join(' ')];
      return ins.kind === 'CMD' ? state.config.setCmd(args) : state.config.setEntrypoint(args);
    }
    case 'SHELL':
      return state.config.setShell(ins.args);
    case 'EXPOSE':
      return state.config.expose(ins.ports.flatMap((p) => expand(p).split(/\s+/).filter(Boolean)));
    case 'VOLUME':
      return state.config.addVolumes(ins.volumes.map((v) => expand(v)));
    case 'STOPSIGNAL':
      return state.config.setStopSignal(expand(ins.signal));
    case 'HEALTHCHECK':
      return state.config.setHealthcheck(ins);
    case 'MAINTAINER':
      return state.config.setMaintainer(ins.maintainer);
    case 'ONBUILD':
      return state.config.addOnBuild(ins.expression);
  }
}
