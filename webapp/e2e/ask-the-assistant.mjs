// Journey: open the assistant from the sidebar, ask about an issue, watch the answer stream in with the issue as a
// link, open the issue panel from it, and rate the answer. Runs against a server that serves the built app.
//   BASE_URL=http://localhost:8080 node e2e/ask-the-assistant.mjs
import { ensureProject, journey, logIn, PROJECT, SHOTS } from './support.mjs'

await journey('ask-the-assistant', async ({ page, api, step }) => {
  const stamp = `chat${Date.now().toString(36)}`
  let key

  await step('logs in with an issue to ask about', async () => {
    await ensureProject(api)
    const created = await api.fetch('/api/v1/issues', {
      method: 'POST',
      data: { project: PROJECT, type: 'Task', summary: `Ask me about ${stamp}` },
    })
    if (!created.ok()) throw new Error(`creating the issue: ${created.status()}`)
    key = (await created.json()).key
    await logIn(page)
  })

  await step('asks in the panel and sees the answer stream in with the issue linked', async () => {
    await page.getByRole('button', { name: 'Assistant', exact: true }).click()
    const panel = page.getByRole('complementary', { name: 'Assistant' })
    const stream = page.waitForResponse((r) => r.url().endsWith('/messages') && r.request().method() === 'POST')
    await panel.getByLabel('Ask the assistant').fill(`what is the status of ${key}?`)
    await panel.getByLabel('Ask the assistant').press('Enter')
    const response = await stream
    if (!(response.headers()['content-type'] ?? '').startsWith('text/event-stream')) {
      throw new Error(`the answer was not streamed: ${response.headers()['content-type']}`)
    }
    await panel.getByText('Meridian’s own assistant').waitFor()
    await panel.getByText('Issues used:').waitFor()
    await page.screenshot({ path: `${SHOTS}/assistant-answer.png` })
  })

  await step('opens the issue panel from the link in the answer', async () => {
    const panel = page.getByRole('complementary', { name: 'Assistant' })
    await panel.locator('.chat-answer-text').getByRole('link', { name: key }).first().click()
    await page.getByRole('complementary', { name: `Issue ${key}` }).waitFor()
    if (!page.url().endsWith(`/issues/${key}`)) throw new Error(`the URL is ${page.url()}`)
  })

  await step('rates the answer and the rating is stored', async () => {
    const panel = page.getByRole('complementary', { name: 'Assistant' })
    const saved = page.waitForResponse((r) => r.url().includes('/feedback') && r.request().method() === 'PUT')
    await panel.getByRole('button', { name: 'Good answer' }).click()
    if ((await saved).status() !== 200) throw new Error(`feedback answered ${(await saved).status()}`)
  })
})
