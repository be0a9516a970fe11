// Journey: log in → create an issue with the dialog → a move the workflow forbids is refused and rolled back
// → drag the card to In Progress and see it stay there. Runs against a server that serves the built app.
//   BASE_URL=http://localhost:8080 npm run e2e
// Only the first page is loaded by URL; the rest is client-side navigation, as a person would click.
import { mkdir } from 'node:fs/promises'
import { chromium, request } from 'playwright-core'

const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '')
const EMAIL = process.env.E2E_EMAIL ?? 'admin@meridian.local'
const PASSWORD = process.env.E2E_PASSWORD ?? 'adminpass123'
const PROJECT = process.env.E2E_PROJECT ?? 'E2E'
const SHOTS = process.env.E2E_SCREENSHOTS ?? 'target/e2e-screenshots'
const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS ?? 20_000)

const results = []

async function step(name, run) {
  const started = Date.now()
  try {
    await run()
    results.push({ name, ok: true })
    console.log(`  ✓ ${name} (${Date.now() - started} ms)`)
  } catch (error) {
    results.push({ name, ok: false })
    console.log(`  ✗ ${name}\n    ${String(error?.message ?? error).split('\n').join('\n    ')}`)
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

async function ensureProject() {
  const existing = await api.get(`/api/v1/projects/${PROJECT}`)
  if (existing.ok()) return
  const created = await api.post('/api/v1/projects', { data: { key: PROJECT, name: 'End-to-end', description: 'Made by the browser test' } })
  if (!created.ok()) throw new Error(`cannot create project ${PROJECT}: ${created.status()} ${await created.text()}`)
}

/** dnd-kit listens to pointer events and starts after 5 px, so move in small steps like a hand would. */
async function drag(page, card, column) {
  const from = await card.boundingBox()
  const to = await column.boundingBox()
  if (!from || !to) throw new Error('card or column is not on screen')
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 5 })
  await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 15 })
  await page.mouse.up()
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
page.setDefaultTimeout(TIMEOUT)
page.on('pageerror', (error) => console.log(`  page error: ${error.message}`))
await mkdir(SHOTS, { recursive: true })

const summary = `Drag me ${Date.now().toString(36)}`
const column = (name) => page.getByRole('region', { name, exact: true })
const cardIn = (name) => column(name).getByRole('link', { name: new RegExp(summary) })

try {
  console.log(`e2e against ${BASE_URL}`)
  await step('logs in', async () => {
    await ensureProject()
    await page.goto(`${BASE_URL}/`)
    await page.getByLabel('Email').fill(EMAIL)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.getByRole('button', { name: 'Log out' }).waitFor()
  })

  await step(`opens the board of ${PROJECT}`, async () => {
    await page.getByRole('combobox', { name: 'Project', exact: true }).selectOption(PROJECT)
    await column('To Do').waitFor()
  })

  await step('creates an issue with the dialog (keyboard c)', async () => {
    await page.locator('body').press('c')
    const dialog = page.getByRole('dialog', { name: 'New issue' })
    await dialog.getByLabel('Summary').fill(summary)
    await dialog.getByLabel('Description').fill('Made by **e2e**')
    await page.screenshot({ path: `${SHOTS}/create-dialog.png` })
    await dialog.getByRole('button', { name: 'Create issue' }).click()
    await dialog.waitFor({ state: 'detached' })
    await cardIn('To Do').waitFor()
  })

  await step('refuses a move the workflow forbids and puts the card back', async () => {
    const refused = page.waitForResponse((response) => response.url().endsWith('/transitions'))
    await drag(page, cardIn('To Do'), column('In Review'))
    if ((await refused).status() !== 409) throw new Error(`expected 409 for To Do → In Review, got ${(await refused).status()}`)
    const toast = page.getByRole('alert').filter({ hasText: 'cannot move' })
    await toast.waitFor()
    const message = await toast.innerText()
    if (!/In Progress/.test(message)) throw new Error(`toast does not name the allowed statuses: ${message}`)
    await cardIn('To Do').waitFor()
    if (await cardIn('In Review').count()) throw new Error('card stayed in In Review')
    await page.screenshot({ path: `${SHOTS}/refused-move.png` })
  })

  await step('drags the card to In Progress and it stays there', async () => {
    const accepted = page.waitForResponse((response) => response.url().endsWith('/transitions'))
    await drag(page, cardIn('To Do'), column('In Progress'))
    await cardIn('In Progress').waitFor()
    if ((await accepted).status() !== 200) throw new Error(`transition answered ${(await accepted).status()}`)
    const key = (await cardIn('In Progress').getAttribute('aria-label')).split(' ')[0]
    const stored = await (await api.get(`/api/v1/issues/${key}`)).json()
    if (stored.status !== 'In Progress') throw new Error(`server says ${key} is ${stored.status}`)
    await page.screenshot({ path: `${SHOTS}/board.png` })
    await page.getByRole('link', { name: 'Issues', exact: true }).click()
    await page.getByRole('row', { name: new RegExp(`${key}.*In Progress`) }).waitFor()
  })
} catch {
  await page.screenshot({ path: `${SHOTS}/failure.png` }).catch(() => {})
} finally {
  await browser.close()
  await api.dispose()
}

const passed = results.filter((result) => result.ok).length
const failed = results.length - passed
console.log(`e2e: ${passed} passed, ${failed} failed`)
process.exit(failed || passed === 0 ? 1 : 0)
