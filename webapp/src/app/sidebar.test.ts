import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { sidebarFolded, useSidebar } from './sidebar'

describe('the sidebar', () => {
  it('folds on a narrow window and stays open on a wide one when nobody chose', () => {
    expect(sidebarFolded(null, true)).toBe(true)
    expect(sidebarFolded(null, false)).toBe(false)
  })

  it('keeps the choice a person made, whatever the width', () => {
    expect(sidebarFolded('open', true)).toBe(false)
    expect(sidebarFolded('folded', false)).toBe(true)
  })

  it('ignores a stored value it does not know', () => {
    expect(sidebarFolded('sideways', true)).toBe(true)
  })
})

describe('the sidebar toggle', () => {
  it('remembers a fold for the next visit', () => {
    const first = renderHook(() => useSidebar())
    expect(first.result.current[0]).toBe(false)

    act(() => first.result.current[1]())

    expect(first.result.current[0]).toBe(true)
    first.unmount()
    expect(renderHook(() => useSidebar()).result.current[0]).toBe(true)
  })
})
