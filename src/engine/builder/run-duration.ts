import { simulatedDurationMs } from '../format/clock';

/**
 * How long a RUN takes when the program does not say: installs and compiles take seconds,
 * everything else a fraction of one. Seeded by the step's cache key, so it is repeatable.
 */
export function defaultRunMs(argv: readonly string[], seed: string): number {
  const text = argv.join(' ');
  const heavy =
    /\b(npm (ci|install|i)|yarn( install)?|pnpm install|go (build|mod download)|apt-get (install|update)|apk add|pip3? install|mvn|gradle|cargo build)\b/.test(
      text,
    );
  return heavy
    ? simulatedDurationMs(`run:${seed}`, 3000, 12000)
    : simulatedDurationMs(`run:${seed}`, 100, 600);
}
