// Where the board's main-thread time goes: the same journey as board-timing.mjs (first load, open a panel, close it,
// filter), each action under Chromium's CPU profiler; prints the functions with the most self time per action and
// writes each profile as a .cpuprofile (open it in Chromium's DevTools, Performance panel) into PROFILE_DIR.
// Function names are readable with an unminified build (`npx vite build --minify false`).
//   BASE_URL=http://127.0.0.1:8080 E2E_PROJECT=HADOOP PROFILE_DIR=/tmp/board-profile node bench/board-profile.mjs
import { mkdirSync, writeFileSync } from 'node:fs'
import { launchChromium, signedInContext } from './board-browser.mjs'

const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '')
const EMAIL = process.env.E2E_EMAIL ?? 'admin@meridian.local'
const PASSWORD = process.env.E2E_PASSWORD ?? 'adminpass123'
const PROJECT = process.env.E2E_PROJECT ?? 'HADOOP'
const FILTER = process.env.FILTER ?? 'datanode'
const DIR = process.env.PROFILE_DIR ?? '/tmp/board-profile'
const TOP = Number(process.env.TOP ?? 25)
mkdirSync(DIR, { recursive: true })

const browser = await launchChromium()

/** Self time per function (name, file, line) and per script, heaviest first. */
function summarize(profile) {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]))
  const self = new Map()
  const scripts = new Map()
  const deltas = profile.timeDeltas
  profile.samples.forEach((id, i) => {
    const node = byNode.get(id)
    const ms = (deltas[i + 1] ?? 0) / 1000
    const { functionName, url, lineNumber } = node.callFrame
    const name = `${functionName || '(anonymous)'} ${url.replace(/^.*\//, '')}:${lineNumber + 1}`
    self.set(name, (self.get(name) ?? 0) + ms)
    const script = url.replace(/^.*\//, '') || functionName
    scripts.set(script, (scripts.get(script) ?? 0) + ms)
  })
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n)
  return { functions: top(self, TOP), scripts: top(scripts, 10) }
}

try {
  const context = await signedInContext(browser, { baseUrl: BASE_URL, email: EMAIL, password: PASSWORD })
  const board = await context.newPage()
  const cdp = await context.newCDPSession(board)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  const profiled = async (name, act) => {
    await cdp.send('Profiler.start')
    const started = Date.now()
    await act()
    const wall = Date.now() - started
    await board.waitForTimeout(300)
    const { profile } = await cdp.send('Profiler.stop')
    const file = `${DIR}/${name.replace(/\W+/g, '-')}.cpuprofile`
    writeFileSync(file, JSON.stringify(profile))
    const { functions, scripts } = summarize(profile)
    console.log(`\n## ${name}: ${wall} ms (${file})\n`)
    for (const [script, ms] of scripts) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${script}`)
    console.log('')
    for (const [fn, ms] of functions) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${fn}`)
  }
  await profiled('first board load', async () => {
    await board.goto(`${BASE_URL}/projects/${PROJECT}/board`)
    await board.waitForFunction(() => {
      const columns = [...document.querySelectorAll('section.column')]
      return columns.length > 0 && columns.every((c) => c.querySelector('.column-count')?.textContent?.trim())
    })
  })
  // The first load's waterfall as the page saw it: every resource's start and end, ms from the navigation.
  const entries = await board.evaluate(() =>
    [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => [
      e.name.replace(location.origin, ''),
      Math.round(e.startTime),
      Math.round(e.responseEnd),
      e.transferSize,
    ]),
  )
  console.log('\n  start    end  transferred  resource')
  for (const [name, start, end, size] of entries) console.log(`  ${String(start).padStart(5)}  ${String(end).padStart(5)}  ${String(size).padStart(11)}  ${name}`)
  const key = await board.locator('a.card-link').nth(3).getAttribute('data-nav-key')
  const card = board.locator(`a.card-link[data-nav-key="${key}"]`)
  const summary = (await card.getAttribute('aria-label'))?.split(' ').slice(1).join(' ') ?? ''
  await card.hover()
  await board.waitForTimeout(500)
  await profiled('open issue panel', async () => {
    await card.click()
    await board.locator('aside.panel').getByText(summary, { exact: false }).first().waitFor()
  })
  await profiled('close issue panel', async () => {
    await board.keyboard.press('Escape')
    await board.locator('aside.panel').waitFor({ state: 'detached' })
  })
  const before = await board.locator('a.card-link').count()
  await profiled('filter cards', async () => {
    await board.getByLabel('Filter cards').fill(FILTER)
    await board.waitForFunction((n) => document.querySelectorAll('a.card-link').length !== n, before)
  })
} finally {
  await browser.close()
}
