// Journey: pick an issue on the board with j and Enter → link it to another issue → add a watcher and stop
// watching it myself → add a sub-task inline → look at the history tab → Esc. Runs against a server that serves
// the built app.
//   BASE_URL=http://localhost:8080 node e2e/link-and-watch-issue.mjs
import { ensureProject, journey, logIn, PROJECT, SHOTS } from './support.mjs'

await journey('link-and-watch-issue', async ({ page, api, step }) => {
  const stamp = `lw${Date.now().toString(36)}`
  const watcher = { email: `watcher-${stamp}@example.com`, displayName: `Wanda ${stamp}`, password: 'watcherpass123' }
  const issues = {}
  let panel

  async function call(method, path, data) {
    const response = await api.fetch(path, { method, data })
    if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`)
    return response.status() === 204 ? undefined : response.json()
  }

  await step('logs in, with two issues and a second member in the project', async () => {
    await ensureProject(api)
    issues.target = (await call('POST', '/api/v1/issues', { project: PROJECT, type: 'Task', summary: `Blocked one ${stamp}` })).key
    issues.source = (await call('POST', '/api/v1/issues', { project: PROJECT, type: 'Task', summary: `Blocking one ${stamp}` })).key
    await call('POST', '/api/v1/users', watcher)
    await call('PUT', `/api/v1/projects/${PROJECT}/members/${encodeURIComponent(watcher.email)}`, { role: 'member' })
    await logIn(page)
  })

  await step('opens the second card of the filtered board (rank order: the newest is last) with j, j and Enter', async () => {
    await page.getByRole('combobox', { name: 'Project', exact: true }).selectOption(PROJECT)
    await page.getByLabel('Filter cards').fill(stamp)
    const todo = page.getByRole('region', { name: 'To Do', exact: true })
    await todo.getByRole('link', { name: new RegExp(`Blocking one ${stamp}`) }).waitFor()
    // That card is on the board before the filter applies too; a j pressed then would select a card the filter removes.
    await todo.getByRole('link').nth(2).waitFor({ state: 'detached' })
    await page.getByRole('heading', { level: 1 }).first().click()
    await page.keyboard.press('j')
    await page.keyboard.press('j')
    await page.keyboard.press('Enter')
    panel = page.getByRole('complementary', { name: `Issue ${issues.source}` })
    await panel.waitFor()
  })

  await step('links it to the other issue after the key is checked', async () => {
    const links = panel.getByRole('region', { name: 'Links' })
    await links.getByRole('button', { name: 'Add link' }).click()
    await links.getByLabel('Link type').selectOption('blocks')
    await links.getByLabel('Issue').fill('not a key')
    await links.getByLabel('Issue').press('Enter')
    await links.getByText('is not an issue key').waitFor()
    await links.getByLabel('Issue').fill(issues.target.toLowerCase())
    await links.getByLabel('Issue').press('Enter')
    await links.getByRole('heading', { name: 'blocks' }).waitFor()
    await links.getByRole('link', { name: issues.target }).waitFor()
    const target = await call('GET', `/api/v1/issues/${issues.target}`)
    if (!target.links.some((link) => link.key === issues.source && link.description === 'is blocked by')) {
      throw new Error(`${issues.target} does not say it is blocked by ${issues.source}: ${JSON.stringify(target.links)}`)
    }
  })

  await step('adds a watcher and stops watching it myself', async () => {
    const watchers = panel.getByRole('region', { name: 'Watchers' })
    await watchers.getByRole('button', { name: 'Watching', exact: true }).waitFor()
    await watchers.getByLabel('Add watcher').selectOption(watcher.email)
    await watchers.getByText(watcher.displayName).waitFor()
    await watchers.getByRole('button', { name: 'Watching', exact: true }).click()
    await watchers.getByRole('button', { name: 'Watch', exact: true }).waitFor()
    await page.screenshot({ path: `${SHOTS}/issue-parts.png` })
    const stored = (await call('GET', `/api/v1/issues/${issues.source}/watchers`)).map((user) => user.email)
    if (stored.length !== 1 || stored[0] !== watcher.email) throw new Error(`the server has watchers ${stored.join(', ')}`)
  })

  await step('adds a sub-task inline and sees it with its status', async () => {
    const subtasks = panel.getByRole('region', { name: 'Sub-tasks' })
    await subtasks.getByRole('button', { name: 'Add sub-task' }).click()
    await subtasks.getByLabel('New sub-task').fill(`Small step ${stamp}`)
    await subtasks.getByLabel('New sub-task').press('Enter')
    await subtasks.getByText(`Small step ${stamp}`).waitFor()
    await subtasks.getByText('0 of 1 done').waitFor()
    const stored = await call('GET', `/api/v1/issues/${issues.source}`)
    if (stored.subtaskKeys.length !== 1) throw new Error(`the server has sub-tasks ${stored.subtaskKeys.join(', ')}`)
  })

  await step('shows the history in its tab and closes with Esc', async () => {
    await panel.getByRole('tab', { name: 'History' }).click()
    await panel.getByRole('tabpanel', { name: 'History' }).getByText('created the issue').waitFor()
    await page.keyboard.press('Escape')
    await panel.waitFor({ state: 'detached' })
  })
})
