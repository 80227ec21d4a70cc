export { EngineError, isEngineError } from './engine-error';
