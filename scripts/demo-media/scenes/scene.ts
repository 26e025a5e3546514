/** A picture as SVG markup (1200 × 675 units); `t`, from 0 to 1, is the time in the clip for scenes that are also videos. */
export type Scene = (t: number) => string
