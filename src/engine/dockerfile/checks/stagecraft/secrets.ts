import { isSecretKey } from '../buildkit/secrets';
import type { CheckModel } from '../model';
import type { StagecraftEmit } from './report';

/**
 * secret-in-arg-or-env: the same key test as BuildKit's SecretsUsedInArgOrEnv, with the
 * course's explanation and fix. Meta ARGs count too: their values reach `docker history`
 * as soon as a stage re-declares them.
 */
export function secretRules(model: CheckModel, emit: StagecraftEmit): void {
  const all = [...model.parsed.metaArgs, ...model.parsed.stages.flatMap((s) => s.instructions)];
  for (const ins of all) {
    const keys =
      ins.kind === 'ARG'
        ? ins.args.map((a) => a.name)
        : ins.kind === 'ENV'
          ? ins.pairs.map((p) => p.key)
          : [];
    for (const key of keys) {
      if (!isSecretKey(key)) continue;
      emit(
        'secretInArgOrEnv',
        `${ins.kind} ${key} looks like a secret. ARG and ENV values are saved in the image (docker history and docker inspect show them), and ENV values are visible in every container. Pass it with RUN --mount=type=secret,id=${key.toLowerCase()} and docker build --secret id=${key.toLowerCase()},… instead.`,
        ins,
      );
    }
  }
}
