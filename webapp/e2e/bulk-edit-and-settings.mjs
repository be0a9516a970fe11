// Journey: select issues on the project's issue list (click, shift-click) → change their priority and add a
// label in one go, a refused status move listed per issue → add a component and a version in the project's
// settings and release it. Runs against a server that serves the built app.
//   BASE_URL=http://localhost:8080 node e2e/bulk-edit-and-settings.mjs
import { call as callAs, ensureProject, journey, logIn, PROJECT, SHOTS } from './support.mjs'

await journey('bulk-edit-and-settings', async ({ page, api, step }) => {
  const stamp = `be${Date.now().toString(36)}`
  const keys = []

  const call = (method, path, data) => callAs(api, method, path, data)

  await step('logs in, with three issues of the same batch in the project', async () => {
    await ensureProject(api)
    for (const n of [1, 2, 3]) {
      keys.push((await call('POST', '/api/v1/issues', { project: PROJECT, type: 'Task', summary: `Batch ${n} ${stamp}`, priority: 'Low' })).key)
    }
    await call('POST', `/api/v1/issues/${keys[2]}/transitions`, { status: 'In Progress' })
    await logIn(page)
  })

  await step('selects the batch on the issue list with a click and a shift-click', async () => {
    await page.getByRole('combobox', { name: 'Project', exact: true }).selectOption(PROJECT)
    await page.getByRole('link', { name: 'Issues', exact: true }).click()
    await page.getByLabel('Search text').fill(stamp)
    for (const key of keys) await page.getByRole('checkbox', { name: `Select ${key}` }).waitFor()
    // Newest first: the last created issue is the first row.
    await page.getByRole('checkbox', { name: `Select ${keys[2]}` }).click()
    await page.getByRole('checkbox', { name: `Select ${keys[0]}` }).click({ modifiers: ['Shift'] })
    await page.getByRole('region', { name: 'Change selected issues' }).getByText('3 selected').waitFor()
  })

  await step('raises their priority and labels them in two bulk changes, each confirmed', async () => {
    const bar = page.getByRole('region', { name: 'Change selected issues' })
    await bar.getByLabel('Set priority').selectOption('Highest')
    await bar.getByRole('button', { name: 'Apply to 3 issues' }).click()
    await page.getByText('Changed 3 issues').waitFor()
    for (const key of keys) await page.getByRole('checkbox', { name: `Select ${key}` }).click()
    await bar.getByLabel('Label').fill(stamp)
    await bar.getByRole('button', { name: 'Add label' }).click()
    await bar.getByRole('button', { name: 'Apply to 3 issues' }).click()
    // The first change's toast may still be on screen; the bar goes once the page has the answer and clears the
    // selection. Rows picked before that (the server had already saved the labels) were unpicked by the answer.
    await bar.waitFor({ state: 'detached' })
    for (const key of keys) {
      const issue = await call('GET', `/api/v1/issues/${key}`)
      if (issue.priority !== 'Highest' || !issue.labels.includes(stamp)) {
        throw new Error(`${key} is ${issue.priority} with labels ${issue.labels}`)
      }
    }
  })

  await step('moves them to In Review, and the two the workflow refuses are listed and stay selected', async () => {
    for (const key of keys) await page.getByRole('checkbox', { name: `Select ${key}` }).click()
    const bar = page.getByRole('region', { name: 'Change selected issues' })
    await bar.getByLabel('Set status').selectOption('In Review')
    await bar.getByRole('button', { name: 'Apply to 3 issues' }).click()
    const refused = page.getByRole('alert', { name: 'Not changed' })
    await refused.getByText(keys[0]).waitFor()
    await refused.getByText(keys[1]).waitFor()
    await page.getByText('2 selected').waitFor()
    await page.screenshot({ path: `${SHOTS}/issue-list-bulk.png` })
    const moved = await call('GET', `/api/v1/issues/${keys[2]}`)
    if (moved.status !== 'In Review') throw new Error(`${keys[2]} is ${moved.status}`)
  })

  await step('adds a component and a version in the project settings and releases the version', async () => {
    await page.getByRole('link', { name: 'Settings', exact: true }).click()
    await page.getByRole('link', { name: 'Components', exact: true }).click()
    await page.getByLabel('New component').fill(`Comp ${stamp}`)
    await page.getByRole('button', { name: 'Add component' }).click()
    await page.getByText(`Comp ${stamp}`, { exact: true }).waitFor()
    await page.getByRole('link', { name: 'Versions', exact: true }).click()
    await page.getByRole('button', { name: 'Create version' }).click()
    const create = page.getByRole('dialog', { name: 'Create version' })
    await create.getByLabel('Name').fill(`v-${stamp}`)
    await create.getByRole('button', { name: 'Create' }).click()
    await page.getByRole('button', { name: `Actions for v-${stamp}` }).click()
    await page.getByRole('menuitem', { name: 'Release…' }).click()
    await page.getByRole('dialog', { name: `Release v-${stamp}` }).getByRole('button', { name: 'Release' }).click()
    await page.getByRole('row', { name: new RegExp(`v-${stamp}`) }).getByText('Released', { exact: true }).waitFor()
    await page.screenshot({ path: `${SHOTS}/project-settings.png` })
    const scheme = await call('GET', `/api/v1/projects/${PROJECT}/scheme`)
    const version = scheme.versions.find((v) => v.name === `v-${stamp}`)
    if (!scheme.components.some((c) => c.name === `Comp ${stamp}`) || !version?.released) {
      throw new Error(`settings not saved: ${JSON.stringify({ components: scheme.components, version })}`)
    }
  })
})
