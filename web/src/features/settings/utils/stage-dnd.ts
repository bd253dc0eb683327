import { KeyboardCode, type CollisionDetection, type KeyboardCoordinateGetter } from '@dnd-kit/core';

/*
 * Reordering stages by dragging: rows differ in height (an open stage shows
 * its details), so the row a stage lands on is the one whose top is nearest
 * the dragged row's top, and ↑/↓ on the keyboard jump a whole row.
 */
export const closestTop: CollisionDetection = ({ collisionRect, droppableRects, droppableContainers }) =>
  droppableContainers
    .flatMap((container) => {
      const rect = droppableRects.get(container.id);
      return rect ? [{ id: container.id, data: { droppableContainer: container, value: Math.abs(rect.top - collisionRect.top) } }] : [];
    })
    .sort((a, b) => a.data.value - b.data.value);

export const rowKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  if (event.code !== KeyboardCode.Down && event.code !== KeyboardCode.Up) return undefined;
  const tops = [...context.droppableRects.values()].map((rect) => rect.top).sort((a, b) => a - b);
  const y = currentCoordinates.y;
  const next = event.code === KeyboardCode.Down ? tops.find((top) => top > y + 1) : tops.filter((top) => top < y - 1).at(-1);
  if (next === undefined) return undefined;
  event.preventDefault();
  return { ...currentCoordinates, y: next };
};
