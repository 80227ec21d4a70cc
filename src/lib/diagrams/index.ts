/** Build-time data for the lesson pictures (stage diagrams, size charts, layer tables). */
export * from './stage-graph';
export * from './stage-layout';
export * from './stage-summary';
export * from './size-chart';
export * from './layer-table';
export { wrapText, truncate } from './wrap';
export * from './catalog-lookup';
