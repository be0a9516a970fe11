import { Dialog } from '../ui/dialog'

interface Shortcut {
  keys: string[]
  does: string
}

/** Every shortcut of the app, by where it works; keep it in step with the useHotkey calls and the editors' keys. */
export const SHORTCUTS: { where: string; shortcuts: Shortcut[] }[] = [
  {
    where: 'Anywhere',
    shortcuts: [
      { keys: ['c'], does: 'Create an issue' },
      { keys: ['/'], does: 'Search issues (JQL)' },
      { keys: ['?'], does: 'Show these shortcuts' },
      { keys: ['Esc'], does: 'Close the dialog, menu or issue panel' },
    ],
  },
  {
    where: 'Boards and lists',
    shortcuts: [
      { keys: ['j', 'k'], does: 'Select the next or previous issue' },
      { keys: ['Enter'], does: 'Open the selected issue' },
      { keys: ['Space'], does: 'Pick up a board card, then move it with the arrows and drop it with Space or Enter' },
    ],
  },
  {
    where: 'Issue panel',
    shortcuts: [
      { keys: ['j', 'k'], does: 'Open the next or previous issue of the list' },
      { keys: ['←', '→'], does: 'Show the previous or next file in the file viewer' },
    ],
  },
  {
    where: 'Writing',
    shortcuts: [
      { keys: ['Ctrl/⌘', 'Enter'], does: 'Save a description or comment, create the issue, run the query' },
      { keys: ['Esc'], does: 'Stop editing (asks before discarding changes)' },
      { keys: ['@'], does: 'Mention someone; ↑/↓ choose, Enter or Tab pick' },
      { keys: ['Ctrl', 'Space'], does: 'Suggest in the JQL box' },
    ],
  },
]

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
