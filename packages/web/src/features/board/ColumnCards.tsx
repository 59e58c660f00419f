import type { ApplicationSummary, Stage } from "@loopwise/domain";
import { defaultRangeExtractor, useVirtualizer, type Range } from "@tanstack/react-virtual";
import { memo, useCallback, useEffect, useLayoutEffect, useRef } from "react";
import { clearCardFocus, peekCardFocus, registerGapFinder, useActiveDragId, useDropGap } from "./board-drag-store";
import { DraggableCard } from "./DraggableCard";
import { gapFromMeasurements } from "./gap-from-measurements";
import classes from "./Board.module.css";

const CARD_GAP = 8;
const PADDING_START = 2;

interface Props {
  stage: Stage;
  applications: ApplicationSummary[];
}

/** A column's cards, virtualized: only the visible ones (and the one being dragged) are mounted. */
export const ColumnCards = memo(function ColumnCards({ stage, applications }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const activeId = useActiveDragId(stage);
  const activeIndex = activeId ? applications.findIndex((a) => a.id === activeId) : -1;

  // Keep the dragged card mounted even when its column scrolls it out of view.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex >= 0 && !indexes.includes(activeIndex)) indexes.push(activeIndex);
      return indexes.sort((a, b) => a - b);
    },
    [activeIndex],
  );

  const virtualizer = useVirtualizer({
    count: applications.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 108,
    overscan: 6,
    gap: CARD_GAP,
    paddingStart: PADDING_START,
    paddingEnd: 16,
    getItemKey: (index) => applications[index]!.id,
    rangeExtractor,
    useFlushSync: false,
  });

  const virtualizerRef = useRef(virtualizer);
  useEffect(() => {
    virtualizerRef.current = virtualizer;
  });

  // The pointer's y within the scroll container, against the measured card sizes, gives the gap.
  useEffect(
    () =>
      registerGapFinder(stage, (clientY) => {
        const element = scrollRef.current;
        if (!element) return applications.length;
        const offset = clientY - element.getBoundingClientRect().top + element.scrollTop;
        return gapFromMeasurements(virtualizerRef.current.measurementsCache, offset);
      }),
    [stage, applications.length],
  );

  // Focus follows a card moved from the keyboard (or just added) into this column.
  useLayoutEffect(() => {
    const id = peekCardFocus();
    const index = id ? applications.findIndex((a) => a.id === id) : -1;
    if (index < 0) return;
    clearCardFocus();
    virtualizer.scrollToIndex(index, { align: "auto" });
    const focus = () => {
      const card = scrollRef.current?.querySelector<HTMLElement>(`[data-id="${id}"]`);
      card?.focus({ preventScroll: true });
      // The whole card, in its column and in the board (which may have to scroll sideways to it).
      card?.scrollIntoView({ block: "nearest", inline: "nearest" });
    };
    requestAnimationFrame(() => requestAnimationFrame(focus));
  }, [applications, virtualizer]);

  const gap = useDropGap(stage);
  const items = virtualizer.getVirtualItems();
  const noOp = activeIndex >= 0 && (gap === activeIndex || gap === activeIndex + 1);

  return (
    <div ref={scrollRef} className={classes.scroller} data-testid="column-scroller">
      <div className={classes.track} style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className={classes.item}
            style={{ transform: `translateY(${item.start}px)` }}
          >
            <DraggableCard application={applications[item.index]!} />
          </div>
        ))}
        {gap !== null && !noOp && (
          <div
            className={classes.insertionLine}
            style={{ top: lineTop(virtualizer.measurementsCache, gap) }}
            aria-hidden
          />
        )}
      </div>
    </div>
  );
});

function lineTop(measurements: readonly { start: number; end: number }[], gap: number): number {
  const next = measurements[gap];
  if (next) return next.start - CARD_GAP / 2 - 1;
  const last = measurements[measurements.length - 1];
  return last ? last.end + CARD_GAP / 2 - 1 : PADDING_START;
}
