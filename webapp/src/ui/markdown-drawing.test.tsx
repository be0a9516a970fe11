import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { drawMarkdown, prepare } from './markdown-drawing'
import MarkdownRenderer from './markdown-renderer'

describe('drawMarkdown', () => {
  it('parses a text once and draws it again from what was kept', () => {
    const text = 'A **first** text\n\n| a | b |\n| --- | --- |\n| 1 | 2 |'
    const first = drawMarkdown(text)

    expect(drawMarkdown(text)).toBe(first)
    expect(drawMarkdown(`${text} changed`)).not.toBe(first)
  })

  it('draws a text prepared ahead without parsing it again, with GFM', () => {
    const text = 'Prepared ~~old~~ text\n\n- [x] done'
    prepare([text])
    const prepared = drawMarkdown(text)

    render(<MarkdownRenderer source={text} />)

    expect(drawMarkdown(text)).toBe(prepared)
    expect(screen.getByText('old').tagName).toBe('DEL')
    expect(screen.getByRole('checkbox')).toBeChecked()
  })
})
