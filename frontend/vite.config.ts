import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { apiOriginFromConfig, securityHeaders } from './server/securityHeaders.ts';

/**
 * Serves every response with the same security headers as production nginx (nginx.conf), so what runs
 * locally and in the end-to-end tests meets the same Content-Security-Policy. connect-src allows the API
 * that config.js names, read on every request: the scripts rewrite config.js to point at the API they start.
 * The dev server's policy also allows inline styles and its WebSocket, which Vite's hot reloading needs.
 */
function productionSecurityHeaders(): Plugin {
  const withHeaders = (configFile: string, dev: boolean): Connect.NextHandleFunction => (_request, response, next) => {
    let apiOrigin: string | undefined;
    try {
      apiOrigin = apiOriginFromConfig(readFileSync(configFile, 'utf8'));
    } catch {
      apiOrigin = undefined; // no config.js yet: allow only the dashboard's own origin
    }
    for (const [name, value] of Object.entries(securityHeaders(apiOrigin ?? '', { dev }))) response.setHeader(name, value);
    next();
  };
  return {
    name: 'send-insight-security-headers',
    configureServer(server) {
      server.middlewares.use(withHeaders(resolve(server.config.publicDir, 'config.js'), true));
    },
    configurePreviewServer(server) {
      server.middlewares.use(withHeaders(resolve(server.config.root, server.config.build.outDir, 'config.js'), false));
    },
  };
}

export default defineConfig({
  plugins: [productionSecurityHeaders()],
  // Relative asset URLs let the same build be served from any path.
  base: './',
  css: {
    preprocessorOptions: {
      scss: {
        // govuk-frontend's own Sass triggers deprecation warnings we cannot fix here.
        quietDeps: true,
      },
    },
  },
  build: {
    // The strict Content-Security-Policy allows data: only for images, so never inline other assets.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Chart.js and the code that draws with it form one file, fetched only by pages that draw a chart.
        advancedChunks: {
          // Shared code such as number formatting stays in the main file.
          includeDependenciesRecursively: false,
          groups: [{ name: 'charts', test: /node_modules[\\/](chart\.js|@kurkle)[\\/]|src[\\/]charts[\\/](chartJs|\w+Drawing|canvasBackground|errorBars|referenceLine|patterns|axes)\.ts/ }],
        },
      },
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts', 'server/**/*.test.ts'],
  },
});
