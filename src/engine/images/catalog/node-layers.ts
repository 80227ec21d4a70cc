/**
 * docker history lines of the official node images (docker-library/repo-info, Sep 2026).
 * Long RUN scripts are shortened: their start is verbatim, the rest is replaced by `…`.
 * uncertain: `docker history --no-trunc` would show the whole script.
 */
export const BUILDPACK_CURL =
  'RUN set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tcurl \t\tgnupg \t\tnetbase \t\tsq \t\twget \t; \trm -rf /var/lib/apt/lists/* # buildkit';
export const BUILDPACK_SCM =
  'RUN set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tgit \t\tmercurial \t\topenssh-client \t\tsubversion \t\t\t\tprocps \t; \trm -rf /var/lib/apt/lists/* # buildkit';
export const BUILDPACK_DEPS =
  'RUN set -ex; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tautoconf \t\tautomake \t\tbzip2 … \t\tg++ \t\tgcc … \t\tmake \t\tpatch \t\tunzip \t\txz-utils \t\tzlib1g-dev \t; \trm -rf /var/lib/apt/lists/* # buildkit';
export const NODE_USER_DEBIAN =
  'RUN groupadd --gid 1000 node   && useradd --uid 1000 --gid node --shell /bin/bash --create-home node # buildkit';
export const NODE_INSTALL_DEBIAN =
  'RUN ARCH= && dpkgArch="$(dpkg --print-architecture)"   && case "${dpkgArch##*-}" in     amd64) ARCH=\'x64\';; … && node --version   && npm --version   && rm -rf /tmp/* # buildkit';
export const NODE_INSTALL_SLIM =
  'RUN ARCH= OPENSSL_ARCH= && dpkgArch="$(dpkg --print-architecture)"     && case "${dpkgArch##*-}" in … && node --version     && npm --version     && rm -rf /tmp/* # buildkit';
export const NODE_INSTALL_ALPINE =
  'RUN addgroup -g 1000 node     && adduser -u 1000 -G node -s /bin/sh -D node     && apk add --no-cache         libstdc++ … && node --version   && npm --version   && rm -rf /tmp/* # buildkit';
export const YARN_INSTALL =
  'RUN set -ex   && export GNUPGHOME="$(mktemp -d)" … && yarn --version   && rm -rf /tmp/* # buildkit';
export const YARN_INSTALL_ALPINE =
  'RUN apk add --no-cache --virtual .build-deps-yarn curl gnupg tar … && yarn --version   && rm -rf /tmp/* # buildkit';
export const ENTRYPOINT_COPY = 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit';
