import { describe, expect, it } from 'vitest'
import { mentionFor, shownMentions, withMentionsWritten } from './mentions'

const ada = { displayName: 'Ada Lovelace', email: 'ada@example.com' }
const sam = { displayName: 'Sam Lee', email: 'sam@example.com' }
const otherSam = { displayName: 'Sam Lee', email: 'sam.lee@example.org' }

const readBack = (markup: string) => {
  const { shown, people } = shownMentions(markup)
  return withMentionsWritten(shown, people)
}

describe('mentions shown as typed while editing', () => {
  it('shows each mention as @Name and writes it out again as it was', () => {
    const markup = 'Thanks @[Ada Lovelace](ada@example.com), and @[Sam Lee](sam@example.com): see @[Ada Lovelace](ada@example.com)’s note.'

    const { shown } = shownMentions(markup)

    expect(shown).toBe('Thanks @Ada Lovelace, and @Sam Lee: see @Ada Lovelace’s note.')
    expect(readBack(markup)).toBe(markup)
  })

  it('keeps written out the mentions of two people of the same name, each read back as its own person', () => {
    const markup = '@[Sam Lee](sam@example.com) and @[Sam Lee](sam.lee@example.org) pair on it, with @[Ada Lovelace](ada@example.com)'

    const { shown } = shownMentions(markup)

    expect(shown).toBe('@[Sam Lee](sam@example.com) and @[Sam Lee](sam.lee@example.org) pair on it, with @Ada Lovelace')
    expect(readBack(markup)).toBe(markup)
  })

  it('keeps a mention written out where its @Name would read back as something else', () => {
    for (const markup of [
      'Plain @Ada Lovelace and the mention @[Ada Lovelace](ada@example.com)',
      '@[Ada](ada@example.com)lovelace',
      'x@[Ada](ada@example.com)',
      '@[Ada](ada@example.com) Lovelace and @[Ada Lovelace](lovelace@example.com)',
      '@[Ada](ada@example.com)@[Sam](sam@example.com)',
    ]) {
      expect(readBack(markup)).toBe(markup)
    }
    expect(shownMentions('Plain @Ada Lovelace and @[Ada Lovelace](ada@example.com)').shown).toBe('Plain @Ada Lovelace and @[Ada Lovelace](ada@example.com)')
  })

  it('writes out an @Name typed by hand for someone the text already mentions, not an @ in an email', () => {
    const { people } = shownMentions('cc @[Ada Lovelace](ada@example.com)')

    expect(withMentionsWritten('cc @Ada Lovelace, mail bob@Ada Lovelace.org, and @Ada Lovelace.', people)).toBe(
      'cc @[Ada Lovelace](ada@example.com), mail bob@Ada Lovelace.org, and @[Ada Lovelace](ada@example.com).',
    )
  })

  it('writes a picked person as @Name unless that name already stands for someone else', () => {
    const { people } = shownMentions('@[Sam Lee](sam@example.com)')

    expect(mentionFor(people, ada).written).toBe('@Ada Lovelace')
    expect(mentionFor(people, sam).written).toBe('@Sam Lee')
    expect(mentionFor(people, otherSam).written).toBe('@[Sam Lee](sam.lee@example.org)')
    const afterAda = mentionFor(people, ada).people
    expect(withMentionsWritten('@Sam Lee, @Ada Lovelace', afterAda)).toBe('@[Sam Lee](sam@example.com), @[Ada Lovelace](ada@example.com)')
  })
})
