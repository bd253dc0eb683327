import { KeyboardCode, type KeyboardCoordinateGetter } from '@dnd-kit/core';

/**
 * Keyboard dragging between columns: ←/→ jump to the neighbouring column,
 * ↑/↓ move within one. Space or Enter picks up and drops, Escape cancels.
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const step = 60;
  switch (event.code) {
    case KeyboardCode.Up:
      return { ...currentCoordinates, y: currentCoordinates.y - step };
    case KeyboardCode.Down:
      return { ...currentCoordinates, y: currentCoordinates.y + step };
    case KeyboardCode.Right:
    case KeyboardCode.Left: {
      const lefts = [...context.droppableRects.values()].map((rect) => rect.left).sort((a, b) => a - b);
      const x = currentCoordinates.x;
      const next = event.code === KeyboardCode.Right ? lefts.find((left) => left > x + 1) : lefts.filter((left) => left < x - 1).at(-1);
      if (next === undefined) return undefined;
      event.preventDefault();
      return { ...currentCoordinates, x: next + 8 };
    }
    default:
      return undefined;
  }
};
