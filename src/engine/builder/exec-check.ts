/**
 * Whether RUN's argv[0] can start, checked before any program runs: runc's messages when
 * the shell or binary is missing (a shell-form RUN in distroless, §1.10 of the content notes;
 * the runc line is captured in a public build log, Rickitywrekked/Mesh_Dash#2).
 */
import { resolvePath, type ReadonlyTree } from '../fs';

function isExecutable(tree: ReadonlyTree, path: string): boolean {
  try {
    const r = resolvePath(tree, path, true);
    return r.node?.type === 'file';
  } catch {
    return false;
  }
}

/** The runc error line, or undefined when argv[0] exists. */
export function execFailure(
  tree: ReadonlyTree,
  argv0: string,
  pathEnv: string,
  cwd: string,
): string | undefined {
  const prefix =
    'runc run failed: unable to start container process: error during container init: ';
  if (argv0.startsWith('/')) {
    return isExecutable(tree, argv0)
      ? undefined
      : `${prefix}exec: ${JSON.stringify(argv0)}: stat ${argv0}: no such file or directory`;
  }
  if (argv0.includes('/')) {
    const abs = `${cwd.replace(/\/$/, '')}/${argv0}`;
    return isExecutable(tree, abs)
      ? undefined
      : `${prefix}exec: ${JSON.stringify(argv0)}: stat ${argv0}: no such file or directory`;
  }
  for (const dir of pathEnv.split(':')) {
    if (dir && isExecutable(tree, `${dir.replace(/\/$/, '')}/${argv0}`)) return undefined;
  }
  return `${prefix}exec: ${JSON.stringify(argv0)}: executable file not found in $PATH`;
}
