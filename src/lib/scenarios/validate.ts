/**
 * scenario.yaml text → a validated scenario, or friendly errors (file, step id, field, fix).
 * Version tokens are replaced in the raw text first, so they work anywhere, even where a
 * YAML scalar could not start with `%`. Pure: the loader and the tests share it.
 */
import { parse, YAMLParseError } from 'yaml';
import { resolveImage } from '../../engine/index';
import { scenarioSchema, type ScenarioYaml } from '../../schemas/scenario';
import { formatZodError } from '../../schemas/error-map';
import { replaceVersionTokens, UnknownVersionTokenError } from '../markdown/version-tokens';

export type ScenarioYamlResult =
  | { readonly ok: true; readonly scenario: ScenarioYaml }
  | { readonly ok: false; readonly errors: readonly string[] };

export function validateScenarioYaml(fileName: string, source: string): ScenarioYamlResult {
  let text: string;
  try {
    text = replaceVersionTokens(source);
  } catch (e) {
    if (e instanceof UnknownVersionTokenError)
      return { ok: false, errors: [`${fileName}: ${e.message}`] };
    throw e;
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    if (e instanceof YAMLParseError)
      return { ok: false, errors: [`${fileName}: invalid YAML: ${e.message.split('\n')[0]}`] };
    throw e;
  }
  const result = scenarioSchema.safeParse(data ?? {});
  if (!result.success)
    return {
      ok: false,
      errors: formatZodError(fileName, result.error, { input: data, schema: scenarioSchema }).split(
        '\n',
      ),
    };
  const unknown = result.data.pull.filter((ref) => !knownImage(ref));
  if (unknown.length)
    return {
      ok: false,
      errors: unknown.map(
        (ref) =>
          `${fileName} → field \`pull\`: \`${ref}\` is not in the simulated registry — fix: use an image from src/engine/images/ (docker pull lists what exists)`,
      ),
    };
  return { ok: true, scenario: result.data };
}

function knownImage(ref: string): boolean {
  try {
    const image = resolveImage(ref);
    return image !== undefined && image.pullable;
  } catch {
    return false;
  }
}
