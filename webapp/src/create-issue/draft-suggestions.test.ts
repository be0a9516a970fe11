import { describe, expect, it } from 'vitest'
import { accept, offersFor, worthAsking, type FormOptions, type FormValues } from './draft-suggestions'

const options: FormOptions = {
  types: ['Bug', 'Task', 'Improvement'],
  priorities: ['Critical', 'Major', 'Minor'],
  components: ['hdfs', 'mapreduce'],
  members: [{ email: 'ada@example.com', displayName: 'Ada Lovelace' }],
}
const blank: FormValues = { type: 'Task', priority: 'Major', assignee: '', labels: [], components: [], storyPoints: '' }
const fields = [
  { field: 'assignee', value: 'Ada Lovelace', confidence: 0.41 },
  { field: 'type', value: 'bug', confidence: 0.82 },
  { field: 'priority', value: 'Major', confidence: 0.66 },
  { field: 'component', value: 'hdfs', confidence: 0.58 },
  { field: 'label', value: 'namenode', confidence: 0.3 },
  { field: 'affectsVersion', value: '2.7.0', confidence: 0.5 },
]

describe('offersFor', () => {
  it('offers a story-point estimate with its range, and says when the form already holds that number', () => {
    const estimate = { field: 'storyPoints', value: '5', confidence: 0.47, low: '3', high: '8' }

    const [offer] = offersFor([estimate], blank, new Set(), options)
    expect(offer).toMatchObject({ field: 'storyPoints', value: '5', range: '3–8', state: 'offered' })
    expect(accept(blank, offer).storyPoints).toBe('5')
    expect(offersFor([estimate], { ...blank, storyPoints: '5.0' }, new Set(['storyPoints']), options)[0].state).toBe('in-form')
    expect(offersFor([estimate], { ...blank, storyPoints: '2' }, new Set(['storyPoints']), options)[0].state).toBe('kept')
    expect(offersFor([{ ...estimate, low: '5', high: '5' }], blank, new Set(), options)[0].range).toBeUndefined()
    expect(offersFor([{ ...estimate, value: 'lots' }], blank, new Set(), options)).toEqual([])
  })

  it('offers the fields the form has, in form order, with the names the project uses', () => {
    const offers = offersFor(fields, blank, new Set(), options)

    expect(offers.map((o) => [o.field, o.value, o.state])).toEqual([
      ['type', 'Bug', 'offered'],
      ['priority', 'Major', 'in-form'],
      ['components', 'hdfs', 'offered'],
      ['labels', 'namenode', 'offered'],
      ['assignee', 'ada@example.com', 'offered'],
    ])
    expect(offers.find((o) => o.field === 'assignee')?.shown).toBe('Ada Lovelace')
  })

  it('drops values the project does not have (a retired type, someone who left, an unknown component)', () => {
    const offers = offersFor(
      [
        { field: 'type', value: 'Wish', confidence: 0.9 },
        { field: 'assignee', value: 'Grace Hopper', confidence: 0.9 },
        { field: 'component', value: 'yarn', confidence: 0.9 },
        { field: 'label', value: 'two words', confidence: 0.9 },
      ],
      blank,
      new Set(),
      options,
    )

    expect(offers).toEqual([])
  })

  it('keeps what the user chose: a different suggested value is shown but not offered', () => {
    const offers = offersFor(fields, { ...blank, type: 'Improvement', assignee: '' }, new Set(['type', 'assignee']), options)

    expect(offers.find((o) => o.field === 'type')?.state).toBe('kept')
    expect(offers.find((o) => o.field === 'assignee')?.state).toBe('kept')
  })

  it('offers to add to lists, and says when the list already has the value', () => {
    const offers = offersFor(fields, { ...blank, components: ['HDFS'], labels: ['ui'] }, new Set(), options)

    expect(offers.find((o) => o.field === 'components')?.state).toBe('in-form')
    expect(offers.find((o) => o.field === 'labels')?.state).toBe('offered')
  })
})

describe('accept', () => {
  it('fills a single field and adds to a list without losing what was there', () => {
    const offers = offersFor(fields, { ...blank, labels: ['ui'] }, new Set(), options)
    let form: FormValues = { ...blank, labels: ['ui'] }
    for (const offer of offers) form = accept(form, offer)

    expect(form).toEqual({ type: 'Bug', priority: 'Major', storyPoints: '', assignee: 'ada@example.com', labels: ['ui', 'namenode'], components: ['hdfs'] })
  })

  it('changes nothing for a value the user kept', () => {
    const chosen = { ...blank, type: 'Improvement' }
    const [typeOffer] = offersFor(fields, chosen, new Set(['type']), options)

    expect(accept(chosen, typeOffer)).toBe(chosen)
  })
})

describe('worthAsking', () => {
  it('waits for a word of three letters or digits', () => {
    expect(worthAsking('', '')).toBe(false)
    expect(worthAsking('a b', ' ')).toBe(false)
    expect(worthAsking('', 'NPE')).toBe(true)
  })
})
