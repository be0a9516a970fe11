// Journey: with the board open, changes made by someone else through the REST API show without a reload —
// a card moves column, a summary changes, a new card appears — and an open issue panel follows its issue, keeping
// a summary being typed when someone else saves theirs. Runs against a server that serves the built app.
//   BASE_URL=http://localhost:8080 node e2e/see-changes-live.mjs
import { ensureProject, journey, logIn, PROJECT, SHOTS } from './support.mjs'

/** Live updates promise other people's changes within a second; allow twice that on a busy machine. */
const LIVE_MS = 2000

await journey('see-changes-live', async ({ page, api, step }) => {
  const stamp = `live${Date.now().toString(36)}`
  const column = (name) => page.getByRole('region', { name, exact: true })
  const cardIn = (name, text) => column(name).getByRole('link', { name: new RegExp(text) })
  let key

  async function call(method, path, data) {
    const response = await api.fetch(path, { method, data })
    if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`)
    return response.status() === 204 ? undefined : response.json()
  }
  const current = async () => call('GET', `/api/v1/issues/${key}`)

  await step('logs in with the board open and the live stream connected', async () => {
    await ensureProject(api)
    key = (await call('POST', '/api/v1/issues', { project: PROJECT, type: 'Task', summary: `Watched live ${stamp}` })).key
    const stream = page.waitForResponse((response) => response.url().endsWith('/api/v1/stream'))
    await logIn(page)
    if ((await stream).status() !== 200) throw new Error(`the stream answered ${(await stream).status()}`)
    await page.getByRole('combobox', { name: 'Project', exact: true }).selectOption(PROJECT)
    await cardIn('To Do', stamp).waitFor()
    // Gone if the page reloads.
    await page.evaluate(() => (window.e2eNoReload = true))
  })

  await step('moves the card when someone else moves the issue, within 2 s', async () => {
    const { version } = await current()
    await call('POST', `/api/v1/issues/${key}/transitions`, { status: 'In Progress', version })
    await cardIn('In Progress', stamp).waitFor({ timeout: LIVE_MS })
    if (await cardIn('To Do', stamp).count()) throw new Error('the card is still in To Do as well')
  })

  await step('shows a summary someone else changed, within 2 s', async () => {
    await call('PATCH', `/api/v1/issues/${key}`, { summary: `Renamed live ${stamp}` })
    await cardIn('In Progress', `Renamed live ${stamp}`).waitFor({ timeout: LIVE_MS })
  })

  await step('adds a card for an issue someone else created, within 2 s', async () => {
    await call('POST', '/api/v1/issues', { project: PROJECT, type: 'Bug', summary: `Arrived live ${stamp}` })
    await cardIn('To Do', `Arrived live ${stamp}`).waitFor({ timeout: LIVE_MS })
    await page.screenshot({ path: `${SHOTS}/live-board.png` })
  })

  await step('follows the open issue: a new comment and a new summary show within 2 s', async () => {
    await cardIn('In Progress', stamp).click()
    const panel = page.getByRole('complementary', { name: `Issue ${key}` })
    await panel.getByRole('heading', { name: `Renamed live ${stamp}` }).waitFor()
    await call('POST', `/api/v1/issues/${key}/comments`, { body: `Said live ${stamp}` })
    await panel.getByText(`Said live ${stamp}`).waitFor({ timeout: LIVE_MS })
    await call('PATCH', `/api/v1/issues/${key}`, { summary: `Panel live ${stamp}` })
    await panel.getByRole('heading', { name: `Panel live ${stamp}` }).waitFor({ timeout: LIVE_MS })
  })

  await step('keeps my half-typed summary when someone else saves theirs, and saves mine when I keep it', async () => {
    const panel = page.getByRole('complementary', { name: `Issue ${key}` })
    await panel.getByRole('heading', { name: `Panel live ${stamp}` }).click()
    const input = panel.getByRole('textbox', { name: 'Summary', exact: true })
    await input.fill(`Mine ${stamp}`)
    await call('PATCH', `/api/v1/issues/${key}`, { summary: `Theirs ${stamp}` })
    const notice = panel.getByRole('status').filter({ hasText: 'Changed by someone else' })
    await notice.waitFor({ timeout: LIVE_MS })
    if ((await input.inputValue()) !== `Mine ${stamp}`) throw new Error(`the typed summary became ${await input.inputValue()}`)
    await page.screenshot({ path: `${SHOTS}/live-changed-under.png` })
    await notice.getByRole('button', { name: 'Keep mine' }).click()
    await input.press('Enter')
    await panel.getByRole('heading', { name: `Mine ${stamp}` }).waitFor()
    const stored = await current()
    if (stored.summary !== `Mine ${stamp}`) throw new Error(`server says the summary is ${stored.summary}`)
  })

  await step('did all that without reloading the page', async () => {
    if (!(await page.evaluate(() => window.e2eNoReload === true))) throw new Error('the page was reloaded')
  })
})
