/**
 * What a container's main process does: the simulated programs (src/engine/programs) run the
 * argv over the container's filesystem. runc's own checks (no such file, no shell, not
 * executable) happen before this in runtime.ts; here the program runs and prints.
 */
import { isEngineError } from '../errors';
import { Vfs } from '../fs';
import { programImage } from '../programs/image-fs';
import { LineWriter } from '../programs/output';
import { startProcess } from '../programs/run';
import type { LogLine } from './container-types';
import type { ProcessRequest, ProcessOutcome, ProcessRunner } from './runtime';

function envRecord(entries: readonly string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return env;
}

export const programsRunner: ProcessRunner = (req: ProcessRequest): ProcessOutcome => {
  const output: LogLine[] = [];
  const stdout = new LineWriter((text) => output.push({ stream: 'stdout', text: `${text}\n` }));
  const stderr = new LineWriter((text) => output.push({ stream: 'stderr', text: `${text}\n` }));
  try {
    // Each start gets a fresh writable layer over the image, as a container does.
    const outcome = startProcess(
      {
        vfs: req.vfs ?? Vfs.create(req.rootfs),
        image: programImage(req.image.facts),
        env: envRecord(req.env),
        cwd: req.cwd,
        user: { uid: req.uid, gid: req.gid },
        stdout,
        stderr,
      },
      req.argv,
    );
    stdout.flush();
    stderr.flush();
    return {
      output,
      exitCode: outcome.code,
      ...(outcome.running && {
        running: {
          description: outcome.running.description,
          ...(outcome.running.port !== undefined && { port: outcome.running.port }),
        },
      }),
    };
  } catch (e) {
    if (!isEngineError(e)) throw e;
    stdout.flush();
    stderr.flush();
    output.push({ stream: 'stderr', text: `${e.message}\n` });
    return { output, exitCode: e.exitCode };
  }
};
