/** `docker buildx build` (alias `docker buildx b`): BuildKit always; DOCKER_BUILDKIT is ignored. */
import type { CommandModule } from '../registry';
import { runBuild } from './build';
import { BUILDX_BUILD_SPEC } from './build-spec';

export const command: CommandModule = {
  spec: BUILDX_BUILD_SPEC,
  names: ['buildx build', 'buildx b'],
  run: (ctx, p) => runBuild(ctx, p, true),
};
