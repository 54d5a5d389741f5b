import { defineConfig } from 'vitest/config';

export default defineConfig({
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
    include: ['src/**/*.test.ts'],
  },
});
