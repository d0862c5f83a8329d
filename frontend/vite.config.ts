/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The browser rules nginx sends in production (docker/csp.txt, docker/security-headers.conf.template),
 * sent by `vite preview` too, so that the browser tests prove the app works under them. The CSP
 * names the API and Keycloak of the config.json being served, as 40-coso-config.sh does.
 */
function securityHeaders(): Plugin {
  const template = readFileSync(fileURLToPath(new URL('./docker/csp.txt', import.meta.url)), 'utf8').trim();
  return {
    name: 'coso-security-headers',
    configurePreviewServer(server) {
      const configFile = resolve(server.config.root, server.config.build.outDir, 'config.json');
      server.middlewares.use((_req, res, next) => {
        const config = JSON.parse(readFileSync(configFile, 'utf8')) as { apiUrl: string; keycloakUrl: string };
        const csp = template
          .replaceAll('COSO_API_ORIGIN', new URL(config.apiUrl).origin)
          .replaceAll('COSO_KEYCLOAK_ORIGIN', new URL(config.keycloakUrl).origin);
        res.setHeader('Content-Security-Policy', csp);
        res.setHeader('X-Frame-Options', 'DENY');
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
        next();
      });
    },
  };
}

/**
 * Writes dist/.vite/chunks.json: every chunk with its imports and modules, for the portal's
 * JavaScript budget (scripts/check-portal-size.mjs). Module paths are relative to the frontend.
 */
function chunkGraph(): Plugin {
  let root = '';
  return {
    name: 'coso-chunk-graph',
    apply: 'build',
    configResolved(config) {
      root = config.root.replace(/\/?$/, '/');
    },
    generateBundle(_options, bundle) {
      const relative = (id: string) => (id.startsWith(root) ? id.slice(root.length) : id).replace(/\?.*$/, '');
      const chunks = Object.fromEntries(
        Object.values(bundle)
          .filter((item) => item.type === 'chunk')
          .map((chunk) => [
            chunk.fileName,
            {
              isEntry: chunk.isEntry,
              facadeModuleId: chunk.facadeModuleId ? relative(chunk.facadeModuleId) : null,
              imports: chunk.imports,
              dynamicImports: chunk.dynamicImports,
              modules: Object.keys(chunk.modules).map(relative),
              sizes: Object.fromEntries(
                Object.entries(chunk.modules).map(([id, module]) => [relative(id), module.renderedLength]),
              ),
            },
          ]),
      );
      this.emitFile({ type: 'asset', fileName: '.vite/chunks.json', source: JSON.stringify(chunks, null, 1) });
    },
  };
}

export default defineConfig({
  plugins: [react(), securityHeaders(), chunkGraph()],
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
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/,
              priority: 20,
            },
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
