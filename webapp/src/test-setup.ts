import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, vi } from 'vitest'

const browserLike = typeof window !== 'undefined'

// Test files share a worker and its jsdom (`isolate: false` in vite.config.ts: a fresh jsdom per file was half the
// suite's time). This file runs again before each test file, so each starts as it would in a worker of its own: the
// app's modules evaluated afresh (no module-level cache or state carried over), and below, after its last test, no
// stubbed global, fake clock or URL left for the next file. A test file that mocks a module with `vi.mock` unmocks it
// in `afterAll` (`vi.doUnmock`), since the module mock registry is shared too.
vi.resetModules()

afterAll(async () => {
  // A file may end while a module it started loading (a warm-up's dynamic import) is still on its way; the worker's
  // jsdom must outlive it, or the import fails after the environment is torn down.
  await vi.dynamicImportSettled()
  vi.unstubAllGlobals()
  vi.useRealTimers()
  if (!browserLike) return
  window.history.replaceState(null, '', '/')
  sessionStorage.clear()
  document.body.innerHTML = ''
  document.head.innerHTML = ''
})

// Two slow cores: give first renders time before calling a test failed.
configure({ asyncUtilTimeout: 5000 })

afterEach(() => {
  if (!browserLike) return
  cleanup()
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT'
  localStorage.clear()
})

// jsdom has <dialog> but not its modal methods.
if (browserLike && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open')
  }
}
