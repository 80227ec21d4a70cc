# syntax=docker/dockerfile:1
# check=error=true

# site builds the static site: Astro writes dist/, Pagefind adds its search index.
FROM node:24-slim AS site
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

# server compiles the small static file server; CGO_ENABLED=0 makes it a static binary.
FROM golang:1.27 AS server
WORKDIR /src
COPY docker/server/ ./
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/stagecraft-server .

# The runtime has no shell and no package manager: only the server and the built pages.
FROM gcr.io/distroless/static-debian13:nonroot
COPY --from=server /out/stagecraft-server /usr/local/bin/stagecraft-server
COPY --from=site /app/dist /site
USER 65532:65532
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
  CMD ["/usr/local/bin/stagecraft-server", "-healthcheck"]
ENTRYPOINT ["/usr/local/bin/stagecraft-server"]
CMD ["-root", "/site", "-addr", ":8080"]
