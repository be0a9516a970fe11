import { KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core'

// Space lifts a focused card; Enter is left to the card's link, which opens the issue.
const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] }

/** How a card is picked up on either board: a pointer moved 5 px (a click opens it), or Space. */
export function useBoardSensors() {
  return useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }), useSensor(KeyboardSensor, { keyboardCodes: KEYBOARD_CODES }))
}
