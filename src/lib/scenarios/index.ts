export * from './conditions';
export * from './session';
export * from './steps';
export { baseReferences } from './image-base';
export { validateScenarioYaml, type ScenarioYamlResult } from './validate';
