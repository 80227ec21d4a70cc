/** The base-image catalog's public pieces (re-exported by src/engine/index.ts). */
export * from './reference';
export { InvalidReferenceError, ReservedImageNameError } from './errors';
export { resolveImage, resolvePullable, listCatalog, imageFacts } from './lookup';
export type { ImageFactsSummary } from './lookup';
export type * from './types';
