/** `docker inspect`: JSON array (4-space indent, as docker's MarshalIndent), or `-f` template. */
import type { CommandModule } from '../registry';
import { EngineError } from '../../errors';
import { str } from './flags';
import { containerJson, imageJson } from './inspect-json';
import { TemplateError } from './go-template';

class NoSuchObjectError extends EngineError {
  readonly code = 'NO_SUCH_OBJECT';
  constructor(arg: string, type: string) {
    super(
      type === 'image'
        ? `Error: No such image: ${arg}`
        : type === 'container'
          ? `Error: No such container: ${arg}`
          : `Error: No such object: ${arg}`,
      {
        hint: '`docker images` and `docker ps -a` list what exists.',
        exitCode: 1,
      },
    );
  }
}

/** Go template value printing: maps as map[k:v], slices as [a b], null as <nil>. */
function goValue(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goValue).join(' ')}]`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `map[${Object.keys(o)
      .sort()
      .map((k) => `${k}:${goValue(o[k])}`)
      .join(' ')}]`;
  }
  return String(v);
}

function applyTemplate(format: string, obj: Record<string, unknown>): string {
  return format.replace(
    /\{\{\s*(json\s+)?\.([A-Za-z0-9_.]*)\s*\}\}/g,
    (_w, json: string | undefined, path: string) => {
      let v: unknown = obj;
      for (const key of path === '' ? [] : path.split('.')) {
        if (typeof v !== 'object' || v === null || !(key in (v as object))) {
          throw new TemplateError(
            `template parsing error: template: :1: map has no entry for key "${key}"`,
          );
        }
        v = (v as Record<string, unknown>)[key];
      }
      return json ? JSON.stringify(v) : goValue(v);
    },
  );
}

export const command: CommandModule = {
  spec: {
    name: 'inspect',
    use: 'inspect [OPTIONS] NAME|ID [NAME|ID...]',
    description: 'Return low-level information on Docker objects',
    args: { min: 1 },
    flags: [
      {
        long: 'format',
        short: 'f',
        type: 'string',
        usage:
          "Format output using a custom template:\n'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
      },
      {
        long: 'size',
        short: 's',
        type: 'bool',
        usage: 'Display total file sizes if the type is container',
      },
      { long: 'type', type: 'string', usage: 'Only inspect objects of the given type' },
    ],
  },
  readOnly: true,
  names: ['inspect', 'image inspect', 'container inspect'],
  run(ctx, p) {
    const type =
      p.command === 'image inspect'
        ? 'image'
        : p.command === 'container inspect'
          ? 'container'
          : str(p, 'type');
    const objects = p.positionals.map((arg) => {
      const c = type !== 'image' ? ctx.daemon.containers.find(arg) : undefined;
      if (c) return containerJson(c);
      const img = type !== 'container' ? ctx.daemon.images.get(arg) : undefined;
      if (img) return imageJson(ctx.daemon, img);
      throw new NoSuchObjectError(arg, type);
    });
    const format = str(p, 'format');
    if (format !== '' && format !== 'json') {
      ctx.out.stdout(objects.map((o) => `${applyTemplate(format, o)}\n`).join(''));
      return 0;
    }
    ctx.out.stdout(`${JSON.stringify(objects, null, 4)}\n`);
    return 0;
  },
};
