import type { PageMark } from '../../extension/messaging/messages';

/**
 * Marks handed to the page in parts ahead of the show-marks request that draws them (take-marks,
 * see messages.ts): the page receives each message in one task, and 37,000 marks in one message
 * held it 216 ms. Only the newest batch is kept: a batch never claimed (its scan's show-marks
 * never came) is dropped when the next one starts.
 */
export class MarkBatches {
  private batchId: string | null = null;
  private parts: PageMark[][] = [];

  take(batchId: string, marks: PageMark[]): void {
    if (batchId !== this.batchId) {
      this.batchId = batchId;
      this.parts = [];
    }
    this.parts.push(marks);
  }

  /**
   * The marks taken under `batchId` followed by `last`, or `last` alone when no batch is named;
   * null when the batch is not here (the content script was injected afresh after it was taken).
   */
  claim(batchId: string | undefined, last: PageMark[]): PageMark[] | null {
    if (batchId === undefined) return last;
    if (batchId !== this.batchId) return null;
    const marks = this.parts.flat().concat(last);
    this.batchId = null;
    this.parts = [];
    return marks;
  }
}
