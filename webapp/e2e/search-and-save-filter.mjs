// Journey: press / → compose a JQL query with the suggestions (keyboard and mouse) → run it → sort by a header
// → reload the bookmarkable URL → save it as a filter → reopen it from the filters list → open an issue from it
// → delete the filter. Runs against a server that serves the built app.
//   BASE_URL=http://localhost:8080 node e2e/search-and-save-filter.mjs
import { BASE_URL, confirmInApp, ensureProject, journey, logIn, PROJECT, SHOTS } from './support.mjs'

await journey('search-and-save-filter', async ({ page, api, step }) => {
  const stamp = `s${Date.now().toString(36)}`
  const filterName = `E2E filter ${stamp}`
  const box = page.getByRole('combobox', { name: 'JQL query' })
  const suggestions = page.getByRole('listbox', { name: 'Suggestions' })
  const rows = page.locator('tbody tr').filter({ hasText: stamp })
  const issues = {}

  async function createIssue(priority) {
    const response = await api.post('/api/v1/issues', {
      data: { project: PROJECT, type: 'Task', summary: `Findable ${stamp} ${priority.toLowerCase()}`, priority },
    })
    if (!response.ok()) throw new Error(`cannot create an issue: ${response.status()} ${await response.text()}`)
    issues[priority] = (await response.json()).key
  }

  /** Waits until the first matching row is the issue `key` (the key cell, exactly: E2E-1 is not E2E-12). */
  async function firstRowIs(key) {
    await rows.first().locator('td:not(.col-check)').first().filter({ hasText: new RegExp(`^${key}$`) }).waitFor()
  }

  async function expectBox(jql) {
    await page.waitForFunction(([expected]) => document.querySelector('[aria-label="JQL query"]')?.value === expected, [jql])
  }

  await step('logs in', async () => {
    await ensureProject(api)
    await createIssue('Low')
    await createIssue('High')
    await logIn(page)
  })

  await step('opens search with / and composes a query from the suggestions', async () => {
    await page.locator('body').press('/')
    await page.waitForURL(/\/search$/)
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'JQL query')
    await box.pressSequentially('proj', { delay: 30 })
    await suggestions.getByRole('option', { name: /^project/ }).waitFor()
    await box.press('Enter')
    await expectBox('project ')
    await suggestions.getByRole('option', { name: /^=\s?operator$/ }).click()
    await expectBox('project = ')
    await box.pressSequentially(PROJECT.slice(0, 2), { delay: 30 })
    await suggestions.getByRole('option', { name: new RegExp(PROJECT) }).first().waitFor()
    await page.screenshot({ path: `${SHOTS}/search-suggestions.png` })
    await box.press('Tab')
    await expectBox(`project = ${PROJECT} `)
    await box.pressSequentially(`AND summary ~ ${stamp}`, { delay: 10 })
    await box.press('Escape')
    await box.press('Enter')
  })

  await step('runs it and lists the matching issues with their count', async () => {
    await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('jql') === `project = ${PROJECT} AND summary ~ ${stamp}`)
    await page.getByText('1–2 of 2 issues').waitFor()
    if ((await rows.count()) !== 2) throw new Error(`expected 2 rows, saw ${await rows.count()}`)
  })

  await step('sorts by priority with a header click, which rewrites ORDER BY', async () => {
    await page.getByRole('button', { name: 'Priority', exact: true }).click()
    await page.waitForURL((url) => url.searchParams.get('jql')?.endsWith('ORDER BY priority DESC'))
    await expectBox(`project = ${PROJECT} AND summary ~ ${stamp} ORDER BY priority DESC`)
    await firstRowIs(issues.High)
    await page.getByRole('button', { name: 'Priority', exact: true }).click()
    await page.waitForURL((url) => url.searchParams.get('jql')?.endsWith('ORDER BY priority ASC'))
    await firstRowIs(issues.Low)
  })

  await step('shows the same search after a reload of its URL', async () => {
    await page.reload()
    await expectBox(`project = ${PROJECT} AND summary ~ ${stamp} ORDER BY priority ASC`)
    await firstRowIs(issues.Low)
  })

  await step('points at the mistake in an invalid query', async () => {
    await box.fill('status = Nonexistent')
    await page.getByText(/The value 'Nonexistent' does not exist for the field 'status'/).waitFor()
    await page.screenshot({ path: `${SHOTS}/search-invalid.png` })
    await box.fill(`project = ${PROJECT} AND summary ~ ${stamp} ORDER BY priority ASC`)
  })

  await step('saves the query as a filter', async () => {
    await page.getByRole('button', { name: 'Save as filter' }).click()
    const dialog = page.getByRole('dialog', { name: 'Save as filter' })
    await dialog.getByLabel('Name').fill(filterName)
    await dialog.getByRole('button', { name: 'Save filter' }).click()
    await page.waitForURL(/\/filters\/\d+$/)
    await page.getByRole('heading', { name: filterName }).waitFor()
  })

  await step('reopens the filter from the filters list, also by its URL', async () => {
    const url = page.url()
    await page.getByRole('link', { name: 'Filters', exact: true }).click()
    await page.getByRole('link', { name: filterName }).click()
    await page.waitForURL(url)
    await expectBox(`project = ${PROJECT} AND summary ~ ${stamp} ORDER BY priority ASC`)
    await rows.nth(1).waitFor()
    await page.goto(url)
    await page.getByRole('heading', { name: filterName }).waitFor()
    await rows.nth(1).waitFor()
    await page.screenshot({ path: `${SHOTS}/filter.png` })
  })

  await step('opens an issue of the results in the panel and comes back to them', async () => {
    await rows.first().click()
    await page.getByRole('complementary', { name: `Issue ${issues.Low}` }).waitFor()
    await page.keyboard.press('Escape')
    await page.getByRole('complementary', { name: `Issue ${issues.Low}` }).waitFor({ state: 'detached' })
    await page.getByRole('heading', { name: filterName }).waitFor()
  })

  await step('deletes the filter', async () => {
    const id = page.url().split('/').pop()
    await page.getByRole('link', { name: 'Filters', exact: true }).click()
    await page.getByRole('button', { name: `Delete ${filterName}` }).click()
    await confirmInApp(page, `Delete the filter “${filterName}”?`, 'Delete')
    await page.getByRole('link', { name: filterName }).waitFor({ state: 'detached' })
    const gone = await api.get(`/api/v1/filters/${id}`)
    if (gone.status() !== 404) throw new Error(`filter ${id} still answers ${gone.status()} at ${BASE_URL}`)
  })
})
