import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The explorer client: built into dist/client and served by the API server at `/`.
export default defineConfig({
  root: 'web/client',
  plugins: [react()],
  build: { outDir: '../../dist/client', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
