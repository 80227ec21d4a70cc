/** Turning flag text into typed values, as pflag's and docker's `Value.Set` do. */
import { parseGoBool, parseGoDuration, parseGoInt, type Parsed } from './go-parse';
import type { FlagSpec, FlagType, FlagValue } from './spec';

export function zeroValue(type: FlagType): FlagValue {
  switch (type) {
    case 'string':
      return '';
    case 'bool':
      return false;
    case 'int':
    case 'duration':
      return 0;
    case 'stringArray':
    case 'list':
      return [];
    case 'map':
      return {};
  }
}

export function defaultValue(flag: FlagSpec): FlagValue {
  return flag.default ?? zeroValue(flag.type);
}

/**
 * The new value after `Set(text)`. `changedBefore` matters for stringArray: pflag replaces the
 * default on the first Set and appends afterwards; docker's ListOpts always append.
 */
export function setValue(
  flag: FlagSpec,
  current: FlagValue,
  text: string,
  changedBefore: boolean,
): Parsed<FlagValue> {
  switch (flag.type) {
    case 'string':
      return { value: text };
    case 'bool':
      return parseGoBool(text);
    case 'int':
      return parseGoInt(text);
    case 'duration':
      return parseGoDuration(text);
    case 'stringArray':
      return { value: changedBefore ? [...(current as string[]), text] : [text] };
    case 'list':
      return { value: [...(current as string[]), text] };
    case 'map': {
      // uncertain: docker's MapOpts stores `key` without `=` as an empty value.
      const eq = text.indexOf('=');
      const key = eq < 0 ? text : text.slice(0, eq);
      const val = eq < 0 ? '' : text.slice(eq + 1);
      return { value: { ...(current as Record<string, string>), [key]: val } };
    }
  }
}
