/**
 * Push failures. They arrive inside the push stream, so docker prints them without the
 * `Error response from daemon: ` prefix (ground truth §2.11).
 */
import { EngineError } from '../errors';

export class PushDeniedError extends EngineError {
  readonly code = 'PUSH_DENIED';
  constructor(store: 'classic' | 'containerd', repository: string, loggedIn: boolean) {
    super(
      store === 'classic'
        ? 'denied: requested access to the resource is denied'
        : // uncertain: seen from `buildx --push`; for plain `docker push` unconfirmed (§2.11).
          'push access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
      {
        hint: loggedIn
          ? `You are logged in, but ${repository} is not in a namespace you own. Tag the image as <your-user>/<name> first (\`docker tag\`), then push that tag.`
          : `Pushing needs \`docker login\`, and a tag in a namespace you own: \`docker tag IMAGE <your-user>/<name>\`, then \`docker push <your-user>/<name>\`. ${repository} is not yours.`,
        exitCode: 1,
        data: { repository },
      },
    );
  }
}

export class PushImageNotFoundError extends EngineError {
  readonly code = 'PUSH_IMAGE_NOT_FOUND';
  constructor(store: 'classic' | 'containerd', familiarName: string, familiarTagged: string) {
    super(
      store === 'classic'
        ? `An image does not exist locally with the tag: ${familiarName}`
        : `tag does not exist: ${familiarTagged}`,
      {
        hint: '`docker push` sends a local tag. Tag an image with that name first (`docker tag SOURCE TARGET`) or build it with `-t`.',
        exitCode: 1,
        data: { ref: familiarTagged },
      },
    );
  }
}
