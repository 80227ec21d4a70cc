/**
 * npm packages Dockerfiles in the lessons install, with the number of packages npm adds
 * (the package plus its transitive dependencies) and their unpacked size on disk. Transitive
 * dependencies are folded into the top-level package's size. uncertain: counts and sizes
 * are rounded from `npm install` runs of recent major versions and drift with releases.
 */
export interface NpmPackage {
  readonly count: number;
  readonly size: number;
  /** Executables it links into node_modules/.bin: [name, path inside the package]. */
  readonly bins?: readonly (readonly [string, string])[];
}

const kB = 1_000;
const MB = 1_000_000;

export const NPM_PACKAGES: Readonly<Record<string, NpmPackage>> = {
  express: { count: 65, size: 2_300 * kB },
  lodash: { count: 1, size: 1_400 * kB },
  typescript: {
    count: 1,
    size: 23 * MB,
    bins: [
      ['tsc', 'bin/tsc'],
      ['tsserver', 'bin/tsserver'],
    ],
  },
  react: { count: 1, size: 250 * kB },
  'react-dom': { count: 2, size: 6_500 * kB },
  vite: { count: 15, size: 38 * MB, bins: [['vite', 'bin/vite.js']] },
  '@vitejs/plugin-react': { count: 30, size: 9 * MB },
  jest: { count: 270, size: 38 * MB, bins: [['jest', 'bin/jest.js']] },
  vitest: { count: 45, size: 26 * MB, bins: [['vitest', 'vitest.mjs']] },
  nodemon: { count: 29, size: 3_200 * kB, bins: [['nodemon', 'bin/nodemon.js']] },
  dotenv: { count: 1, size: 80 * kB },
  cors: { count: 3, size: 60 * kB },
  axios: { count: 9, size: 2_300 * kB },
  mongoose: { count: 24, size: 9_500 * kB },
  pg: { count: 14, size: 900 * kB },
  eslint: { count: 95, size: 10 * MB, bins: [['eslint', 'bin/eslint.js']] },
  prettier: { count: 1, size: 8_000 * kB, bins: [['prettier', 'bin/prettier.cjs']] },
  '@types/node': { count: 2, size: 2_600 * kB },
  '@types/express': { count: 10, size: 700 * kB },
  'ts-node': { count: 16, size: 5_500 * kB, bins: [['ts-node', 'dist/bin.js']] },
  tsx: { count: 5, size: 12 * MB, bins: [['tsx', 'dist/cli.mjs']] },
  next: { count: 25, size: 120 * MB, bins: [['next', 'dist/bin/next']] },
  webpack: { count: 78, size: 22 * MB, bins: [['webpack', 'bin/webpack.js']] },
  'react-scripts': {
    count: 1300,
    size: 260 * MB,
    bins: [['react-scripts', 'bin/react-scripts.js']],
  },
  chalk: { count: 1, size: 45 * kB },
  uuid: { count: 1, size: 130 * kB },
  'body-parser': { count: 20, size: 1_100 * kB },
  morgan: { count: 6, size: 80 * kB },
  helmet: { count: 1, size: 100 * kB },
  jsonwebtoken: { count: 13, size: 400 * kB },
  bcrypt: { count: 50, size: 3_000 * kB },
  redis: { count: 6, size: 1_000 * kB },
  'socket.io': { count: 20, size: 2_200 * kB },
  winston: { count: 28, size: 2_500 * kB },
  zod: { count: 1, size: 3_500 * kB },
  esbuild: { count: 2, size: 10 * MB, bins: [['esbuild', 'bin/esbuild']] },
  rollup: { count: 3, size: 3_200 * kB, bins: [['rollup', 'dist/bin/rollup']] },
  fastify: { count: 45, size: 4_000 * kB },
  koa: { count: 40, size: 1_000 * kB },
};

/** A package not in the table: one package of typical size (a note says so). */
export const DEFAULT_NPM_PACKAGE: NpmPackage = { count: 1, size: 300 * kB };
