/// <reference types="node" />
import { fireEvent, screen } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { json, renderWithProviders, stubFetch } from '../test-utils'
import { MarkdownEditor } from './markdown-editor'

// Tests run without style sheets (css: false); the rules are read as written.
const styles = readFileSync(resolve(__dirname, '../styles.css'), 'utf8')

/** The declarations of `selector`'s rule in the app's style sheet. */
function rule(selector: string): string {
  const found = new RegExp(`(^|\\n)${selector.replace('.', '\\.')} \\{([^}]*)\\}`).exec(styles)
  return found?.[2] ?? ''
}

afterEach(() => vi.unstubAllGlobals())

describe('MarkdownEditor', () => {
  it('floats the people to mention over what follows the text area, so its Save button does not move', async () => {
    stubFetch({ 'GET /api/v1/projects/WEB/members': () => json(200, [{ user: { id: 1, email: 'ada@example.com', displayName: 'Ada' }, role: 'member' }]) })
    renderWithProviders(<MarkdownEditor label="Description" value="" onChange={() => {}} onSubmit={() => {}} submitLabel="Save" projectKey="WEB" />)
    const field = screen.getByRole('textbox', { name: 'Description' })

    fireEvent.change(field, { target: { value: '@a', selectionStart: 2, selectionEnd: 2 } })

    const list = await screen.findByRole('listbox', { name: 'People to mention' })
    expect(list.parentElement).toHaveClass('mention-anchor')
    expect(rule('.mention-anchor')).toMatch(/position: relative;[\s\S]*height: 0;/)
    expect(rule('.mention-suggestions')).toMatch(/position: absolute;/)
  })

  it('takes Esc for itself when it cancels, so the browser does not also close the question the cancel asks', () => {
    const cancel = vi.fn()
    renderWithProviders(<MarkdownEditor label="Description" value="Draft" onChange={() => {}} onSubmit={() => {}} onCancel={cancel} submitLabel="Save" />)

    const notPrevented = fireEvent.keyDown(screen.getByRole('textbox', { name: 'Description' }), { key: 'Escape' })

    expect(cancel).toHaveBeenCalledOnce()
    expect(notPrevented).toBe(false)
  })
})
