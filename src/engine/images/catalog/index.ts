/** Every image of the simulated registry, in one list. */
import type { CatalogImage } from '../types';
import { osImages } from './os-images';
import { nodeImages } from './node';
import { distrolessImages } from './distroless';

export const CATALOG: readonly CatalogImage[] = [...osImages, ...nodeImages, ...distrolessImages];
