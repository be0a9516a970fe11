import { useEffect, useRef, useState } from 'react'

/**
 * Files dragged over the issue panel the section is in are attached when dropped. While some are dragged over it, the
 * panel is returned (to lay the drop overlay over, where it is seen however far the section is scrolled); else null.
 * Not `enabled`, files dropped there are neither attached nor opened by the browser.
 */
export function useDroppedFiles(section: React.RefObject<HTMLElement | null>, enabled: boolean, attach: (files: File[]) => unknown) {
  const [over, setOver] = useState<HTMLElement | null>(null)
  const onDrop = useRef(attach)
  useEffect(() => {
    onDrop.current = attach
  })
  useEffect(() => {
    const panel = section.current?.closest<HTMLElement>('.panel') ?? section.current?.closest<HTMLElement>('.panel-body') ?? section.current
    if (!panel) return
    const carriesFiles = (event: DragEvent) => !!event.dataTransfer && [...event.dataTransfer.types].includes('Files')
    // Where files cannot be attached (a viewer), a file dropped on the panel is still not the browser's to open: that
    // would leave the app.
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      if (enabled) setOver(panel)
      else if (event.dataTransfer) event.dataTransfer.dropEffect = 'none'
    }
    const leave = (event: DragEvent) => {
      if (!panel.contains(event.relatedTarget as Node | null)) setOver(null)
    }
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      if (!enabled) return
      setOver(null)
      void onDrop.current([...(event.dataTransfer?.files ?? [])])
    }
    panel.addEventListener('dragenter', enter)
    panel.addEventListener('dragover', enter)
    panel.addEventListener('dragleave', leave)
    panel.addEventListener('drop', drop)
    return () => {
      panel.removeEventListener('dragenter', enter)
      panel.removeEventListener('dragover', enter)
      panel.removeEventListener('dragleave', leave)
      panel.removeEventListener('drop', drop)
      setOver(null)
    }
  }, [section, enabled])
  return over
}
