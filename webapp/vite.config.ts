import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The Maven build packages target/classes/static into the jar the server serves at "/".
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'target/classes/static', emptyOutDir: true },
  server: { proxy: { '/api': 'http://localhost:8080' } },
})
