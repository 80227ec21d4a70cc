/**
 * Which Docker the simulator pretends to be. Outputs that differ between the containerd image
 * store (Engine 29 fresh installs, the default) and the classic overlay2 store (Engine 28)
 * read `store`; CLI wording reads `era` (both profiles use docker/cli ≥ 28, ground truth §2.12).
 */
import type { CliEra } from '../cli/args/spec';

export type ProfileName = 'docker29' | 'docker28';

export interface Profile {
  readonly name: ProfileName;
  readonly store: 'containerd' | 'classic';
  readonly era: CliEra;
  /** `docker version` figures. uncertain: the ground truth pins versions, not this output. */
  readonly engineVersion: string;
  readonly cliVersion: string;
  readonly apiVersion: string;
  readonly containerdVersion: string;
  readonly runcVersion: string;
  readonly goVersion: string;
  readonly buildxVersion: string;
}

export const PROFILES: Readonly<Record<ProfileName, Profile>> = {
  docker29: {
    name: 'docker29',
    store: 'containerd',
    era: 'modern',
    engineVersion: '29.0.0',
    cliVersion: '29.0.0',
    apiVersion: '1.52',
    containerdVersion: '2.1.5',
    runcVersion: '1.3.3',
    goVersion: 'go1.25.4',
    buildxVersion: 'v0.29.1',
  },
  docker28: {
    name: 'docker28',
    store: 'classic',
    era: 'modern',
    engineVersion: '28.5.2',
    cliVersion: '28.5.2',
    apiVersion: '1.51',
    containerdVersion: '2.1.4',
    runcVersion: '1.2.5',
    goVersion: 'go1.24.9',
    buildxVersion: 'v0.29.1',
  },
};

export const DEFAULT_PROFILE: ProfileName = 'docker29';

export function isProfileName(value: string): value is ProfileName {
  return value === 'docker29' || value === 'docker28';
}
