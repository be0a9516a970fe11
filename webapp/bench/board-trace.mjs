// Where a first board load's main-thread time goes, by Chromium trace event rather than by JS function (board-profile.mjs):
// loading the page, compiling and running the entry script, React's renders, style, layout and paint. Prints when each
// resource was asked for and arrived, the main thread's tasks over 20 ms with their biggest parts, and self time per event
// inside the three biggest tasks. Writes the trace (open it in DevTools' Performance panel) to TRACE_FILE.
//   BASE_URL=http://127.0.0.1:8080 E2E_PASSWORD=... E2E_PROJECT=HADOOP node bench/board-trace.mjs
import { writeFileSync } from 'node:fs'
import { launchChromium, signedInContext } from './board-browser.mjs'

const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '')
const EMAIL = process.env.E2E_EMAIL ?? 'admin@meridian.local'
const PASSWORD = process.env.E2E_PASSWORD ?? 'adminpass123'
const PROJECT = process.env.E2E_PROJECT ?? 'HADOOP'
const FILE = process.env.TRACE_FILE ?? '/tmp/board-trace.json'
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'loading']

const browser = await launchChromium()
try {
  const context = await signedInContext(browser, { baseUrl: BASE_URL, email: EMAIL, password: PASSWORD })
  const page = await context.newPage()
  await browser.startTracing(page, { categories: CATEGORIES })
  const started = Date.now()
  await page.goto(`${BASE_URL}/projects/${PROJECT}/board`)
  await page.waitForFunction(() => {
    const columns = [...document.querySelectorAll('section.column')]
    return columns.length > 0 && columns.every((c) => c.querySelector('.column-count')?.textContent?.trim())
  })
  const wall = Date.now() - started
  const loads = await page.evaluate(() =>
    [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => [e.name.replace(location.origin, ''), Math.round(e.startTime), Math.round(e.responseEnd)]),
  )
  const paints = await page.evaluate(() => performance.getEntriesByType('paint').map((e) => `${e.name} ${Math.round(e.startTime)}`))
  const trace = await browser.stopTracing()
  writeFileSync(FILE, trace)

  console.log(`First load of ${PROJECT}'s board: ${wall} ms; ${paints.join(', ')}\n\n  asked  arrived  resource`)
  for (const [name, start, end] of loads) console.log(`  ${String(start).padStart(5)}  ${String(end).padStart(7)}  ${name}`)

  const { traceEvents } = JSON.parse(trace.toString())
  const thread = (e) => `${e.pid}:${e.tid}`
  const mains = new Set(traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(thread))
  const counts = new Map()
  for (const e of traceEvents) if (mains.has(thread(e))) counts.set(thread(e), (counts.get(thread(e)) ?? 0) + 1)
  const main = [...counts].sort((a, b) => b[1] - a[1])[0][0]
  const events = traceEvents.filter((e) => thread(e) === main && e.ph === 'X' && e.dur).sort((a, b) => a.ts - b.ts || b.dur - a.dur)
  const tasks = events.filter((e) => e.name === 'RunTask')
  const origin = tasks[0].ts
  const ms = (us) => Math.round(us / 1000)
  const inside = (task) => events.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur)
  /** Self time per event name: each event's duration less that of the events nested in it. */
  const selfTimes = (list) => {
    const self = new Map()
    const open = []
    for (const e of list) {
      while (open.length && open.at(-1).ts + open.at(-1).dur <= e.ts) open.pop()
      if (open.length) self.set(open.at(-1).name, (self.get(open.at(-1).name) ?? 0) - e.dur)
      self.set(e.name, (self.get(e.name) ?? 0) + e.dur)
      open.push(e)
    }
    return [...self].sort((a, b) => b[1] - a[1])
  }

  console.log(`\nMain thread: ${ms(tasks.reduce((sum, t) => sum + t.dur, 0))} ms in tasks. Tasks over 20 ms (ms from the first task, duration: biggest parts):`)
  for (const task of tasks.filter((t) => t.dur > 20_000)) {
    const parts = inside(task).filter((e) => e.dur > 5000 && e.name !== 'RunTask').slice(0, 5)
    const label = (e) => `${e.name}${e.args?.data?.functionName ? `(${e.args.data.functionName})` : ''} ${ms(e.dur)}`
    console.log(`  ${ms(task.ts - origin)} +${ms(task.dur)}: ${parts.map(label).join(', ')}`)
  }
  console.log('\nSelf time by event in the three biggest tasks:')
  for (const task of [...tasks].sort((a, b) => b.dur - a.dur).slice(0, 3).sort((a, b) => a.ts - b.ts)) {
    const top = selfTimes([task, ...inside(task)]).slice(0, 10)
    console.log(`  ${ms(task.ts - origin)} +${ms(task.dur)}: ${top.map(([name, us]) => `${name} ${(us / 1000).toFixed(1)}`).join(', ')}`)
  }
} finally {
  await browser.close()
}
