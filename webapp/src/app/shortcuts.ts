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
