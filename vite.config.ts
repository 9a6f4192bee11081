import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The dev server sends the same security headers the production host must send (see README).
const securityHeaders = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

export default defineConfig({
  plugins: [react()],
  server: { headers: securityHeaders, strictPort: true },
  preview: { headers: securityHeaders, strictPort: true },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 2000 },
});
