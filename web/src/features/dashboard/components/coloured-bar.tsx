import { Rectangle, type BarShapeProps } from 'recharts';

/** A bar shape filled with a colour its data point carries in `key` (recharts' replacement for Cell). */
export function barFilledBy(key: string) {
  return function FilledBar(props: BarShapeProps) {
    const color = (props.payload as Record<string, unknown>)[key];
    return <Rectangle {...props} fill={typeof color === 'string' ? color : props.fill} />;
  };
}

/** A bar in its data point's `color`. */
export const colouredBar = barFilledBy('color');
