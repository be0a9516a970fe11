// What every browser journey shares: settings, the API as a script sees it, a headless Chromium, logging in,
// and the ✓/✗ report with a non-zero exit on failure.
import { mkdir } from 'node:fs/promises'
import { chromium, request } from 'playwright-core'

export const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '')
export const EMAIL = process.env.E2E_EMAIL ?? 'admin@meridian.local'
export const PASSWORD = process.env.E2E_PASSWORD ?? 'adminpass123'
export const PROJECT = process.env.E2E_PROJECT ?? 'E2E'
export const SHOTS = process.env.E2E_SCREENSHOTS ?? 'target/e2e-screenshots'
const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS ?? 20_000)

/** Runs `body({ page, api, step })` in a fresh browser, prints each step and exits 1 unless every step passed. */
export async function journey(name, body) {
  const results = []
  async function step(title, run) {
    const started = Date.now()
    try {
      await run()
      results.push({ title, ok: true })
      console.log(`  ✓ ${title} (${Date.now() - started} ms)`)
    } catch (error) {
      results.push({ title, ok: false })
      console.log(`  ✗ ${title}\n    ${String(error?.message ?? error).split('\n').join('\n    ')}`)
      throw error
    }
  }

  /** The API as a script sees it: HTTP Basic, no session, no CSRF token. */
  const api = await request.newContext({
    baseURL: BASE_URL,
    extraHTTPHeaders: {
      Authorization: `Basic ${Buffer.from(`${EMAIL}:${PASSWORD}`).toString('base64')}`,
      'X-Requested-With': 'XMLHttpRequest',
    },
  })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  page.setDefaultTimeout(TIMEOUT)
  page.on('pageerror', (error) => console.log(`  page error: ${error.message}`))
  await mkdir(SHOTS, { recursive: true })

  try {
    console.log(`${name} against ${BASE_URL}`)
    await body({ page, api, step })
  } catch {
    await page.screenshot({ path: `${SHOTS}/${name}-failure.png` }).catch(() => {})
  } finally {
    await browser.close()
    await api.dispose()
  }

  const passed = results.filter((result) => result.ok).length
  const failed = results.length - passed
  console.log(`e2e ${name}: ${passed} passed, ${failed} failed`)
  process.exit(failed || passed === 0 ? 1 : 0)
}

/** A call to the API as the script's user; fails with the server's answer unless it succeeded. */
export async function call(api, method, path, data) {
  const response = await api.fetch(path, { method, data })
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`)
  return response.status() === 204 ? undefined : response.json()
}

export async function ensureProject(api) {
  const existing = await api.get(`/api/v1/projects/${PROJECT}`)
  if (existing.ok()) return
  const created = await api.post('/api/v1/projects', { data: { key: PROJECT, name: 'End-to-end', description: 'Made by the browser test' } })
  if (!created.ok()) throw new Error(`cannot create project ${PROJECT}: ${created.status()} ${await created.text()}`)
}

/** Answers the app's own confirmation dialog that asks `question` with its `verb` button, and waits until it has closed. */
export async function confirmInApp(page, question, verb) {
  const dialog = page.getByRole('dialog', { name: question, exact: true })
  await dialog.getByRole('button', { name: verb, exact: true }).click()
  await dialog.waitFor({ state: 'detached' })
}

/** Only this first page is loaded by URL; journeys go on by clicking and typing, as a person would. */
export async function logIn(page) {
  await page.goto(`${BASE_URL}/`)
  await page.getByLabel('Email').fill(EMAIL)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Log in' }).click()
  await page.getByRole('button', { name: 'Log out' }).waitFor()
}
