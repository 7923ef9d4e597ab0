/** A stretch of a line that becomes a sentence (pipeline/text.ts). */
export interface Piece {
  start: number;
  end: number;
  /** A known heading glued to the text around it (see splitGluedHeadings). */
  heading: boolean;
}
