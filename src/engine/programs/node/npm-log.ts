/** npm's error block: `npm error` lines ending with the debug log path npm writes. */
import type { Process } from '../host';
import { println } from '../output';

/** `2024-01-01T00_00_00_000Z`: npm's log file stamp (ISO time, `:` and `.` as `_`). */
export function npmLogStamp(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/[:.]/g, '_');
}

export function npmLogPath(proc: Process): string {
  const home = proc.env['HOME'] ?? (proc.cred.uid === 0 ? '/root' : '/');
  return `${home.replace(/\/$/, '')}/.npm/_logs/${npmLogStamp(proc.sys.now)}-debug-0.log`;
}

/** Prints the lines with `npm error ` and the closing log line; writes the log file. */
export function npmError(proc: Process, lines: readonly string[]): void {
  for (const l of lines) println(proc.stderr, l === '' ? 'npm error' : `npm error ${l}`);
  const path = npmLogPath(proc);
  try {
    proc.vfs.mkdir(path.slice(0, path.lastIndexOf('/')), { recursive: true });
    proc.vfs.writeFile(path, `0 verbose cli ${proc.argv.join(' ')}\n`);
  } catch {
    // npm still prints the path when it cannot write the log.
  }
  println(proc.stderr, `npm error A complete log of this run can be found in: ${path}`);
}

/**
 * The EUSAGE block `npm ci` prints without a lockfile, captured from npm 11.19.1 (Node 24).
 * uncertain: npm 10 (Node 22 images) prints a shorter option list after the same first lines.
 */
export const NPM_CI_USAGE: readonly string[] = [
  'code EUSAGE',
  '',
  'The `npm ci` command can only install with an existing package-lock.json or',
  'npm-shrinkwrap.json with lockfileVersion >= 1. Run an install with npm@5 or',
  'later to generate a package-lock.json file, then try again.',
  '',
  'Clean install a project',
  '',
  'Usage:',
  'npm ci',
  '',
  'Options:',
  '[--install-strategy <hoisted|nested|shallow|linked>] [--legacy-bundling]',
  '[--global-style] [--omit <dev|optional|peer> [--omit <dev|optional|peer> ...]]',
  '[--include <prod|dev|optional|peer> [--include <prod|dev|optional|peer> ...]]',
  '[--strict-peer-deps] [--foreground-scripts] [--ignore-scripts]',
  '[--allow-directory <all|none|root>] [--allow-file <all|none|root>]',
  '[--allow-git <all|none|root>] [--allow-remote <all|none|root>]',
  '[--allow-scripts <package-list> [--allow-scripts <package-list> ...]]',
  '[--strict-allow-scripts] [--dangerously-allow-all-scripts] [--no-audit]',
  '[--no-bin-links] [--no-fund] [--dry-run]',
  '[-w|--workspace <workspace-name> [-w|--workspace <workspace-name> ...]]',
  '[--workspaces] [--include-workspace-root] [--install-links]',
  '',
  '  --install-strategy',
  '    Sets the strategy for installing packages in node_modules.',
  '',
  '  --legacy-bundling',
  '    Instead of hoisting package installs in `node_modules`, install packages',
  '',
  '  --global-style',
  '    Only install direct dependencies in the top level `node_modules`,',
  '',
  '  --omit',
  '    Dependency types to omit from the installation tree on disk.',
  '',
  '  --include',
  '    Option that allows for defining which types of dependencies to install.',
  '',
  '  --strict-peer-deps',
  '    If set to `true`, and `--legacy-peer-deps` is not set, then _any_',
  '',
  '  --foreground-scripts',
  '    Run all build scripts (ie, `preinstall`, `install`, and',
  '',
  '  --ignore-scripts',
  '    If true, npm does not run scripts specified in package.json files.',
  '',
  '  --allow-directory',
  '    Limits the ability for npm to install dependencies from directories.',
  '',
  '  --allow-file',
  '    Limits the ability for npm to install dependencies from tarball files.',
  '',
  '  --allow-git',
  '    Limits the ability for npm to fetch dependencies from git references.',
  '',
  '  --allow-remote',
  '    Limits the ability for npm to fetch dependencies from urls.',
  '',
  '  --allow-scripts',
  '    Comma-separated list of packages whose install-time lifecycle scripts',
  '',
  '  --strict-allow-scripts',
  '    If `true`, turn the install-script policy from a warning into a hard',
  '',
  '  --dangerously-allow-all-scripts',
  '    If `true`, bypass the `allowScripts` policy entirely and run every',
  '',
  '  --audit',
  '    When "true" submit audit reports alongside the current npm command to the',
  '',
  '  --bin-links',
  '    Tells npm to create symlinks (or `.cmd` shims on Windows) for package',
  '',
  '  --fund',
  '    When "true" displays the message at the end of each `npm install`',
  '',
  '  --dry-run',
  "    Indicates that you don't want npm to make any changes and that it should",
  '',
  '  -w|--workspace',
  '    Enable running a command in the context of the configured workspaces of the',
  '',
  '  --workspaces',
  '    Set to true to run the command in the context of **all** configured',
  '',
  '  --include-workspace-root',
  '    Include the workspace root when workspaces are enabled for a command.',
  '',
  '  --install-links',
  '    When set file: protocol dependencies will be packed and installed as',
  '',
  '',
  'aliases: clean-install, ic, install-clean, isntall-clean',
  '',
  'Run "npm help ci" for more info',
];
