import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

/** Mounts dt-live's server side (config, token broker, API proxy, embedded emulator) in `npm run dev`. */
function dtLiveServerSide(): Plugin {
  return {
    name: 'dt-live-server-side',
    apply: 'serve',
    async configureServer(server) {
      // Loaded through Vite's own module runner so the TypeScript server code needs no build step.
      const mod = (await server.ssrLoadModule('/server/dev-middleware.ts')) as typeof import('./server/dev-middleware')
      const side = await mod.createDevServerSide(server.config.server.port ?? 5173)
      server.middlewares.use((req, res, next) => side.handle(req, res, next))
      server.httpServer?.once('close', () => void side.close())
    },
  }
}

export default defineConfig({
  plugins: [react(), dtLiveServerSide()],
  server: { host: '127.0.0.1', port: Number(process.env.PORT ?? 5173), strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 700,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    testTimeout: 15000,
  },
})
