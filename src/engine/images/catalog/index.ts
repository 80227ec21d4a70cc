/** Every image of the simulated registries, in one list. */
import type { CatalogImage } from '../types';
import { osImages } from './os-images';
import { nodeImages } from './node';
import { golangImages } from './golang';
import { pythonImages } from './python';
import { temurinImages } from './temurin';
import { nginxImages } from './nginx';
import { distrolessImages } from './distroless';
import { chainguardImages } from './chainguard';
import { dhiImages } from './dhi';

export const CATALOG: readonly CatalogImage[] = [
  ...osImages,
  ...nodeImages,
  ...golangImages,
  ...pythonImages,
  ...temurinImages,
  ...nginxImages,
  ...distrolessImages,
  ...chainguardImages,
  ...dhiImages,
];
