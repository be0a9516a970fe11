import { useEffect, useRef, useState } from 'react'

/**
 * Files dragged over the issue panel the section is in are attached when dropped. While some are dragged over it, the
 * panel is returned (to lay the drop overlay over, where it is seen however far the section is scrolled); else null.
 */
export function useDroppedFiles(section: React.RefObject<HTMLElement | null>, enabled: boolean, attach: (files: File[]) => unknown) {
  const [over, setOver] = useState<HTMLElement | null>(null)
  const onDrop = useRef(attach)
  useEffect(() => {
    onDrop.current = attach
  })
  useEffect(() => {
    const panel = section.current?.closest<HTMLElement>('.panel') ?? section.current?.closest<HTMLElement>('.panel-body') ?? section.current
    if (!enabled || !panel) return
    const carriesFiles = (event: DragEvent) => !!event.dataTransfer && [...event.dataTransfer.types].includes('Files')
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      setOver(panel)
    }
    const leave = (event: DragEvent) => {
      if (!panel.contains(event.relatedTarget as Node | null)) setOver(null)
    }
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
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
