/** Time is injected so rules about time can be tested without sleeping. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
