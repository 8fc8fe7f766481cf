/**
 * Maps positions in a segment's extracted text back to UTF-16 offsets in the caller's original string.
 * Stored as runs of verbatim-copied text, so plain text costs one run and Markdown one run per text node.
 */
export class OffsetMap {
  private readonly segStarts: number[] = [];
  private readonly origStarts: number[] = [];
  private readonly lengths: number[] = [];

  /** Records that `length` characters at `segStart` came from `origStart` onward. */
  addRun(segStart: number, origStart: number, length: number): void {
    if (length <= 0) return;
    const last = this.segStarts.length - 1;
    if (last >= 0) {
      const lastSeg = this.segStarts[last]!;
      const lastLen = this.lengths[last]!;
      if (lastSeg + lastLen === segStart && this.origStarts[last]! + lastLen === origStart) {
        this.lengths[last] = lastLen + length;
        return;
      }
    }
    this.segStarts.push(segStart);
    this.origStarts.push(origStart);
    this.lengths.push(length);
  }

  /** The same map for text that sits `by` characters further into a larger original (an HTML block in Markdown). */
  shifted(by: number): OffsetMap {
    const map = new OffsetMap();
    for (let r = 0; r < this.segStarts.length; r++) map.addRun(this.segStarts[r]!, this.origStarts[r]! + by, this.lengths[r]!);
    return map;
  }

  /** Index of the last run starting at or before `pos`, or -1. */
  private runAt(pos: number): number {
    let lo = 0;
    let hi = this.segStarts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.segStarts[mid]! <= pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Original offset of the character at segment position `pos` (a start boundary). */
  toOriginalStart(pos: number): number {
    const r = this.runAt(pos);
    if (r < 0) return this.origStarts[0] ?? 0;
    const offset = pos - this.segStarts[r]!;
    if (offset < this.lengths[r]!) return this.origStarts[r]! + offset;
    // A synthetic character: snap forward to the next copied one.
    return this.origStarts[r + 1] ?? this.origStarts[r]! + this.lengths[r]!;
  }

  /** Original offset just after the character before segment position `pos` (an end boundary). */
  toOriginalEnd(pos: number): number {
    if (pos <= 0) return this.toOriginalStart(0);
    const r = this.runAt(pos - 1);
    if (r < 0) return this.origStarts[0] ?? 0;
    const offset = pos - 1 - this.segStarts[r]!;
    if (offset < this.lengths[r]!) return this.origStarts[r]! + offset + 1;
    return this.origStarts[r]! + this.lengths[r]!;
  }
}

/** Builds a segment's text piece by piece while recording where each piece came from. */
export class SegmentTextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  readonly map = new OffsetMap();

  get size(): number {
    return this.length;
  }

  /** Appends text copied verbatim from `source` at `origStart`. */
  appendVerbatim(text: string, origStart: number): void {
    this.map.addRun(this.length, origStart, text.length);
    this.push(text);
  }

  /** Appends text with no counterpart in the source (a separator between inline pieces). */
  appendSynthetic(text: string): void {
    this.push(text);
  }

  /**
   * Appends `value`, a decoded form of `source.slice(from, to)` (escapes and entities resolved),
   * aligning it character by character so every decoded character maps to its source character.
   */
  appendDecoded(value: string, source: string, from: number, to: number): void {
    if (source.slice(from, to) === value) {
      this.appendVerbatim(value, from);
      return;
    }
    let s = from;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i]!;
      let k = s;
      while (k < to && source[k] !== ch) k++;
      if (k < to) {
        this.map.addRun(this.length + i, k, 1);
        s = k + 1;
      }
    }
    this.push(value);
  }

  private push(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  toString(): string {
    return this.parts.join('');
  }
}
