import { type ContentRequest, contentRequest, type PageMark, pageMark } from '../../extension/messaging/content-script-messages';
import { MARKS_PER_MESSAGE } from '../../extension/messaging/message-limits';
import type { TimeSlicer } from '../time-slices';

/**
 * A request to the content script, checked against its schema before anything is done with it.
 * A show-marks or take-marks request carries many marks (12,685 of them took a quarter of a
 * second of the page's main thread to check in one go): its marks are checked one by one in
 * slices that yield, the rest of it at once. Null when it is not a request the content script knows.
 */
export async function parseContentRequest(message: unknown, slicer: TimeSlicer): Promise<ContentRequest | null> {
  if (!carriesMarks(message)) {
    const parsed = contentRequest.safeParse(message);
    return parsed.success ? parsed.data : null;
  }
  const { marks, ...rest } = message;
  const head = contentRequest.safeParse({ ...rest, marks: [] });
  if (!head.success || (head.data.type !== 'show-marks' && head.data.type !== 'take-marks')) return null;
  // The schema's limit, checked here as the marks were left out above.
  if (head.data.type === 'take-marks' && marks.length > MARKS_PER_MESSAGE) return null;
  const checked: PageMark[] = [];
  for (const mark of marks) {
    await slicer.pause();
    const parsed = pageMark.safeParse(mark);
    if (!parsed.success) return null;
    checked.push(parsed.data);
  }
  return { ...head.data, marks: checked };
}

function carriesMarks(message: unknown): message is { type: 'show-marks' | 'take-marks'; marks: unknown[] } {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return (type === 'show-marks' || type === 'take-marks') && Array.isArray((message as { marks?: unknown }).marks);
}
