/**
 * eclipse-temurin JDK and JRE on Ubuntu 26.04 "resolute" (ground truth §2.2). The distroless
 * java example builds with eclipse-temurin:17-jdk. uncertain: exact JAVA_VERSION build strings.
 */
import { defineImage } from '../define';
import type { CatalogImage } from '../types';
import { file, link } from '../rootfs/common';
import { ubuntuResolute } from './os-debian';

const BC = 'buildkit.dockerfile.v0';

function temurin(
  major: string,
  kind: 'jdk' | 'jre',
  javaVersion: string,
  size: number,
  compressed: number,
  note: string,
  measured: boolean,
  extraTags: string[] = [],
): CatalogImage {
  const home = '/opt/java/openjdk';
  return defineImage({
    repository: 'docker.io/library/eclipse-temurin',
    tags: [`${major}-${kind}`, `${major}-${kind}-resolute`, ...extraTags],
    parent: ubuntuResolute,
    created: '2026-09-12T02:10:00Z',
    history: [
      { createdBy: `ENV JAVA_HOME=${home}`, comment: BC },
      {
        createdBy: `ENV PATH=${home}/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
        comment: BC,
      },
      { createdBy: 'ENV LANG=en_US.UTF-8 LANGUAGE=en_US:en LC_ALL=en_US.UTF-8', comment: BC },
      {
        createdBy:
          'RUN set -eux;     apt-get update;     DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends         curl         wget         fontconfig         ca-certificates p11-kit         tzdata         locales     ; … # buildkit',
        size: 50e6,
        compressed: 20e6,
        comment: BC,
      },
      { createdBy: `ENV JAVA_VERSION=${javaVersion}`, comment: BC },
      {
        createdBy: 'RUN set -eux;     ARCH="$(dpkg --print-architecture)"; … # buildkit',
        size: kind === 'jdk' ? 330e6 : 180e6,
        compressed: kind === 'jdk' ? 150e6 : 60e6,
        comment: BC,
      },
      {
        createdBy: 'RUN set -eux;     echo "Verifying install ..."; … # buildkit',
        size: 0,
        compressed: 150,
        comment: BC,
      },
      {
        createdBy: 'COPY --chmod=755 entrypoint.sh /__cacert_entrypoint.sh # buildkit',
        size: 5_000,
        compressed: 2_000,
        comment: BC,
      },
      { createdBy: 'ENTRYPOINT ["/__cacert_entrypoint.sh"]', comment: BC },
      { createdBy: kind === 'jdk' ? 'CMD ["jshell"]' : 'CMD ["/bin/bash"]', comment: BC },
    ],
    size,
    compressedSize: compressed,
    sizeSource: measured ? 'measured' : 'estimate',
    sizeNote: note,
    config: {
      Env: [
        `JAVA_HOME=${home}`,
        `PATH=${home}/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
        'LANG=en_US.UTF-8',
        `JAVA_VERSION=${javaVersion}`,
      ],
      Entrypoint: ['/__cacert_entrypoint.sh'],
      Cmd: kind === 'jdk' ? ['jshell'] : ['/bin/bash'],
    },
    facts: {
      runtimes: { java: major, javaKind: kind },
      tools:
        kind === 'jdk' ? ['bash', 'apt-get', 'curl', 'javac', 'jar'] : ['bash', 'apt-get', 'curl'],
      caCertificates: true,
    },
    rootfs: [
      file(`${home}/bin/java`, 12_000, { program: 'java' }),
      ...(kind === 'jdk'
        ? [
            file(`${home}/bin/javac`, 12_000, { program: 'javac' }),
            file(`${home}/bin/jar`, 12_000, { program: 'jar' }),
          ]
        : []),
      link('/usr/bin/java', `${home}/bin/java`),
      file('/etc/ssl/certs/ca-certificates.crt', 219_000),
    ],
  });
}

export const temurinImages: readonly CatalogImage[] = [
  // 474.81 MB [RI-temurin21jdk]; ~190 MB compressed (estimate).
  temurin(
    '21',
    'jdk',
    'jdk-21.0.9+10',
    474_810_000,
    190_000_000,
    'RI-temurin21jdk (uncompressed); compressed estimate',
    true,
    ['21'],
  ),
  // 318.14 MB [RI-temurin21jre]; ~90–100 MB compressed (estimate).
  temurin(
    '21',
    'jre',
    'jdk-21.0.9+10',
    318_140_000,
    95_000_000,
    'RI-temurin21jre (uncompressed); compressed estimate',
    true,
  ),
  temurin(
    '17',
    'jdk',
    'jdk-17.0.17+10',
    455_000_000,
    182_000_000,
    'estimate: eclipse-temurin:21-jdk minus ~20 MB',
    false,
    ['17'],
  ),
  temurin(
    '25',
    'jdk',
    'jdk-25.0.1+8',
    490_000_000,
    196_000_000,
    'estimate: eclipse-temurin:21-jdk plus ~15 MB',
    false,
    ['25', 'latest'],
  ),
];
