/** How the results chart writes its category labels so that none overlaps another. */
export interface AxisLabelLayout {
  /** Degrees: 0 when every label fits its slot flat, 45 otherwise. */
  rotate: number;
  /** Labels skipped between two shown ones (echarts' interval): 0 shows all. */
  interval: number;
  /** The widest a label may be before it ends in "…", in pixels. */
  width: number;
}

/** Pixels of one character of the 12 px UI font, on average, and of a line of it. */
const CHAR_PX = 7;
const LINE_PX = 16;
const MAX_LABEL_PX = 150;

/**
 * Flat labels when the longest fits the width each bar gets; otherwise at 45°, where each needs
 * about a line height and a half of the axis, every n-th one when even that does not fit, and cut
 * with an ellipsis past MAX_LABEL_PX.
 */
export function axisLabelLayout(labels: readonly string[], axisWidth: number): AxisLabelLayout {
  const count = Math.max(1, labels.length);
  const slot = axisWidth / count;
  const longest = Math.max(0, ...labels.map((label) => label.length)) * CHAR_PX;
  if (longest <= slot - 4) return { rotate: 0, interval: 0, width: Math.max(slot - 4, 1) };
  const needed = LINE_PX * 1.5;
  return { rotate: 45, interval: Math.max(0, Math.ceil(needed / slot) - 1), width: Math.min(longest, MAX_LABEL_PX) };
}
