/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173, strictPort: true },
  build: {
    rolldownOptions: {
      output: {
        // Libraries that change rarely get chunks of their own, so a deploy of the app keeps them
        // cached; Ant Design stays with the code that uses it, so each route loads only its parts.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/, priority: 20 },
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/, priority: 20 },
            { name: 'keycloak', test: /node_modules[\\/]keycloak-js[\\/]/, priority: 20 },
          ],
        },
      },
    },
  },
  preview: { port: 4173 },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // Ant Design in jsdom is slow on a 2-core machine; the default 5 s is too tight.
    testTimeout: 30_000,
  },
});
