import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/engine/session';
import { sim } from '../cli/helpers-session';

describe('host shell', () => {
  it('writes files with heredocs and reads them back', () => {
    const t = sim(
      'cat > Dockerfile <<\'EOF\'\nFROM alpine\nCMD ["echo", "$HOME"]\nEOF\nls\ncat Dockerfile',
    );
    expect(t.stdout).toBe('Dockerfile\nFROM alpine\nCMD ["echo", "$HOME"]\n');
  });

  it('cd, pwd, mkdir, tree, echo with redirection', () => {
    const t = sim('mkdir -p src/lib\necho hi > src/a.txt\ncd src\npwd\ncd ..\ntree');
    expect(t.stdout).toBe(
      '/home/learner/app/src\n.\n└── src\n    ├── a.txt\n    └── lib\n\n2 directories, 1 file\n',
    );
  });

  it('errors use bash wording and status', () => {
    const t = sim('cat nope\ncd nope\nfoo');
    expect(t.stderr).toBe(
      'cat: nope: No such file or directory\nbash: cd: nope: No such file or directory\nbash: foo: command not found\n',
    );
    expect(t.status).toBe(127);
  });

  it('$? is the status of the previous command line', () => {
    expect(sim('cat nope\necho $?\necho $?').stdout).toBe('1\n0\n');
  });

  it('&& stops after a failure and env assignments reach docker', () => {
    const t = sim('cat nope && echo no\necho yes');
    expect(t.stdout).toBe('yes\n');
  });

  it('edit without an editor says so; with one it emits an event', () => {
    expect(sim('edit Dockerfile').stderr).toBe(
      "edit: no editor is attached here; write the file with: cat > Dockerfile <<'EOF'\n",
    );
    const s = new Session({ tty: false, editor: true });
    const events: unknown[] = [];
    s.on((e) => events.push(e));
    s.feed('edit Dockerfile');
    expect(events).toEqual([{ type: 'edit', path: '/home/learner/app/Dockerfile', content: '' }]);
  });

  it('prompt shows ~ paths and > while a heredoc is open', () => {
    const s = new Session({ tty: false });
    expect(s.prompt()).toBe('learner@stagecraft:~/app$ ');
    expect(s.feed('cat > f <<EOF')).toEqual({ status: 'more' });
    expect(s.prompt()).toBe('> ');
    s.interrupt();
    expect(s.prompt()).toBe('learner@stagecraft:~/app$ ');
  });

  it('pipes are reported as not simulated', () => {
    const t = sim('docker images | grep x');
    expect(t.stderr).toBe('stagecraft: `|` is not simulated in this terminal\n');
    expect(t.status).toBe(2);
  });
});

describe('complete', () => {
  const s = new Session({ tty: false, files: { Dockerfile: '', 'src/main.go': '' } });
  s.feed('docker pull -q alpine');
  s.feed('docker run --name web alpine true');
  it('commands, docker subcommands, flags, images, containers, files', () => {
    expect(s.complete('doc').candidates).toEqual(['docker']);
    expect(s.complete('docker im').candidates).toEqual(['image', 'images']);
    expect(s.complete('docker rmi --f').candidates).toEqual(['--force']);
    expect(s.complete('docker run al').candidates).toEqual(['alpine:latest']);
    expect(s.complete('docker logs w').candidates).toEqual(['web']);
    expect(s.complete('cat Do').candidates).toEqual(['Dockerfile']);
    expect(s.complete('cat src/').candidates).toEqual(['src/main.go']);
  });
});

describe('session snapshot', () => {
  it('round-trips daemon and workspace as JSON', () => {
    const t = sim(
      'docker pull -q alpine\ndocker tag alpine mine\ndocker run --name c alpine true\necho x > f',
    );
    const json = JSON.parse(JSON.stringify(t.session.toJSON()));
    const back = Session.fromJSON(json, { tty: false });
    const u = sim(
      'docker images --format "{{.Repository}}"\ndocker ps -a --format "{{.Names}}"\ncat f',
      {},
      back,
    );
    expect(u.stdout).toBe('alpine\nmine\nc\nx\n');
  });

  it('refuses another version clearly', () => {
    expect(() => Session.fromJSON({ version: 99 })).toThrow(
      'saved session has format version 99; this simulator reads version 1',
    );
  });
});
