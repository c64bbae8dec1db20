// Vite configuration of the example. What the analyzer needs: keep it out of
// dependency pre-bundling, so that in `vite dev` its glue still finds
// article_analyzer_bg.wasm beside itself (new URL(..., import.meta.url));
// `vite build` copies the .wasm into dist/assets either way. And, only because
// this example links the package from ../../pkg instead of installing a
// tarball, let the dev server read files there.
import { defineConfig } from 'vite';

export default defineConfig({
  optimizeDeps: { exclude: ['article-analyzer'] },
  server: { fs: { allow: ['.', '../../pkg'] } },
});
