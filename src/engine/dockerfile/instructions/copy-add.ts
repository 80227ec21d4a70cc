import type { Heredoc } from '../ast';
import { heredocMarker } from '../parser/heredoc';
import { badHeredoc, noDestinationArgument } from './messages';
import type { ParseRequest } from './request';
import type { AddInstruction, CopyInstruction, SourceContent } from './types';

/** BuildKit `ChompHeredocContent`: drop leading tabs of every line. */
export function chompHeredocContent(content: string): string {
  return content.replace(/^\t+/gm, '');
}

function markerOf(word: string) {
  try {
    return heredocMarker(word);
  } catch {
    return null; // BuildKit's MustParseHeredoc ignores the error
  }
}

/** BuildKit `parseSourcesAndDest`: heredoc words become inline file contents. */
function sourcesAndDest(req: ParseRequest, command: string) {
  const dest = req.args[req.args.length - 1]!;
  if (markerOf(dest)) throw badHeredoc(command, 'a destination');
  const byName = new Map<string, Heredoc>();
  for (const doc of req.node.heredocs) byName.set(doc.name, doc);
  const sources: string[] = [];
  const sourceContents: SourceContent[] = [];
  for (const src of req.args.slice(0, -1)) {
    const marker = markerOf(src);
    if (!marker) {
      sources.push(src);
      continue;
    }
    const content = byName.get(marker.name)?.content ?? '';
    sourceContents.push({
      path: marker.name,
      data: marker.chomp ? chompHeredocContent(content) : content,
      expand: marker.expand,
    });
  }
  return { dest, sources, sourceContents };
}

/** COPY [--from] [--chown] [--chmod] [--link] [--parents] [--exclude] src… dest. */
export function parseCopy(req: ParseRequest): CopyInstruction {
  if (req.args.length < 2) throw noDestinationArgument('COPY');
  const exclude = req.flags.addStrings('exclude');
  const parents = req.flags.addBool('parents');
  const chown = req.flags.addString('chown');
  const from = req.flags.addString('from');
  const chmod = req.flags.addString('chmod');
  const link = req.flags.addBool('link');
  req.flags.parse();
  const paths = sourcesAndDest(req, 'COPY');
  const [fromV, chownV, chmodV] = [from(), chown(), chmod()];
  return {
    ...req.base,
    kind: 'COPY',
    json: req.json,
    ...paths,
    ...(fromV !== undefined ? { from: fromV } : {}),
    ...(chownV !== undefined ? { chown: chownV } : {}),
    ...(chmodV !== undefined ? { chmod: chmodV } : {}),
    link: link(),
    parents: parents(),
    exclude: exclude(),
    heredocs: req.node.heredocs,
  };
}

/** ADD [--chown] [--chmod] [--link] [--keep-git-dir] [--checksum] [--unpack] [--exclude] src… dest. */
export function parseAdd(req: ParseRequest): AddInstruction {
  if (req.args.length < 2) throw noDestinationArgument('ADD');
  const exclude = req.flags.addStrings('exclude');
  const chown = req.flags.addString('chown');
  const chmod = req.flags.addString('chmod');
  const link = req.flags.addBool('link');
  const keepGitDir = req.flags.addBool('keep-git-dir');
  const checksum = req.flags.addString('checksum');
  const unpack = req.flags.addBool('unpack');
  req.flags.parse();
  const paths = sourcesAndDest(req, 'ADD');
  const [chownV, chmodV, checksumV] = [chown(), chmod(), checksum()];
  return {
    ...req.base,
    kind: 'ADD',
    json: req.json,
    ...paths,
    ...(chownV !== undefined ? { chown: chownV } : {}),
    ...(chmodV !== undefined ? { chmod: chmodV } : {}),
    link: link(),
    keepGitDir: keepGitDir(),
    ...(checksumV !== undefined ? { checksum: checksumV } : {}),
    ...(req.flags.isUsed('unpack') ? { unpack: unpack() } : {}),
    exclude: exclude(),
    heredocs: req.node.heredocs,
  };
}
