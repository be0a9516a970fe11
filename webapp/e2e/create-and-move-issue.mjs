// Journey: log in → create an issue with the dialog → a move the workflow forbids is refused and rolled back
// → drag the card to In Progress and see it stay there → set a WIP limit in the project settings and see the column
// over it → group the board by assignee, find the card in its lane and drag it into another person's lane to assign it. Runs against a server that serves the built app.
//   BASE_URL=http://localhost:8080 node e2e/create-and-move-issue.mjs
import { BASE_URL, call, EMAIL, ensureProject, journey, logIn, PROJECT, SHOTS } from './support.mjs'

/** dnd-kit listens to pointer events and starts after 5 px, so move in small steps like a hand would. */
async function drag(page, card, column) {
  await card.scrollIntoViewIfNeeded()
  const from = await card.boundingBox()
  const to = await column.boundingBox()
  if (!from || !to) throw new Error('card or column is not on screen')
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 5 })
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(120, to.height / 2), { steps: 15 })
  await page.mouse.up()
}

await journey('create-and-move-issue', async ({ page, api, step }) => {
  const summary = `Drag me ${Date.now().toString(36)}`
  const column = (name) => page.getByRole('region', { name, exact: true })
  const cardIn = (name) => column(name).getByRole('link', { name: new RegExp(summary) })

  await step('logs in', async () => {
    await ensureProject(api)
    await logIn(page)
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

  await step('sets a WIP limit of 1 on In Progress in the settings, and the board shows the column over it', async () => {
    // A second issue in progress, so the column holds more than the limit whatever else the project has.
    // Assigned to the signed-in person: the board grouped by assignee has their lane beside the unassigned one.
    const other = await call(api, 'POST', '/api/v1/issues', { project: PROJECT, type: 'Task', summary: `${summary} too`, assignee: EMAIL })
    await call(api, 'POST', `/api/v1/issues/${other.key}/transitions`, { status: 'In Progress' })
    try {
      await page.goto(`${BASE_URL}/projects/${PROJECT}/settings/workflow`)
      const limits = page.getByRole('form', { name: 'WIP limits of In Progress' })
      await limits.getByRole('textbox', { name: 'Maximum of In Progress' }).fill('1')
      const saved = page.waitForResponse((response) => response.url().endsWith('/wip'))
      await limits.getByRole('button', { name: 'Save limits' }).click()
      if ((await saved).status() !== 200) throw new Error(`saving the limit answered ${(await saved).status()}`)
      await page.goto(`${BASE_URL}/projects/${PROJECT}/board`)
      const inProgress = column('In Progress')
      await inProgress.getByText(/\(max 1\)/).waitFor()
      if (!/\bwip-over\b/.test(await inProgress.getAttribute('class'))) throw new Error('In Progress is over its limit but not highlighted')
      await page.screenshot({ path: `${SHOTS}/board-wip-over.png` })

      await page.getByRole('combobox', { name: 'Group by' }).selectOption('assignee')
      await page.getByRole('region', { name: /: In Progress$/ }).getByRole('link', { name: new RegExp(summary) }).first().waitFor()
      if (!page.url().includes('lanes=assignee')) throw new Error(`the grouping is not in the URL: ${page.url()}`)
      const heading = page.getByRole('columnheader', { name: 'In Progress' })
      if (!/\bwip-over\b/.test(await heading.getAttribute('class'))) throw new Error('the lanes view does not highlight the column over its limit')
      await page.screenshot({ path: `${SHOTS}/board-lanes.png` })

    } finally {
      await call(api, 'PUT', `/api/v1/projects/${PROJECT}/statuses/In%20Progress/wip`, { min: null, max: null })
    }
  })

  await step("drags the card from the unassigned lane into another person's lane, and it is theirs", async () => {
    const mine = (await (await api.get('/api/v1/session')).json()).user.displayName
    const cell = (lane) => page.getByRole('region', { name: `${lane}: In Progress`, exact: true })
    const card = (lane) => cell(lane).getByRole('link', { name: new RegExp(`${summary}$`) })
    const assigned = page.waitForResponse((response) => response.request().method() === 'PATCH' && response.url().includes('/api/v1/issues/'))
    await drag(page, card('Unassigned'), cell(mine))
    if ((await assigned).status() !== 200) throw new Error(`assigning by a drop answered ${(await assigned).status()}`)
    await card(mine).waitFor()
    const key = (await card(mine).getAttribute('aria-label')).split(' ')[0]
    const stored = await (await api.get(`/api/v1/issues/${key}`)).json()
    if (stored.assignee?.email !== EMAIL || stored.status !== 'In Progress') {
      throw new Error(`server says ${key} is ${stored.status}, assigned to ${stored.assignee?.email}`)
    }
    await page.getByRole('combobox', { name: 'Group by' }).selectOption('none')
  })
})
