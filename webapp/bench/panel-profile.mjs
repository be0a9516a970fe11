// Opening the issue panel, over and over on one loaded board: per open, the click's Event Timing (input to the next
// paint, as the browser saw it, without the test driver's own delays), the main thread's busy time, and the functions
// with the most time summed over all opens (CPU profiler; readable names need `npx vite build --minify false`).
//   BASE_URL=http://127.0.0.1:8080 E2E_PROJECT=HADOOP RUNS=15 node bench/panel-profile.mjs
import { launchChromium, signedInContext } from './board-browser.mjs'

const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '')
const EMAIL = process.env.E2E_EMAIL ?? 'admin@meridian.local'
const PASSWORD = process.env.E2E_PASSWORD ?? 'adminpass123'
const PROJECT = process.env.E2E_PROJECT ?? 'HADOOP'
const RUNS = Number(process.env.RUNS ?? 15)
const TOP = Number(process.env.TOP ?? 40)
// ms the pointer rests on the card before the press (the panel is drawn ahead after about 150); 0: pressed at once.
const POINTER_REST = Number(process.env.POINTER_REST ?? 400)

/** Self and inclusive ms per function (name, file, line) of one profile, added into `self` and `total`. */
function add(profile, self, total) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const name = ({ callFrame: f }) => `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000
    self.set(name(byId.get(id)), (self.get(name(byId.get(id))) ?? 0) + ms)
    const seen = new Set()
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at))
      if (seen.has(key)) continue
      seen.add(key)
      total.set(key, (total.get(key) ?? 0) + ms)
    }
  })
}

const browser = await launchChromium()
try {
  const context = await signedInContext(browser, { baseUrl: BASE_URL, email: EMAIL, password: PASSWORD })
  const page = await context.newPage()
  page.setDefaultTimeout(60_000)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]))
  const DURATIONS = ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration']
  await page.goto(`${BASE_URL}/projects/${PROJECT}/board`)
  await page.locator('a.card-link').first().waitFor()
  await page.evaluate(() => {
    window.clicks = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'click') window.clicks.push(entry.duration)
    }).observe({ type: 'event', durationThreshold: 16, buffered: false })
  })
  await page.waitForTimeout(1500)
  const self = new Map()
  const total = new Map()
  const busy = Object.fromEntries(DURATIONS.map((name) => [name, []]))
  const driver = { click: [], waitFor: [], inputToPanel: [], inputToDom: [] }
  const keys = await page.locator('a.card-link').evaluateAll((links) => links.map((link) => link.dataset.navKey))
  for (let run = 0; run < RUNS + 1; run++) {
    const card = page.locator(`a.card-link[data-nav-key="${keys[(run * 7) % keys.length]}"]`)
    await card.hover()
    await page.waitForTimeout(POINTER_REST)
    if (run > 0) await cdp.send('Profiler.start')
    const before = await metrics()
    await page.evaluate(() => {
      window.clickedAt = undefined
      addEventListener('click', (event) => (window.clickedAt = performance.timeOrigin + event.timeStamp), { capture: true, once: true })
      // When the panel is first on screen (inserted, or a panel drawn ahead shown): the frame that follows paints it.
      new MutationObserver((_, observer) => {
        if (!document.querySelector('aside.panel:not([aria-hidden]) h1')) return
        observer.disconnect()
        window.insertedAt = performance.timeOrigin + performance.now()
        requestAnimationFrame(() => (window.panelAt = performance.timeOrigin + performance.now()))
      }).observe(document.body, { childList: true, subtree: true, attributes: true })
    })
    const started = Date.now()
    await card.click()
    await page.locator('aside.panel:not([aria-hidden]) h1').waitFor()
    const seen = Date.now()
    await page.locator('aside.panel:not([aria-hidden]) .panel-side section.watchers').waitFor()
    await page.waitForTimeout(200)
    if (run > 0) {
      const after = await metrics()
      for (const name of DURATIONS) busy[name].push((after[name] - before[name]) * 1000)
      const { clickedAt, panelAt, insertedAt } = await page.evaluate(() => ({ clickedAt: window.clickedAt, panelAt: window.panelAt, insertedAt: window.insertedAt }))
      driver.inputToDom.push(Math.round(insertedAt - clickedAt))
      driver.click.push(Math.round(clickedAt - started))
      driver.waitFor.push(Math.round(seen - panelAt))
      driver.inputToPanel.push(Math.round(panelAt - clickedAt))
      add((await cdp.send('Profiler.stop')).profile, self, total)
    }
    await page.keyboard.press('Escape')
    await page.locator('aside.panel:not([aria-hidden])').waitFor({ state: 'detached' })
    await page.waitForTimeout(200)
  }
  const clicks = (await page.evaluate(() => window.clicks)).slice(1)
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  console.log(`${RUNS} opens: click to next paint (Event Timing) median ${median(clicks)} ms, all ${clicks.join(' ')}`)
  console.log(`per open (click to complete + 200 ms), medians: ${DURATIONS.map((name) => `${name} ${Math.round(median(busy[name]))} ms`).join(', ')}`)
  console.log(`driver: click() to the click event ${median(driver.click)} ms; click event to the panel in the page ${median(driver.inputToDom)} ms, to its frame ${median(driver.inputToPanel)} ms; that frame to waitFor() returning ${median(driver.waitFor)} ms\n`)
  const top = (map) => [...map].filter(([k]) => !/^\((root|idle|program)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, TOP)
  console.log('inclusive ms per open:')
  for (const [fn, ms] of top(total)) console.log(`  ${(ms / RUNS).toFixed(1).padStart(7)}  ${fn}`)
  console.log('\nself ms per open:')
  for (const [fn, ms] of top(self)) console.log(`  ${(ms / RUNS).toFixed(1).padStart(7)}  ${fn}`)
} finally {
  await browser.close()
}
