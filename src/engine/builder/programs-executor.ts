/**
 * RUN through the simulated programs (src/engine/programs): the step's argv is started the way
 * runc starts it, stdout and stderr go to the build log as one stream of lines.
 */
import { isEngineError } from '../errors';
import { ROOT, userLookupFromFs, type Cred } from '../fs';
import { programImage } from '../programs/image-fs';
import { LineWriter } from '../programs/output';
import { startProcess } from '../programs/run';
import type { RunExecutor, RunRequest, RunResult } from './types';

/** USER `name`, `uid`, `name:group` or `uid:gid`, looked up in the step's /etc files. */
export function credFor(user: string, req: RunRequest): Cred {
  if (user === '' || user === 'root' || user === '0') return ROOT;
  const [u, g] = user.split(':') as [string, string | undefined];
  const users = userLookupFromFs(req.vfs);
  const uid = /^\d+$/.test(u) ? Number(u) : (users.user(u)?.uid ?? 0);
  const gidOf = (x: string) => (/^\d+$/.test(x) ? Number(x) : (users.group(x) ?? 0));
  const gid = g !== undefined ? gidOf(g) : (users.user(u)?.gid ?? uid);
  return { uid, gid };
}

export const programsExecutor: RunExecutor = {
  run(req: RunRequest): RunResult {
    const output: string[] = [];
    const w = new LineWriter((line) => output.push(line));
    let code: number;
    try {
      code = startProcess(
        {
          vfs: req.vfs,
          image: programImage(req.facts),
          env: req.env,
          cwd: req.cwd,
          user: credFor(req.user, req),
          stdout: w,
          stderr: w,
        },
        req.argv,
      ).code;
    } catch (e) {
      if (!isEngineError(e)) throw e;
      // runc could not start the process: its message is the step's only output.
      w.flush();
      output.push(e.message);
      return { exitCode: 1, output };
    }
    w.flush();
    return { exitCode: code, output };
  },
};
