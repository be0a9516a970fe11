import { KeyboardSensor, PointerSensor, useSensor, useSensors, type DraggableAttributes, type KeyboardCodes } from '@dnd-kit/core'

// Options held outside the component: dnd-kit keeps a sensor only while its options are the same object, and new
// sensors change its context, which draws every draggable card again (each time a card is selected or a panel opens).
const POINTER = { activationConstraint: { distance: 5 } }
const KEYBOARD = {}
/** A board card's link keeps Enter for opening it: Space alone lifts it. */
export const CARD_KEYS: { keyboardCodes: KeyboardCodes } = { keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] } }

/** For a list that cannot be rearranged by the one looking at it (a viewer): nothing starts a drag. */
export const NO_SENSORS: ReturnType<typeof useSensors> = []

/** Drag with the mouse (after 5 px, so a click still opens) or with the keyboard (`keys`: dnd-kit's own by default). */
export function useDragSensors(keys: { keyboardCodes?: KeyboardCodes } = KEYBOARD) {
  return useSensors(useSensor(PointerSensor, POINTER), useSensor(KeyboardSensor, keys))
}

/**
 * A board scrolls by itself only while a card is held within 5% of its edge (dnd-kit's 20% took in a whole visible
 * column on a wide screen, which then slid away under the card before the drop).
 */
export const EDGE_AUTO_SCROLL = { threshold: { x: 0.05, y: 0.1 }, acceleration: 5 }

/**
 * dnd-kit's attributes for a card or row that stays what it is (a link, a list item), not a button. One that cannot be
 * dragged (a viewer's) keeps only its place in the tab order: it is not announced as a disabled draggable.
 */
export function dragAttributes({ role: _role, 'aria-roledescription': _description, ...attributes }: DraggableAttributes, draggable: boolean) {
  return draggable ? attributes : { tabIndex: attributes.tabIndex }
}
