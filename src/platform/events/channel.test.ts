import { describe, expect, it } from 'vitest';
import { attachRelay, channel } from './channel.js';

describe('event channels', () => {
  const moves = channel<{ id: number }>('test-moves');
  const other = channel<string>('test-other');

  it('tell every listener of the channel, and no other channel, until it stops listening', () => {
    const heard: unknown[] = [];
    const stop = moves.on((event) => heard.push(event));
    const stopOther = other.on((event) => heard.push(`other ${event}`));
    moves.publish({ id: 1 });
    stop();
    moves.publish({ id: 2 });
    stopOther();
    expect(heard).toEqual([{ id: 1 }]);
  });

  it('refuse a second channel of the same name', () => {
    expect(() => channel('test-moves')).toThrow(/exists already/);
  });

  it('hand what is published here to the relay, and what the relay receives to the listeners here only', () => {
    const sent: [string, unknown][] = [];
    const heard: unknown[] = [];
    const stop = moves.on((event) => heard.push(event));
    const relay = attachRelay({ send: (name, event) => sent.push([name, event]) });
    try {
      expect(() => attachRelay({ send: () => undefined })).toThrow(/attached already/);
      moves.publish({ id: 3 });
      relay.receive('test-moves', { id: 4 });
      // A channel this process does not know (another version mid-deploy) is passed over.
      relay.receive('unknown', { id: 5 });
      expect(heard).toEqual([{ id: 3 }, { id: 4 }]);
      expect(sent).toEqual([['test-moves', { id: 3 }]]);
    } finally {
      relay.detach();
      stop();
    }
    moves.publish({ id: 6 });
    expect(sent).toHaveLength(1);
  });
});
