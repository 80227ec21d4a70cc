/** Printing a finished build the way buildx does: progress, warnings, failure, image id. */
import { errorLine, formatFailure } from '../../builder/report';
import type { BuildResult } from '../../builder/types';
import { renderPlain } from '../../format/progress/plain';
import { ttyFrames } from '../../format/progress/frames';
import { renderTty } from '../../format/progress/tty';
import type { CommandContext } from '../context';

export type ProgressMode = 'tty' | 'plain' | 'quiet';

export interface PrintOptions {
  readonly mode: ProgressMode;
  readonly dockerfileName: string;
  readonly dockerfile: string;
  /** Warnings summary lines (formatBuildWarnings), printed after the progress. */
  readonly warnings: readonly string[];
  readonly containerd: boolean;
}

export function printBuild(ctx: CommandContext, r: BuildResult, o: PrintOptions): number {
  if (o.mode === 'tty') {
    const options = { color: ctx.term.color };
    const text = renderTty(r.events, ctx.term.width, options);
    // Only a real terminal animates (the TTY display's redraws need one); the last frame is
    // `text`, so a sink that ignores frames prints what it always did.
    if (ctx.term.tty) {
      const height = ctx.term.height !== undefined ? { height: ctx.term.height } : {};
      ctx.out.stderr(text, ttyFrames(r.events, ctx.term.width, { ...options, ...height }));
    } else ctx.out.stderr(text);
  } else if (o.mode === 'plain') {
    ctx.out.stderr(renderPlain(r.events));
  }
  const warningsBlock = o.warnings.length ? o.warnings.join('\n') + '\n' : '';
  if (r.failure) {
    ctx.out.stderr(
      formatFailure(r.failure, {
        events: r.events,
        mode: o.mode,
        dockerfileName: o.dockerfileName,
        dockerfile: o.dockerfile,
        ...(o.mode === 'quiet' ? {} : { warningsBlock }),
      }),
    );
    if (r.failure.error.hint) ctx.out.hint?.(r.failure.error.hint);
    return r.failure.error.exitCode || 1;
  }
  if (o.mode === 'quiet') {
    // uncertain: with the containerd store the image ID is the manifest list digest.
    const id = o.containerd ? r.exported?.manifestListDigest : r.exported?.configDigest;
    ctx.out.stdout(`${id ?? r.image?.id ?? ''}\n`);
  } else if (warningsBlock) {
    ctx.out.stderr(warningsBlock);
  }
  return 0;
}

export { errorLine };
