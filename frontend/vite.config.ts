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
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
  },
});
