/**
 * The playground's starting workspace: a small Express app with a three-stage Dockerfile
 * (production deps, build, slim runtime) that the simulator builds end to end. Kept in
 * step with tests/fixtures/sim/node-corrected, which the engine's own tests build.
 */
export const DEFAULT_FILES: Readonly<Record<string, string>> = {
  Dockerfile: `# Production dependencies only, in their own cached layer
FROM node:24 AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# Build with the full toolchain
FROM node:24 AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# Runtime: dependencies and build output only, as the unprivileged node user
FROM node:24-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/build ./build
USER node
CMD ["node", "build/index.js"]
`,
  '.dockerignore': 'node_modules\nbuild\n.git\n',
  'package.json': `{
  "name": "hello-express",
  "version": "1.0.0",
  "private": true,
  "scripts": {
    "build": "mkdir -p build && cp src/index.js build/index.js",
    "start": "node build/index.js"
  },
  "dependencies": {
    "express": "^4.21.2"
  }
}
`,
  'package-lock.json': `{
  "name": "hello-express",
  "version": "1.0.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "hello-express",
      "version": "1.0.0",
      "dependencies": {
        "express": "^4.21.2"
      }
    },
    "node_modules/express": {
      "version": "4.21.2"
    }
  }
}
`,
  'src/index.js': `const express = require('express');

const app = express();
const port = process.env.PORT || 3000;

app.get('/', (req, res) => res.send('Hello from a multi-stage build\\n'));

app.listen(port, () => {
  console.log(\`hello-express listening on port \${port}\`);
});
`,
};
