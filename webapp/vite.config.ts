import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

// The Maven build packages target/classes/static into the jar the server serves at "/".
// MERIDIAN_API_URL points the dev server and `vite preview` at a running server (default :8080).
const api = { '/api': { target: process.env.MERIDIAN_API_URL ?? 'http://localhost:8080', changeOrigin: false } }

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'target/classes/static', emptyOutDir: true },
  server: { proxy: api },
  preview: { proxy: api },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test-setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // Two workers on two cores (Vitest's default leaves one core idle), and files run one after another in a worker's
    // jsdom instead of a new worker and jsdom each: setting up jsdom took half the time (131 s -> ~40 s on CI).
    // test-setup.ts gives each file fresh app modules, globals and URL, as a worker of its own would.
    maxWorkers: 2,
    isolate: false,
    // A guard against hangs, not a speed check: on two loaded cores a dialog's first render alone can take seconds,
    // and waits inside a test (asyncUtilTimeout, 5 s) must end before the test's own limit does.
    testTimeout: 30_000,
  },
})
