import type { Instruction } from '../../instructions/types';
import type { CheckModel } from '../model';
import type { StagecraftEmit } from './report';

/** Layer-cache and image-size advice about how dependencies are installed. */
export function dependencyRules(model: CheckModel, emit: StagecraftEmit): void {
  for (const stage of model.parsed.stages) {
    copyAllBeforeInstall(stage.instructions, emit);
    npmInstallWithLockfile(stage.instructions, emit);
    for (const ins of stage.instructions) if (ins.kind === 'RUN') aptGet(ins, emit);
  }
}

const INSTALL =
  /\b(?:npm (?:ci|install|i)\b|yarn(?: install)?(?:\s|$|&|;)|pnpm (?:install|i)\b|pip3? install\b|python3? -m pip install\b|go mod download\b|bundle install\b|composer install\b)/;

const runText = (ins: Instruction) => (ins.kind === 'RUN' ? ins.args.join(' ') : '');

function isCopyAll(ins: Instruction): boolean {
  return (
    ins.kind === 'COPY' &&
    ins.from === undefined &&
    ins.sources.some((s) => s === '.' || s === './')
  );
}

/** `COPY . .` then `RUN npm ci`: any source change re-runs the install. */
function copyAllBeforeInstall(list: readonly Instruction[], emit: StagecraftEmit): void {
  const install = list.findIndex((i) => INSTALL.test(runText(i)));
  if (install < 0) return;
  const copy = list.slice(0, install).find(isCopyAll);
  if (!copy) return;
  const cmd = INSTALL.exec(runText(list[install]!))![0].trim();
  emit(
    'copyAllBeforeInstall',
    `COPY ${copy.kind === 'COPY' ? copy.sources.join(' ') : '.'} copies the whole build context before "${cmd}" (line ${list[install]!.startLine}). Any edit to any file invalidates this layer's cache, so the dependencies are downloaded again on every build. Copy only the manifests first (e.g. COPY package.json package-lock.json ./), install, then COPY the rest.`,
    copy,
  );
}

const LOCKFILE =
  /(?:^|\/)package-lock\.json$|(?:^|\/)package\*\.json$|(?:^|\/)\*\.json$|(?:^|\/)npm-shrinkwrap\.json$/;

/** `npm install` after copying package-lock.json: `npm ci` installs exactly the lockfile. */
function npmInstallWithLockfile(list: readonly Instruction[], emit: StagecraftEmit): void {
  let lockfile = false;
  for (const ins of list) {
    if (ins.kind === 'COPY' && ins.from === undefined && ins.sources.some((s) => LOCKFILE.test(s)))
      lockfile = true;
    if (!lockfile || ins.kind !== 'RUN') continue;
    // `npm install` or `npm i` with no package names (flags are fine): a project install.
    const m = /\bnpm (?:install|i)((?:\s+-[^\s&|;]+)*)\s*(?:$|&&|;|\|)/.exec(runText(ins));
    if (m) {
      emit(
        'npmInstallWithLockfile',
        `package-lock.json is copied, but this RUN uses "npm install", which may update the lockfile and install different versions than you tested. "npm ci" installs exactly what the lockfile says and fails if it is out of date, which is what a reproducible image needs. Use RUN npm ci${m[1] ?? ''}.`,
        ins,
      );
    }
  }
}

/** apt-get install without --no-install-recommends and without cleaning the lists. */
function aptGet(ins: Extract<Instruction, { kind: 'RUN' }>, emit: StagecraftEmit): void {
  const text = ins.args.join(' ');
  if (!/\bapt-get\b[^&;|]*\binstall\b/.test(text)) return;
  const missing: string[] = [];
  if (!text.includes('--no-install-recommends')) missing.push('--no-install-recommends');
  if (!/rm\s+-(?:rf|fr|r\s+-f|f\s+-r)\s+\/var\/lib\/apt\/lists/.test(text))
    missing.push('rm -rf /var/lib/apt/lists/*');
  if (missing.length === 0) return;
  emit(
    'aptGetNoCleanup',
    `apt-get install here runs without ${missing.join(' and without ')}. Recommended packages and the downloaded package lists stay in this layer, and deleting them in a later RUN does not shrink the image, because earlier layers are kept. In the same RUN use apt-get install -y --no-install-recommends … && rm -rf /var/lib/apt/lists/*.`,
    ins,
  );
}
