// Plan a sprint by dragging backlog issues into it, start it, move an issue to Done on the board, complete the
// sprint and read the burndown and velocity. Runs against a server that serves the built app.
import { BASE_URL, call, EMAIL, journey, logIn } from './support.mjs'

const project = `S${Date.now().toString(36).toUpperCase().slice(-6)}`

/** `top`: drop on the upper edge of the target (to rank before it) rather than its middle. */
async function drag(page, source, target, top = false) {
  const from = await source.boundingBox()
  const to = await target.boundingBox()
  await page.mouse.move(from.x + 20, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + 30, from.y + from.height / 2 + 10, { steps: 5 })
  await page.mouse.move(to.x + to.width / 2, to.y + (top ? 3 : to.height / 2), { steps: 15 })
  await page.mouse.up()
}

async function until(check, what) {
  for (let i = 0; i < 50; i++) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`timed out waiting until ${what}`)
}

await journey('plan-and-run-a-sprint', async ({ page, api, step }) => {
  const keys = []
  const extra = []
  const statusOf = async (key) => (await call(api, 'GET', `/api/v1/issues/${key}`)).status
  await step('sets up a project with three estimated stories over the API', async () => {
    const created = await api.post('/api/v1/projects', { data: { key: project, name: 'Sprint journey' } })
    if (!created.ok()) throw new Error(`project: ${created.status()} ${await created.text()}`)
    for (const [summary, storyPoints] of [['Sign in', 5], ['Sign out', 3], ['Profile page', 2]]) {
      const issue = await api.post('/api/v1/issues', { data: { project, type: 'Story', summary, storyPoints } })
      keys.push((await issue.json()).key)
    }
  })

  await step('creates a scrum board and a sprint from the backlog page', async () => {
    await logIn(page)
    await page.goto(`${BASE_URL}/projects/${project}/backlog`)
    await page.getByRole('button', { name: 'Create a scrum board' }).click()
    await page.getByRole('button', { name: 'Create sprint' }).click()
    await page.getByRole('button', { name: 'Start sprint' }).waitFor()
  })

  const sprintSection = () => page.locator('section.backlog-section').first()
  const row = (key) => page.locator(`li[data-key="${key}"]`)
  await step('plans the sprint by dragging two stories into it', async () => {
    await drag(page, row(keys[0]), sprintSection())
    await until(async () => (await sprintSection().locator(`li[data-key="${keys[0]}"]`).count()) === 1, `${keys[0]} is in the sprint`)
    await drag(page, row(keys[1]), sprintSection())
    await until(async () => (await sprintSection().locator('li[data-key]').count()) === 2, 'two issues are in the sprint')
  })

  await step('ranks the second sprint story above the first by dragging', async () => {
    await drag(page, row(keys[1]), row(keys[0]), true)
    await until(async () => {
      const search = await api.get(`/api/v1/search?jql=${encodeURIComponent(`project = ${project} ORDER BY rank`)}`)
      const order = (await search.json()).issues.map((i) => i.key)
      return order.indexOf(keys[1]) < order.indexOf(keys[0])
    }, `${keys[1]} is ranked above ${keys[0]}`)
  })

  await step('starts the sprint with a goal', async () => {
    await page.getByRole('button', { name: 'Start sprint' }).click()
    await page.getByLabel('Sprint goal').fill('People can sign in and out')
    await page.getByRole('dialog').getByRole('button', { name: 'Start sprint' }).click()
    await page.getByRole('button', { name: 'Complete sprint' }).waitFor()
  })

  await step('adds 61 more issues to the sprint over the API, so that its To Do column scrolls', async () => {
    for (let batch = 0; batch < 61; batch += 8) {
      const created = await Promise.all(Array.from({ length: Math.min(8, 61 - batch) }, (_, i) =>
        api.post('/api/v1/issues', { data: { project, type: 'Task', summary: `Chore ${batch + i}` } })))
      for (const issue of created) extra.push((await issue.json()).key)
    }
    const [board] = await (await api.get(`/api/v1/boards?project=${project}`)).json()
    const [sprint] = await (await api.get(`/api/v1/boards/${board.id}/sprints?includeClosed=false`)).json()
    const planned = await api.post(`/api/v1/sprints/${sprint.id}/issues`, { data: { add: extra } })
    if (!planned.ok()) throw new Error(`plan: ${planned.status()} ${await planned.text()}`)
  })

  await step('moves a story to Done on the board, from a column that renders only the cards in view', async () => {
    await page.getByRole('link', { name: 'Boards' }).click()
    await page.locator('.virtual-cards').first().waitFor()
    const card = page.getByRole('link', { name: new RegExp(`^${keys[0]} `) })
    await card.waitFor()
    await drag(page, card, page.locator('section.planned-cell[aria-label="Done"]').first())
    await until(async () => (await (await api.get(`/api/v1/issues/${keys[0]}`)).json()).status === 'Done', `${keys[0]} is Done`)
  })

  await step('in swimlanes by assignee, drops a chore onto the long To Do cell of its lane, which renders only the cards in view, and a story into that lane, which unassigns it', async () => {
    const [board] = await call(api, 'GET', `/api/v1/boards?project=${project}`)
    await call(api, 'PUT', `/api/v1/boards/${board.id}`, { swimlanes: 'assignee' })
    // A lane of the admin's (one story, short) beside the unassigned lane (the chores: its To Do cell scrolls).
    const story = await call(api, 'GET', `/api/v1/issues/${keys[1]}`)
    await call(api, 'PATCH', `/api/v1/issues/${keys[1]}`, { assignee: EMAIL, version: story.version })
    const chore = await call(api, 'GET', `/api/v1/issues/${extra[0]}`)
    await call(api, 'POST', `/api/v1/issues/${extra[0]}/transitions`, { status: 'Done', version: chore.version })
    await page.reload()
    await page.locator('.lane-name').nth(1).waitFor()
    const lanes = await page.locator('.lane-name').allTextContents()
    if (lanes.length !== 2 || !lanes.some((lane) => /unassigned/i.test(lane))) throw new Error(`lanes ${lanes}, expected the admin's and Unassigned`)
    const todo = page.locator('section.planned-cell[aria-label="To Do"]').filter({ has: page.locator('.virtual-cards') })
    if ((await todo.count()) !== 1) throw new Error('expected exactly one lane whose To Do cell is a scrolling window')
    const drawn = await todo.locator('a.card-link').count()
    if (drawn >= 61) throw new Error(`the long To Do cell drew ${drawn} cards, not only those in view`)
    const done = page.locator('section.planned-cell[aria-label="Done"]').filter({ has: page.getByRole('link', { name: new RegExp(`^${extra[0]} `) }) })
    await drag(page, done.getByRole('link', { name: new RegExp(`^${extra[0]} `) }), todo)
    await until(async () => (await statusOf(extra[0])) === 'To Do', `${extra[0]} is back in To Do`)
    // Dropped into the unassigned lane, in the column it is in, the admin's story is nobody's (as in Jira).
    const storyCard = page.getByRole('link', { name: new RegExp(`^${keys[1]} `) })
    await drag(page, storyCard, todo)
    await until(async () => (await (await api.get(`/api/v1/issues/${keys[1]}`)).json()).assignee === null, `${keys[1]} is unassigned`)
    await call(api, 'PUT', `/api/v1/boards/${board.id}`, { swimlanes: 'none' })
  })

  await step('sets a WIP limit in the board settings and sees it on the board', async () => {
    await page.getByRole('link', { name: 'Board settings' }).click()
    await page.getByRole('region', { name: 'Unmapped statuses' }).waitFor()
    await page.getByRole('textbox', { name: 'Maximum of To Do' }).fill('100')
    await page.getByRole('button', { name: 'Save board' }).click()
    await page.getByText(/Board “.*” saved/).waitFor()
    await page.getByRole('link', { name: /^Back to / }).click()
    await page.getByRole('columnheader', { name: /To Do/ }).getByText(/max 100/).waitFor()
  })

  await step('completes the sprint, moving the unfinished story to the backlog', async () => {
    await page.getByRole('link', { name: 'Backlog' }).click()
    await page.getByRole('button', { name: 'Complete sprint' }).click()
    await page.getByLabel('Move unfinished issues to').selectOption('backlog')
    await page.getByRole('dialog').getByRole('button', { name: 'Complete sprint' }).click()
    await page.locator(`section.backlog-section li[data-key="${keys[1]}"]`).waitFor()
    await until(async () => (await page.getByRole('button', { name: 'Complete sprint' }).count()) === 0, 'no sprint is active')
  })

  await step('sees the burndown and the velocity of the sprint', async () => {
    await page.getByRole('link', { name: 'Reports' }).click()
    await page.locator('.report-figures').getByText('Completed').waitFor()
    const completed = await page.locator('.report-figures div', { hasText: 'Completed' }).locator('dd').textContent()
    if (completed !== '5') throw new Error(`burndown completed ${completed}, expected 5`)
    await page.getByRole('button', { name: 'Velocity' }).click()
    await page.getByRole('button', { name: 'Table view' }).click()
    await page.locator('.report-table tbody tr').first().waitFor() // the velocity may still be loading
    const cells = await page.locator('.report-table tbody tr').first().locator('td').allTextContents()
    if (cells[1] !== '8' || cells[2] !== '5') throw new Error(`velocity row ${cells}, expected committed 8 and completed 5`)
  })

  await step("drops a done story onto the project board's long To Do column, which renders only the cards in view", async () => {
    await page.getByRole('link', { name: 'Workflow board', exact: true }).click()
    const column = (name) => page.getByRole('region', { name, exact: true })
    await column('To Do').locator('.virtual-cards').waitFor()
    const count = async () => Number(await column('To Do').locator('.column-count').textContent())
    const before = await count()
    const card = column('Done').getByRole('link', { name: new RegExp(`^${keys[0]} `) })
    await drag(page, card, column('To Do'))
    await until(async () => (await statusOf(keys[0])) === 'To Do', `${keys[0]} is reopened`)
    await until(async () => (await count()) === before + 1, `the To Do column counts ${before + 1}`)
  })
})
