/**
 * Current, supported versions: defined once, read by the image catalog and by the lessons.
 * A version bump is one edit here (and a look at ../shared/reference/content-ground-truth.md).
 */
export const VERSIONS_CHECKED = '2026-11-26';

export const versions = {
  node: {
    /**
     * The LTS line the lessons build on. Both 24 and 22 are supported LTS lines (nodejs.org
     * schedule). Node.js 26 was promoted to LTS on 2026-10-28, after the ground-truth file was
     * written (it still calls 24 "active"); its measured image sizes are not in the file yet,
     * so lessons stay on 24 and never call it "the current LTS". Bump here once 26's figures
     * are checked.
     */
    lts: '24',
    previousLts: '22',
    /** Full version as the distroless nodejs22 test expects it (ground truth §1.4). */
    previousLtsFull: '22.23.2',
    /** End-of-life line used by the brief's example; shown only to explain why not to use it. */
    obsolete: '14',
    obsoleteEol: '2023-04-30',
    /** Full versions behind the docker-library tags (repo-info, Sep 2026). */
    ltsFull: '24.21.0',
    current: '26',
    currentFull: '26.10.0',
    obsoleteFull: '14.21.2',
    /** EOL of the two LTS lines (ground truth §4 #1). */
    ltsEol: '2028-04-30',
    previousLtsEol: '2027-04-30',
  },
  go: {
    /** Go supports the two newest major releases. */
    current: '1.27',
    currentFull: '1.27.1',
    previous: '1.26',
    obsolete: '1.16',
    obsoleteEol: '2022-03-15',
    previousFull: '1.26.8',
    obsoleteFull: '1.16.15',
  },
  python: {
    current: '3.13',
    currentFull: '3.13.15',
    previous: '3.12',
    previousFull: '3.12.14',
    /** Debian 13's python3.13, as in distroless python3 (ground truth §1.4). */
    distrolessFull: '3.13.5',
  },
  java: { lts: '21' },
  alpine: { current: '3.24', currentFull: '3.24.2' },
  ubuntu: { lts: '24.04', ltsCodename: 'noble', latest: '26.04', latestCodename: 'resolute' },
  nginx: { stable: '1.30.5' },
  busybox: { current: '1.38.0', distrolessDebug: '1.37.0' },
  debian: {
    /** Debian 13 "trixie": the default distroless base since 2026-01-30. */
    current: '13',
    currentCodename: 'trixie',
    previous: '12',
    previousCodename: 'bookworm',
  },
  distroless: {
    /** Suffix the lessons pin, e.g. gcr.io/distroless/static-debian13. */
    debianSuffix: 'debian13',
    nodejs: '24',
  },
  docker: {
    /** Engine release the simulator's default profile imitates (containerd image store). */
    engine: '29',
    classicEngine: '28',
  },
} as const;
