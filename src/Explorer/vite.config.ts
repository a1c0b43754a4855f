import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The bundle lands in the API host's static-files folder so `dotnet run --project src/GraphApi` serves it at /explorer/.
export default defineConfig({
  base: '/explorer/',
  build: {
    outDir: fileURLToPath(new URL('../GraphApi/wwwroot/explorer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // cytoscape alone is ~400 kB minified; one chunk is still the fastest load for a single-page tool.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/graphql': 'http://localhost:5080' },
  },
});
