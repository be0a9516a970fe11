interface Extent {
  scrollLeft: number
  scrollWidth: number
  clientWidth: number
}

/** Which sides of a sideways scroller hide more of it (a pixel of rounding is not "more"). */
export function hiddenSides({ scrollLeft, scrollWidth, clientWidth }: Extent): { left: boolean; right: boolean } {
  return { left: scrollLeft > 1, right: scrollLeft + clientWidth < scrollWidth - 1 }
}
