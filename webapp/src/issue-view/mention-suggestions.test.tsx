import { fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import MarkdownRenderer from '../ui/markdown-renderer'
import { mentionAt } from '../ui/mentions'
import { MarkdownEditor } from './markdown-editor'

const members = [
  { user: { id: 1, email: 'ada@example.com', displayName: 'Ada Lovelace' }, role: 'admin' },
  { user: { id: 2, email: 'bob@example.com', displayName: 'Bob Kahn' }, role: 'member' },
  { user: { id: 3, email: 'grace@example.com', displayName: 'Grace Hopper' }, role: 'viewer' },
]
const twoSams = [
  { user: { id: 4, email: 'sam@example.com', displayName: 'Sam Lee' }, role: 'member' },
  { user: { id: 5, email: 'sam.lee@example.org', displayName: 'Sam Lee' }, role: 'member' },
]

function Editor({ projectKey, onCancel, saved = '' }: { projectKey?: string; onCancel?: () => void; saved?: string }) {
  const [value, setValue] = useState(saved)
  return (
    <>
      <MarkdownEditor label="Add a comment" value={value} onChange={setValue} onSubmit={() => {}} onCancel={onCancel} projectKey={projectKey} />
      <output aria-label="Text">{value}</output>
    </>
  )
}

function type(text: string) {
  const field = screen.getByRole('textbox', { name: 'Add a comment' }) as HTMLTextAreaElement
  fireEvent.change(field, { target: { value: text, selectionStart: text.length, selectionEnd: text.length } })
  return field
}

afterEach(() => vi.unstubAllGlobals())

describe('mentioning someone in a comment', () => {
  it('suggests the project members whose name or email holds what follows @, with their email', async () => {
    stubFetch({ 'GET /api/v1/projects/WEB/members': () => json(200, members) })
    renderWithProviders(<Editor projectKey="WEB" />)

    type('Thanks @ho')

    const options = await screen.findAllByRole('option')
    expect(options).toHaveLength(1)
    expect(options[0]).toHaveTextContent('Grace Hopper')
    expect(options[0]).toHaveTextContent('grace@example.com')
  })

  it('inserts the picked member as a mention the server can resolve', async () => {
    stubFetch({ 'GET /api/v1/projects/WEB/members': () => json(200, members) })
    renderWithProviders(<Editor projectKey="WEB" />)

    const field = type('Ask @')
    await screen.findAllByRole('option')
    fireEvent.keyDown(field, { key: 'ArrowDown' })
    expect(screen.getByRole('option', { name: /Bob Kahn/ })).toHaveAttribute('aria-selected', 'true')
    fireEvent.keyDown(field, { key: 'Enter' })

    expect(screen.getByLabelText('Text')).toHaveTextContent('Ask @[Bob Kahn](bob@example.com)')
    expect(field).toHaveValue('Ask @Bob Kahn ')
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
  })

  it('edits a text holding a mention as it was typed, and gives it back written out, the preview unchanged', async () => {
    const saved = '@[Ada Lovelace](ada@example.com) please review'
    renderWithProviders(<Editor saved={saved} />)
    const field = screen.getByRole('textbox', { name: 'Add a comment' })
    expect(field).toHaveValue('@Ada Lovelace please review')

    type('@Ada Lovelace please review today')

    expect(screen.getByLabelText('Text').textContent).toBe('@[Ada Lovelace](ada@example.com) please review today')
    fireEvent.click(screen.getByRole('tab', { name: 'Preview' }))
    expect(await screen.findByText('@Ada Lovelace')).toHaveAttribute('title', 'ada@example.com')
    fireEvent.click(screen.getByRole('tab', { name: 'Write' }))
    expect(screen.getByRole('textbox', { name: 'Add a comment' })).toHaveValue('@Ada Lovelace please review today')
  })

  it('keeps apart two people of the same name: the one picked second is written out', async () => {
    stubFetch({ 'GET /api/v1/projects/WEB/members': () => json(200, twoSams) })
    renderWithProviders(<Editor projectKey="WEB" saved="@[Sam Lee](sam@example.com) " />)
    expect(screen.getByRole('textbox', { name: 'Add a comment' })).toHaveValue('@Sam Lee ')

    const field = type('@Sam Lee and @sam.lee')
    await screen.findByRole('option', { name: /sam\.lee@example\.org/ })
    fireEvent.keyDown(field, { key: 'Enter' })

    expect(field).toHaveValue('@Sam Lee and @[Sam Lee](sam.lee@example.org) ')
    expect(screen.getByLabelText('Text').textContent).toBe('@[Sam Lee](sam@example.com) and @[Sam Lee](sam.lee@example.org) ')
  })

  it('closes the suggestions with Esc without leaving the editor, and when the field loses focus', async () => {
    stubFetch({ 'GET /api/v1/projects/WEB/members': () => json(200, members) })
    const cancel = vi.fn()
    renderWithProviders(<Editor projectKey="WEB" onCancel={cancel} />)

    const field = type('@a')
    await screen.findByRole('listbox', { name: 'People to mention' })
    fireEvent.keyDown(field, { key: 'Escape' })

    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    expect(cancel).not.toHaveBeenCalled()

    type('@b')
    await screen.findByRole('listbox', { name: 'People to mention' })
    fireEvent.blur(field)
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
  })

  it('suggests nobody outside a project, or for an @ inside a word such as an email', async () => {
    const fetch = stubFetch({ 'GET /api/v1/projects/WEB/members': () => json(200, members) })
    renderWithProviders(<Editor />)
    type('Ask @a')
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    expect(fetch).not.toHaveBeenCalled()

    expect(mentionAt('mail ada@ex', 11)).toBeUndefined()
    expect(mentionAt('hi @ad', 6)).toEqual({ start: 3, query: 'ad' })
  })
})

describe('a mention in Markdown', () => {
  it('is drawn as the styled name, with the email on hover', () => {
    render(<MarkdownRenderer source="Thanks @[Ada Lovelace](ada@example.com), and [a link](https://example.com)" />)

    const mention = screen.getByText('@Ada Lovelace')
    expect(mention).toHaveClass('mention')
    expect(mention).toHaveAttribute('title', 'ada@example.com')
    expect(screen.getByRole('link', { name: 'a link' })).toHaveAttribute('href', 'https://example.com')
  })
})
