// tmp: where the first board load's main-thread time goes, by trace event (compile, evaluate, style, layout, ...)
import { writeFileSync } from 'node:fs'
import { launchChromium, signedInContext } from './board-browser.mjs'
const BASE_URL = process.env.BASE_URL
const browser = await launchChromium()
const context = await signedInContext(browser, { baseUrl: BASE_URL, email: 'admin@meridian.local', password: 'bench-admin-password' })
const page = await context.newPage()
await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink', 'loading'] })
const t0 = Date.now()
await page.goto(`${BASE_URL}/projects/HADOOP/board`)
await page.waitForFunction(() => {
  const columns = [...document.querySelectorAll('section.column')]
  return columns.length > 0 && columns.every((c) => c.querySelector('.column-count')?.textContent?.trim())
})
const wall = Date.now() - t0
const entries = await page.evaluate(() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => [e.name.replace(location.origin, ''), Math.round(e.startTime), Math.round(e.responseEnd)]))
for (const [n, s, e] of entries) console.log(`  ${String(s).padStart(5)} ${String(e).padStart(5)}  ${n}`)
const marks = await page.evaluate(() => performance.getEntriesByType('paint').map((e) => [e.name, Math.round(e.startTime)]))
console.log(marks)
const buffer = await browser.stopTracing()
writeFileSync('/tmp/webfirst/trace.json', buffer)
const { traceEvents } = JSON.parse(buffer.toString())
// the renderer main thread: the thread named CrRendererMain of the page's process with the most events
const names = traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`)
const counts = new Map()
for (const e of traceEvents) { const k = `${e.pid}:${e.tid}`; if (names.includes(k)) counts.set(k, (counts.get(k) ?? 0) + 1) }
const main = [...counts].sort((a, b) => b[1] - a[1])[0][0]
const events = traceEvents.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur)
const start = Math.min(...events.filter((e) => e.name === 'RunTask').map((e) => e.ts))
// self time per event name (duration minus children on the same thread)
events.sort((a, b) => a.ts - b.ts || b.dur - a.dur)
const self = new Map(); const stack = []
for (const e of events) {
  while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop()
  if (stack.length) { const p = stack.at(-1); self.set(p.name, (self.get(p.name) ?? 0) - e.dur) }
  self.set(e.name, (self.get(e.name) ?? 0) + e.dur)
  stack.push(e)
}
const tasks = events.filter((e) => e.name === 'RunTask')
console.log(`wall ${wall} ms; main-thread tasks ${Math.round(tasks.reduce((s, e) => s + e.dur, 0) / 1000)} ms`)
for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${name}`)
// long tasks on a timeline
console.log('tasks > 20 ms (start from first task, duration, top child):')
for (const t of tasks.filter((t) => t.dur > 20000)) {
  const kids = events.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur > 5000 && e.name !== 'RunTask')
  console.log(`  ${Math.round((t.ts - start) / 1000)} +${Math.round(t.dur / 1000)}: ${kids.slice(0, 6).map((k) => `${k.name}${k.args?.data?.url ? '(' + k.args.data.url.replace(/.*\//, '') + ')' : ''}${k.args?.data?.functionName ? '(' + k.args.data.functionName + ')' : ''} ${Math.round(k.dur / 1000)}`).join(', ')}`)
}
await browser.close()
// the biggest tasks after the module ran: self time by event name inside each
const big = tasks.filter((t) => t.dur > 60000).slice(-3)
for (const t of big) {
  const inner = new Map()
  const within = events.filter((e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur)
  const st = []
  for (const e of within) {
    while (st.length && st.at(-1).ts + st.at(-1).dur <= e.ts) st.pop()
    if (st.length) inner.set(st.at(-1).name, (inner.get(st.at(-1).name) ?? 0) - e.dur)
    inner.set(e.name, (inner.get(e.name) ?? 0) + e.dur)
    st.push(e)
  }
  console.log(`task at ${Math.round((t.ts - start) / 1000)} +${Math.round(t.dur / 1000)}:`, [...inner].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([n, us]) => `${n} ${(us / 1000).toFixed(1)}`).join(', '))
}
