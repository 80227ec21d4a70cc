import type { Instruction } from '../../instructions/types';
import { factsFor, isRootUser } from '../image-facts';
import { rootImage, type CheckModel } from '../model';
import type { ImageFactsLookup } from '../types';
import type { StagecraftEmit } from './report';

/**
 * Rules about the stage that becomes the image (the target, by default the last stage),
 * judged against the image at the bottom of its FROM chain.
 */
export function finalStageRules(
  model: CheckModel,
  emit: StagecraftEmit,
  lookup?: ImageFactsLookup,
): void {
  const stage = model.parsed.stages[model.targetIndex];
  if (!stage) return;
  const image = rootImage(model, stage.index);
  const facts = factsFor(image, lookup);
  // A stage built FROM another stage inherits its instructions' effects too.
  const chain: Instruction[] = [];
  for (let i: number | undefined = stage.index; i !== undefined; i = model.baseStage[i]) {
    chain.unshift(...model.parsed.stages[i]!.instructions);
  }
  if (facts && !facts.hasShell && !chain.some((i) => i.kind === 'SHELL')) {
    for (const ins of stage.instructions) {
      if ((ins.kind === 'RUN' || ins.kind === 'CMD' || ins.kind === 'ENTRYPOINT') && !ins.json) {
        emit(
          'shellFormOnDistroless',
          `${ins.keyword} uses the shell form, but the final stage is based on ${image}, which has no /bin/sh. ` +
            `Docker runs shell-form ${ins.keyword} as /bin/sh -c "…", so ${ins.kind === 'RUN' ? 'the build' : 'the container'} fails with "no such file or directory". ` +
            `Use the exec form, e.g. ${ins.keyword} ["/app/server"], or do this work in a build stage.`,
          ins,
        );
      }
    }
  }
  const users = chain.filter((i): i is Extract<Instruction, { kind: 'USER' }> => i.kind === 'USER');
  const last = users[users.length - 1];
  if (last) {
    if (isRootUser(last.user)) {
      emit(
        'finalStageRunsAsRoot',
        `USER ${last.user} makes the container run as root. If the application is compromised, the attacker is root in the container. Switch to an unprivileged user, e.g. USER 65532 (distroless :nonroot) or a user you create in a build stage.`,
        last,
      );
    }
  } else if (isRootUser(facts?.defaultUser)) {
    emit(
      'finalStageRunsAsRoot',
      `The final stage sets no USER and ${image} runs as root by default, so the container runs as root. Add USER with an unprivileged user, e.g. USER 65532, or use a base image that runs as non-root (such as a distroless :nonroot tag).`,
      stage.from,
    );
  }
}
