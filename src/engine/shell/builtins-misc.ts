/** echo, history, help, clear, edit, export: the shell's own commands. */
import type { Builtin } from './builtins-fs';
import { abs } from './builtins-fs';

export const echo: Builtin = (args, _s, io) => {
  const noNewline = args[0] === '-n';
  io.out(`${(noNewline ? args.slice(1) : args).join(' ')}${noNewline ? '' : '\n'}`);
  return 0;
};

export const history: Builtin = (_a, s, io) => {
  io.out(s.history.map((h, i) => `${String(i + 1).padStart(5)}  ${h}\n`).join(''));
  return 0;
};

export const exportVar: Builtin = (args, s) => {
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq > 0) s.env[a.slice(0, eq)] = a.slice(eq + 1);
  }
  return 0;
};

export const HELP_TEXT = `Stagecraft terminal: a simulated Docker host. Nothing here touches a real machine.

Simulated:
  docker build, run, exec, ps, images, pull, push, tag, rmi, rm, start, stop, logs,
  history, inspect, login, logout, image prune, system df, version, info
  (docker --help and docker COMMAND --help list their flags)
  ls, cat, cd, pwd, echo, mkdir, rm, touch, tree, clear, history, export, help
  cat > FILE <<'EOF' ... EOF   write a file (heredoc)
  edit FILE                    open FILE in the editor
  NAME=value docker ...        set a variable for one command (e.g. DOCKER_BUILDKIT=0)
  cmd1 && cmd2, cmd1 ; cmd2    run commands one after another
  docker run -it IMAGE sh      a shell inside the container (also docker exec -it NAME sh);
                               exit or Ctrl-D returns here

Not simulated: pipes (|), subshells $(...), networking (curl), docker compose, volumes.
`;

export const help: Builtin = (_a, _s, io) => {
  io.out(HELP_TEXT);
  return 0;
};

/** `edit` needs the terminal's editor; the shell only asks for it. */
export function editBuiltin(
  editorAttached: boolean,
  open: (path: string, content: string) => void,
): Builtin {
  return (args, s, io) => {
    if (args.length !== 1) {
      io.err('edit: usage: edit FILE\n');
      return 2;
    }
    const full = abs(s, args[0]!);
    if (!editorAttached) {
      io.err(`edit: no editor is attached here; write the file with: cat > ${args[0]} <<'EOF'\n`);
      return 1;
    }
    if (s.fs.exists(full) && s.fs.isDirectory(full)) {
      io.err(`edit: ${args[0]}: Is a directory\n`);
      return 1;
    }
    open(full, s.fs.exists(full) ? (s.fs.readFile(full) ?? '') : '');
    return 0;
  };
}
