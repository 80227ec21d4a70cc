/** `docker tag SOURCE TARGET`: points a new tag at an existing image. */
import { NoSuchImageError } from '../../daemon/errors';
import {
  familiarString,
  normalizeReference,
  parseReference,
  withDefaultTag,
} from '../../images/reference';
import type { CommandModule } from '../registry';

export const command: CommandModule = {
  spec: {
    name: 'tag',
    use: 'tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
    description: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
    aliases: ['docker image tag, docker tag'],
    args: { exact: 2 },
    flags: [],
  },
  names: ['tag', 'image tag'],
  run(ctx, p) {
    const [source, target] = p.positionals as [string, string];
    const target_ = normalizeReference(target);
    const image = ctx.daemon.images.get(source);
    if (!image) {
      let shown = source;
      try {
        shown = familiarString(withDefaultTag(parseReference(source)));
      } catch {
        // not a reference: an id prefix, echoed as typed
      }
      throw new NoSuchImageError(shown);
    }
    ctx.daemon.images.tag(image.id, target_);
    return 0;
  },
};
