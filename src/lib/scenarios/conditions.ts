/**
 * Scenario conditions against a live Session: images (size, shell, user, base), containers,
 * workspace files and the learner's last command. Pure reads; nothing here changes the
 * session. The terminal captures `last` from its own command events.
 */
import type { Session } from '../../engine/index';
import type {
  Condition,
  ContainerCondition,
  FileCondition,
  ImageCondition,
  LastCommandCondition,
} from '../../schemas/scenario';
import { baseReferences } from './image-base';

/** The learner's last finished command line (heredocs joined by `\n`). */
export interface LastCommand {
  readonly command: string;
  readonly exitCode: number;
  /** What it printed, stdout and stderr, ANSI removed. */
  readonly output: string;
}

export interface EvalContext {
  readonly session: Session;
  readonly last?: LastCommand | undefined;
}

const MB = 1_000_000;
/** The workspace the scenario's files are copied into (Session's start dir). */
export const WORKSPACE = '/home/learner/app';

export function isRootUser(user: string): boolean {
  const name = user.split(':')[0]!.trim();
  return name === '' || name === 'root' || name === '0';
}

function imageHolds(c: ImageCondition, ctx: EvalContext): boolean {
  const image = ctx.session.daemon.images.get(c.image);
  if (!image) return false;
  const mb = image.size / MB;
  if (c.maxSizeMB !== undefined && mb > c.maxSizeMB) return false;
  if (c.minSizeMB !== undefined && mb < c.minSizeMB) return false;
  if (c.hasShell !== undefined && image.facts.hasShell !== c.hasShell) return false;
  if (c.user !== undefined) {
    const user = image.config.User;
    if (c.user === 'root' && !isRootUser(user)) return false;
    if (c.user === 'nonroot' && isRootUser(user)) return false;
    if (c.user !== 'root' && c.user !== 'nonroot' && user !== c.user) return false;
  }
  if (c.base !== undefined) {
    const refs = baseReferences(ctx.session, image.id, image.history);
    if (!refs.some((r) => r.startsWith(c.base!))) return false;
  }
  return true;
}

function containerHolds(c: ContainerCondition, ctx: EvalContext): boolean {
  const { containers, images } = ctx.session.daemon;
  const named = containers.find(c.container);
  const imageId = images.get(c.container)?.id;
  const matching = named
    ? [named]
    : containers
        .list()
        .filter((r) => r.image === c.container || (imageId && r.imageId === imageId));
  return matching.some(
    (r) =>
      (c.state === undefined || r.state === c.state) &&
      (c.exitCode === undefined || (r.state === 'exited' && r.exitCode === c.exitCode)) &&
      (c.logsInclude === undefined ||
        r.logs
          .map((l) => l.text)
          .join('')
          .includes(c.logsInclude)),
  );
}

function fileHolds(c: FileCondition, ctx: EvalContext): boolean {
  const path = c.file.startsWith('/') ? c.file : `${WORKSPACE}/${c.file.replace(/^\.\//, '')}`;
  const fs = ctx.session.state.fs;
  const exists = fs.exists(path);
  if (c.exists === false) return !exists;
  if (!exists) return false;
  if (c.contains === undefined) return true;
  return fs.isDirectory(path) ? false : (fs.readFile(path) ?? '').includes(c.contains);
}

function lastHolds(c: LastCommandCondition['lastCommand'], last: LastCommand | undefined): boolean {
  if (!last) return false;
  if (c.matches !== undefined && !new RegExp(c.matches).test(last.command)) return false;
  if (c.exitCode !== undefined && last.exitCode !== c.exitCode) return false;
  if (c.outputIncludes !== undefined && !last.output.includes(c.outputIncludes)) return false;
  return true;
}

export function holds(condition: Condition, ctx: EvalContext): boolean {
  if ('image' in condition) return imageHolds(condition, ctx);
  if ('noImage' in condition) return ctx.session.daemon.images.get(condition.noImage) === undefined;
  if ('container' in condition) return containerHolds(condition, ctx);
  if ('file' in condition) return fileHolds(condition, ctx);
  return lastHolds(condition.lastCommand, ctx.last);
}

export function allHold(conditions: readonly Condition[], ctx: EvalContext): boolean {
  return conditions.every((c) => holds(c, ctx));
}
