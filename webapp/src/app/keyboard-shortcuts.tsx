import { Dialog } from '../ui/dialog'
import { SHORTCUTS } from './shortcuts'

/** The `?` dialog: what each key does, grouped by where it works. Esc closes it. */
export function KeyboardShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} className="shortcuts-dialog">
      {SHORTCUTS.map((group) => (
        <section key={group.where} aria-label={group.where}>
          <h3>{group.where}</h3>
          <dl className="shortcuts">
            {group.shortcuts.map((shortcut) => (
              <div key={shortcut.does}>
                <dt>
                  {shortcut.keys.map((key, index) => (
                    <span key={key}>
                      {index > 0 && (shortcut.keys[0].startsWith('Ctrl') ? ' + ' : ' / ')}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </dt>
                <dd>{shortcut.does}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </Dialog>
  )
}
