import type { RuleMeta } from '../types';

/**
 * Stagecraft's own checks: advice the course teaches that BuildKit does not check.
 * Each links to the lesson section that explains it.
 */
const lesson = (slug: string, section: string) => `/lessons/${slug}/#${section}`;

const rule = (name: string, description: string, url: string): RuleMeta => ({
  name,
  description,
  url,
});

export const STAGECRAFT_RULES = {
  shellFormOnDistroless: rule(
    'stagecraft/shell-form-on-distroless',
    'Shell form needs /bin/sh, which distroless, scratch and hardened runtime images do not have',
    lesson('04-distroless-images', 'use-exec-form-for-cmd-and-entrypoint'),
  ),
  finalStageRunsAsRoot: rule(
    'stagecraft/final-stage-runs-as-root',
    'The final image should not run as root',
    lesson('04-distroless-images', 'run-as-nonroot'),
  ),
  unpinnedBaseImage: rule(
    'stagecraft/unpinned-base-image',
    'Base images should be pinned to a tag or digest',
    lesson('06-choosing-minimal-images', 'pin-by-tag-or-by-digest'),
  ),
  copyFromUnknownStage: rule(
    'stagecraft/copy-from-unknown-stage',
    'COPY --from should name a stage defined earlier',
    lesson('03-multi-stage-in-depth', 'copy-from-an-external-image'),
  ),
  unusedStage: rule(
    'stagecraft/unused-stage',
    'Every stage should be needed by the stage being built',
    lesson('03-multi-stage-in-depth', 'buildkit-builds-only-the-stages-the-target-needs'),
  ),
  copyAllBeforeInstall: rule(
    'stagecraft/copy-all-before-install',
    'Copy dependency manifests and install before copying the whole context',
    lesson('03-multi-stage-in-depth', 'order-from-least-to-most-frequently-changing'),
  ),
  npmInstallWithLockfile: rule(
    'stagecraft/npm-install-with-lockfile',
    'Use npm ci when a lockfile is copied',
    lesson('02-multi-stage-builds', 'a-corrected-nodejs-multi-stage-build'),
  ),
  aptGetNoCleanup: rule(
    'stagecraft/apt-get-no-cleanup',
    'apt-get install should skip recommended packages and remove the package lists in the same RUN',
    lesson('01-why-image-size-matters', 'how-layers-stack'),
  ),
  secretInArgOrEnv: rule(
    'stagecraft/secret-in-arg-or-env',
    'Secrets passed through ARG or ENV stay readable in the image',
    lesson('03-multi-stage-in-depth', 'build-arguments-across-stages'),
  ),
} as const satisfies Record<string, RuleMeta>;

export type StagecraftRuleKey = keyof typeof STAGECRAFT_RULES;
export const STAGECRAFT_RULE_IDS = Object.values(STAGECRAFT_RULES).map((r) => r.name);
