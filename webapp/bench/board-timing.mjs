// Times the board of a project in a real headless Chromium, as a person meets it: the first load (a fresh page after
// logging in, until every column shows its cards), then interactions on the loaded board: open an issue's panel,
// close it, filter the cards by text. Prints one Markdown table of p50/p95/max; asserts nothing (bench/README.md).
//   BASE_URL=http://127.0.0.1:8080 E2E_PROJECT=HADOOP RUNS=10 node bench/board-timing.mjs
import { chromium } from 'playwright-core'

const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '')
const EMAIL = process.env.E2E_EMAIL ?? 'admin@meridian.local'
const PASSWORD = process.env.E2E_PASSWORD ?? 'adminpass123'
const PROJECT = process.env.E2E_PROJECT ?? 'HADOOP'
const RUNS = Number(process.env.RUNS ?? 10)
const FILTER = process.env.FILTER ?? 'datanode'

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
const times = { 'first board load': [], 'open issue panel': [], 'close issue panel (Esc)': [], [`filter cards ("${FILTER}")`]: [] }
let cards = 0
try {
  for (let run = 0; run < RUNS + 1; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    await page.goto(`${BASE_URL}/login`)
    await page.getByLabel('Email').fill(EMAIL)
    await page.getByLabel('Password').fill(PASSWORD)
    await page.getByRole('button', { name: 'Log in' }).click()
    await page.getByRole('button', { name: 'Log out' }).waitFor()

    // A new page: nothing cached in the app, as when someone opens a link to the board.
    const board = await context.newPage()
    board.setDefaultTimeout(60_000)
    const sample = (name, ms) => run > 0 && times[name].push(ms) // run 0 warms the server and the browser up
    let started = Date.now()
    await board.goto(`${BASE_URL}/projects/${PROJECT}/board`)
    await board.locator('section.column').first().waitFor()
    await board.waitForFunction(() => {
      const columns = [...document.querySelectorAll('section.column')]
      return columns.length > 0 && columns.every((c) => c.querySelector('.column-count')?.textContent?.trim())
    })
    sample('first board load', Date.now() - started)
    cards = await board.locator('a.card-link').count()

    const card = board.locator('a.card-link').nth(run % Math.max(1, cards))
    const summary = (await card.getAttribute('aria-label'))?.split(' ').slice(1).join(' ') ?? ''
    started = Date.now()
    await card.click()
    await board.locator('aside.panel').getByText(summary, { exact: false }).first().waitFor()
    sample('open issue panel', Date.now() - started)

    started = Date.now()
    await board.keyboard.press('Escape')
    await board.locator('aside.panel').waitFor({ state: 'detached' })
    sample('close issue panel (Esc)', Date.now() - started)

    const before = await board.locator('a.card-link').count()
    started = Date.now()
    await board.getByLabel('Filter cards').fill(FILTER)
    await board.waitForFunction((n) => document.querySelectorAll('a.card-link').length !== n, before)
    sample(`filter cards ("${FILTER}")`, Date.now() - started)
    await context.close()
  }
} finally {
  await browser.close()
}

const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
console.log(`Board of ${PROJECT} in headless Chromium (${cards} cards shown), ${RUNS} runs after 1 warm-up, ms from the action to the result on screen:\n`)
console.log('| action | runs | p50 ms | p95 ms | max ms |')
console.log('|---|---:|---:|---:|---:|')
for (const [name, values] of Object.entries(times)) {
  console.log(`| ${name} | ${values.length} | ${pct(values, 50)} | ${pct(values, 95)} | ${Math.max(...values)} |`)
}
