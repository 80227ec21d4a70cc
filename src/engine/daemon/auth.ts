/**
 * Who is logged in where (`docker login` / `logout`). Keys are registry hosts; Docker Hub is
 * `docker.io`, which docker prints as its legacy index address.
 */
export const HUB_ADDRESS = 'https://index.docker.io/v1/';

export function serverAddress(host: string): string {
  return host === 'docker.io' ? HUB_ADDRESS : host;
}

/** `docker login [SERVER]` argument → registry host. */
export function hostOf(server: string | undefined): string {
  if (server === undefined || server === '') return 'docker.io';
  const bare = server.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  return bare === 'index.docker.io' || bare === 'registry-1.docker.io' ? 'docker.io' : bare;
}

export class AuthStore {
  private logins = new Map<string, string>();

  login(host: string, user: string): void {
    this.logins.set(host, user);
  }

  logout(host: string): boolean {
    return this.logins.delete(host);
  }

  userFor(host: string): string | undefined {
    return this.logins.get(host);
  }

  entries(): [string, string][] {
    return [...this.logins];
  }

  checkpoint(): ReadonlyMap<string, string> {
    return new Map(this.logins);
  }

  restore(state: ReadonlyMap<string, string>): void {
    this.logins = new Map(state);
  }
}
