import { KeyboardCode } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { closestTop, rowKeyboardCoordinates } from './stage-dnd';

const rect = (top: number, height = 40) => ({ top, height, left: 0, width: 300, bottom: top + height, right: 300 });
const rects = new Map([
  ['lead', rect(0)],
  ['viewing', rect(50, 300)],
  ['won', rect(360)],
]);

describe('closestTop', () => {
  it('picks the row whose top is nearest the dragged row’s top, whatever the heights', () => {
    const droppableContainers = [...rects.keys()].map((id) => ({ id }));
    const hits = closestTop({ collisionRect: rect(330), droppableRects: rects, droppableContainers } as never);
    expect(hits.map((hit) => hit.id)).toEqual(['won', 'viewing', 'lead']);
  });
});

describe('rowKeyboardCoordinates', () => {
  const press = (code: string, y: number) => {
    const event = { code, preventDefault() {} } as KeyboardEvent;
    return rowKeyboardCoordinates(event, { context: { droppableRects: rects }, currentCoordinates: { x: 5, y } } as never);
  };

  it('jumps to the next or previous row', () => {
    expect(press(KeyboardCode.Down, 0)).toEqual({ x: 5, y: 50 });
    expect(press(KeyboardCode.Down, 50)).toEqual({ x: 5, y: 360 });
    expect(press(KeyboardCode.Up, 360)).toEqual({ x: 5, y: 50 });
  });

  it('stays put past either end and leaves other keys to dnd-kit', () => {
    expect(press(KeyboardCode.Up, 0)).toBeUndefined();
    expect(press(KeyboardCode.Down, 360)).toBeUndefined();
    expect(press(KeyboardCode.Right, 0)).toBeUndefined();
  });
});
