// Times the board of a project in a real headless Chromium, as a person meets it: the first load (a fresh page after
// logging in, until every column shows its cards), then interactions on the loaded board: open an issue's panel (the
// pointer resting on its card POINTER_REST ms first, 300 by default, as a person's does before pressing), close it,
// filter the cards by text. Prints one Markdown table of p50/p95/max; asserts nothing (bench/README.md).
// Beside wall time, per action: the page's main-thread busy time (CDP Performance.getMetrics TaskDuration: task wall
// time, so it still grows when the machine is loaded), the CPU time all of Chromium's processes used (CDP
// SystemInfo.getProcessInfo: renderer, GPU, browser, network; 10 ms ticks), the server JVM's CPU (SERVER_PID, from /proc)
// and the API requests sent; the CPU columns change much less with the machine's load than wall time.
// BOARD_TRACE=1 also prints the last run's requests with their start and duration (the waterfall of each action).
//   BASE_URL=http://127.0.0.1:8080 E2E_PROJECT=HADOOP RUNS=10 SERVER_PID=1234 node bench/board-timing.mjs
import { readFileSync, writeFileSync } from 'node:fs'
import { launchChromium, signedInContext } from './board-browser.mjs'

const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '')
const EMAIL = process.env.E2E_EMAIL ?? 'admin@meridian.local'
const PASSWORD = process.env.E2E_PASSWORD ?? 'adminpass123'
const PROJECT = process.env.E2E_PROJECT ?? 'HADOOP'
const RUNS = Number(process.env.RUNS ?? 10)
// Runs first that warm the server (its JIT) and the browser up and are not counted.
const WARMUP = Number(process.env.WARMUP ?? 1)
const FILTER = process.env.FILTER ?? 'datanode'
// How long the pointer rests on a card before the press, as a person's does (a few hundred ms between reaching a target
// and clicking it); the app starts preparing an issue's panel when its card is pointed at. 0: pressed at once.
const POINTER_REST = Number(process.env.POINTER_REST ?? 300)
// How long the button is held in a click (PRESS_HOLD ms between press and release; a person's is about 100), and how long
// an open panel is read before `j` moves it to the next issue (READ_REST).
const PRESS_HOLD = Number(process.env.PRESS_HOLD ?? 0)
const READ_REST = Number(process.env.READ_REST ?? 500)
const SERVER_PID = process.env.SERVER_PID
const TRACE = process.env.BOARD_TRACE === '1' // not TRACE: Spring Boot reads that variable as trace logging

/** CPU ms used so far by a process (user + system), from /proc/PID/stat; 0 when unknown. */
function processCpuMs(pid) {
  if (!pid) return 0
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100 // utime, stime in clock ticks (100/s)
  } catch {
    return 0
  }
}

const browser = await launchChromium()
const browserSession = await browser.newBrowserCDPSession()
/** CPU ms used so far by all of Chromium's processes (those that ended since are not counted). */
const chromiumCpuMs = async () => {
  const { processInfo } = await browserSession.send('SystemInfo.getProcessInfo')
  return processInfo.reduce((sum, process) => sum + process.cpuTime * 1000, 0)
}
const ACTIONS = [
  'first board load',
  'open issue panel',
  'issue panel complete',
  'next issue in the panel (j)',
  'next issue complete',
  'close issue panel (Esc)',
  `filter cards ("${FILTER}")`,
  'board load, second visit (warm: HTTP and code cache)',
]
const times = Object.fromEntries(ACTIONS.map((name) => [name, { wall: [], frame: [], browser: [], browserCpu: [], chromiumCpu: [], serverCpu: [], requests: [] }]))

/**
 * Measured by the page itself, for an interaction: from the input event (its timestamp, as the browser received it) to
 * the end of the first frame that draws the result (a task queued from a requestAnimationFrame callback after the DOM shows
 * it runs once that frame's style, layout and paint are done; the callback's own timestamp is the frame's start, which
 * may come before a long render, so it undercounted by up to that render's length). Unlike
 * the wall time, it leaves out the test driver: Playwright's checks before a click (scrolling, waiting for two stable
 * frames, hit testing) and its polling for the result (at 0, 20, 70, 170 ms... after the action returns).
 * `checks` are functions' sources, each true once its state is in the page; results in window.benchFrames by name.
 */
function watchFrames(page, event, checks) {
  return page.evaluate(
    ([event, checks]) => {
      const frames = (window.benchFrames = {})
      let input
      addEventListener(event, (e) => (input ??= e.timeStamp), { capture: true, once: true })
      // The browser's own measure (Event Timing, as INP): from the input to the next frame presented after its handlers
      // ran, in 8 ms steps; reported from 16 ms up, so a faster one counts as 16.
      window.benchEventTiming = 16
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name === event) window.benchEventTiming = Math.max(window.benchEventTiming, entry.duration)
      }).observe({ type: 'event', durationThreshold: 16 })
      const pending = Object.entries(checks).map(([name, source]) => [name, new Function(`return (${source})()`)])
      const observer = new MutationObserver(() => {
        for (const [name, check] of pending.splice(0)) {
          if (!check()) pending.push([name, check])
          // The frame's callbacks run before its style, layout and paint; a task queued from one runs after them.
          else requestAnimationFrame(() => setTimeout(() => (frames[name] = performance.now() - input)))
        }
        if (!pending.length) observer.disconnect()
      })
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true })
    },
    [event, checks],
  )
}
/**
 * Installed in every page before its scripts run: the time of the first frame that draws the whole board (every column
 * with its count) is done, from the navigation's start, as Largest Contentful Paint is timed.
 */
const WATCH_BOARD_DRAWN = `(() => {
  const drawn = () => {
    const columns = [...document.querySelectorAll('section.column')]
    return columns.length > 0 && columns.every((c) => c.querySelector('.column-count')?.textContent?.trim())
  }
  const observer = new MutationObserver(() => {
    if (!drawn()) return
    observer.disconnect()
    requestAnimationFrame(() => setTimeout(() => (window.benchBoardDrawnAt = performance.now())))
  })
  // The browser's own measure: Largest Contentful Paint, the frame presented (rastered and composited, in software here).
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.benchLcp = entry.renderTime || entry.startTime
  }).observe({ type: 'largest-contentful-paint', buffered: true })
  observer.observe(document, { childList: true, subtree: true, characterData: true })
})()`
let cards = 0
let waterfall = []
try {
  for (let run = 0; run < RUNS + WARMUP; run++) {
    const context = await signedInContext(browser, { baseUrl: BASE_URL, email: EMAIL, password: PASSWORD })
    await context.addInitScript(WATCH_BOARD_DRAWN)

    let action = ''
    let requests = 0
    let origin = Date.now()
    waterfall = []
    // A request belongs to the action during which it was sent, even when it ends after it.
    const sentDuring = new WeakMap()
    /** A new page of the context, its main thread's busy time and its API requests watched. */
    const newTab = async () => {
      const page = await context.newPage()
      page.setDefaultTimeout(60_000)
      const cdp = await context.newCDPSession(page)
      await cdp.send('Performance.enable')
      const taskMs = async () => {
        const { metrics } = await cdp.send('Performance.getMetrics')
        return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000
      }
      page.on('request', (request) => {
        if (!request.url().includes('/api/')) return
        requests++
        sentDuring.set(request, { action, at: Date.now() - origin })
      })
      page.on('requestfinished', (request) => {
        const sent = sentDuring.get(request)
        if (!sent) return
        waterfall.push(`| ${sent.action} | ${request.method()} ${request.url().replace(BASE_URL, '')} | ${sent.at} | ${Math.round(request.timing().responseEnd)} |`)
      })
      return { page, taskMs }
    }
    // A new page: nothing cached in the app, as when someone opens a link to the board.
    let tab = await newTab()
    const board = tab.page
    // `complete`, if given, is a later state of the same action, timed from the same start as a row of its own (its
    // CPU and requests counted from the start too).
    const measure = async (name, act, done, complete, inPage) => {
      if (inPage) await watchFrames(tab.page, inPage.event, { [name]: inPage.shown, ...(complete ? { [complete.name]: inPage.complete } : {}) })
      action = name
      requests = 0
      const cpu0 = processCpuMs(SERVER_PID)
      const chromium0 = await chromiumCpuMs()
      const task0 = name === ACTIONS[0] || name === ACTIONS[7] ? 0 : await tab.taskMs()
      origin = Date.now()
      await act()
      const completeAt = complete && complete.done().then(() => Date.now())
      await done()
      const record = async (row, wall) => {
        // Let late responses land before counting them and the CPU they cost.
        await tab.page.waitForTimeout(150)
        if (run < WARMUP) return
        const sample = times[row]
        sample.wall.push(wall)
        const loads = row === ACTIONS[0] || row === ACTIONS[7]
        const frame = loads
          ? await tab.page.evaluate(() => window.benchBoardDrawnAt)
          : inPage && (await tab.page.evaluate((row) => window.benchFrames[row], row))
        if (frame !== undefined) sample.frame.push(Math.round(frame))
        const browser = await tab.page.evaluate((loads) => (loads ? window.benchLcp : window.benchEventTiming), loads)
        if (browser !== undefined && (loads || name === row)) sample.browser.push(Math.round(browser))
        sample.browserCpu.push((await tab.taskMs()) - task0)
        sample.chromiumCpu.push((await chromiumCpuMs()) - chromium0)
        sample.serverCpu.push(processCpuMs(SERVER_PID) - cpu0)
        sample.requests.push(requests)
      }
      await record(name, Date.now() - origin)
      if (complete) await record(complete.name, (await completeAt) - origin)
    }
    // Checked at every frame: a locator's waitFor polls at 0, 20, 50, 100, 100, 500 ms… and would add up to half a
    // second to a load's wall time.
    const boardDrawn = async (page) => {
      await page.waitForFunction(() => {
        const columns = [...document.querySelectorAll('section.column')]
        return columns.length > 0 && columns.every((c) => c.querySelector('.column-count')?.textContent?.trim())
      })
    }

    await measure(
      ACTIONS[0],
      // Until the board is drawn, not until the load event: that also waits for what the page fetches once the board
      // is on screen (the issue panel's code and the Markdown parser, preloaded while idle).
      () => board.goto(`${BASE_URL}/projects/${PROJECT}/board`, { waitUntil: 'commit' }),
      () => boardDrawn(board),
    )
    cards = await board.locator('a.card-link').count()

    // Found again by its key: hovering may scroll its column, which renders other cards around it. Not the last card:
    // `j` moves from it to the next.
    const key = await board.locator('a.card-link').nth(run % Math.max(1, cards - 1)).getAttribute('data-nav-key')
    const card = board.locator(`a.card-link[data-nav-key="${key}"]`)
    const summary = (await card.getAttribute('aria-label'))?.split(' ').slice(1).join(' ') ?? ''
    await card.hover()
    await board.waitForTimeout(POINTER_REST)
    // Opening ends when the panel shows the issue's summary; it is complete once its fields column is drawn too
    // (description, comments and fields come in a render after the summary's).
    // Each result is checked at every frame (waitForFunction), as the board's load is.
    // A panel on screen: one drawn ahead of opening is hidden (aria-hidden), and does not count.
    const shownPanel = 'aside.panel:not([aria-hidden])'
    const panelShown = `() => [...document.querySelectorAll('${shownPanel}')].some((panel) => panel.textContent.includes(${JSON.stringify(summary)}))`
    const panelComplete = `() => !!document.querySelector('${shownPanel} .panel-side section.watchers') && !!document.querySelector('${shownPanel} .panel-main section.description')`
    const panelClosed = `() => !document.querySelector('${shownPanel}')`
    await measure(
      ACTIONS[1],
      () => card.click({ delay: PRESS_HOLD }),
      () => board.waitForFunction(`(${panelShown})()`),
      { name: ACTIONS[2], done: () => board.waitForFunction(`(${panelComplete})()`) },
      { event: 'click', shown: panelShown, complete: panelComplete },
    )
    await board.waitForTimeout(READ_REST)
    // The next issue's panel is on screen once a shown panel holds another issue's summary.
    // Its summary may come first (from the board's data), the rest once the issue is loaded.
    const nextPanel = `[...document.querySelectorAll('${shownPanel}')].find((panel) => panel.getAttribute('aria-label') !== ${JSON.stringify(`Issue ${key}`)})`
    const nextShown = `() => !!${nextPanel}?.querySelector('h1')`
    const nextComplete = `() => !!${nextPanel}?.querySelector('.panel-side section.watchers') && !!${nextPanel}?.querySelector('.panel-main section.description')`
    await measure(
      ACTIONS[3],
      () => board.keyboard.press('j'),
      () => board.waitForFunction(`(${nextShown})()`),
      { name: ACTIONS[4], done: () => board.waitForFunction(`(${nextComplete})()`) },
      { event: 'keydown', shown: nextShown, complete: nextComplete },
    )
    await measure(ACTIONS[5], () => board.keyboard.press('Escape'), () => board.waitForFunction(`(${panelClosed})()`), undefined, {
      event: 'keydown',
      shown: panelClosed,
    })

    // The columns' counts change in the render that filters the cards (a long column renders only the cards in view, so
    // the number of cards in the page may not change).
    const counts = () => [...document.querySelectorAll('section.column .column-count')].map((count) => count.textContent).join()
    const before = await board.evaluate(counts)
    await measure(
      ACTIONS[6],
      () => board.getByLabel('Filter cards').fill(FILTER),
      () => board.waitForFunction(`(${counts})() !== ${JSON.stringify(before)}`),
      undefined,
      { event: 'input', shown: `() => (${counts})() !== ${JSON.stringify(before)}` },
    )
    // The same board again in a new tab of the same browser profile: the script comes from the HTTP cache and its
    // compiled code from Chromium's code cache (the first load above compiled it), as on someone's second visit.
    await board.close()
    tab = await newTab()
    await measure(ACTIONS[7], () => tab.page.goto(`${BASE_URL}/projects/${PROJECT}/board`, { waitUntil: 'commit' }), () => boardDrawn(tab.page))
    await context.close()
  }
} finally {
  await browser.close()
}

// BOARD_SAMPLES=file: every run's figures as JSON too, to pool runs of several invocations (e.g. two servers alternated).
if (process.env.BOARD_SAMPLES) writeFileSync(process.env.BOARD_SAMPLES, JSON.stringify(times))

const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const median = (values) => Math.round(pct(values, 50))
console.log(`Board of ${PROJECT} in headless Chromium (${cards} cards rendered), ${RUNS} runs after ${WARMUP} warm-up, ms from the action to the result on screen;`)
console.log(`busy and CPU columns are medians per action: the page's main thread busy (task wall time), the CPU of all Chromium's`)
console.log(`processes, and the server JVM's CPU (without PostgreSQL):\n`)
console.log('"in the page" is measured by the page itself, without the test driver\'s own checks and polling (both are in the wall')
console.log('times): for a load, from the navigation\'s start to the end of the first frame that draws every column with its count (as')
console.log('Largest Contentful Paint is timed); for an interaction, from the input event to the end of the first frame that draws its')
console.log('result (as INP).\n')
console.log('"the browser\'s own" is Largest Contentful Paint for a load and Event Timing for an interaction (the input to the next frame')
console.log('presented, 16 ms when under 16): frames presented, so their raster and compositing (in software here) are in.\n')
console.log('| action | runs | p50 ms | p95 ms | max ms | in the page p50 / p95 ms | the browser\'s own p50 / p95 ms | main thread busy ms | Chromium CPU ms | server CPU ms | API requests |')
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
for (const [name, s] of Object.entries(times)) {
  const server = SERVER_PID ? median(s.serverCpu) : '–'
  console.log(
    `| ${name} | ${s.wall.length} | ${pct(s.wall, 50)} | ${pct(s.wall, 95)} | ${Math.max(...s.wall)} | ${s.frame.length ? `${pct(s.frame, 50)} / ${pct(s.frame, 95)}` : '–'} | ${s.browser.length ? `${pct(s.browser, 50)} / ${pct(s.browser, 95)}` : '–'} | ${median(s.browserCpu)} | ${median(s.chromiumCpu)} | ${server} | ${median(s.requests)} |`,
  )
}
if (TRACE) {
  console.log('\nRequests of the last run (sent at: ms from the start of the action; duration as Chromium saw it):\n')
  console.log('| action | request | sent at ms | duration ms |')
  console.log('|---|---|---:|---:|')
  for (const line of waterfall) console.log(line)
}
