// Placeholder, replaced by the real offline worker at the end of `npm run build`
// (scripts/build-sw.ts writes dist/sw.js over this copy). A bare `astro build` keeps this file,
// so the page's registration still finds a script instead of logging a 404 as a console error.
// It does nothing: no caching, no fetch handler, every request goes to the network as usual.
