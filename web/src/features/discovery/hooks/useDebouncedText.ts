import { useEffect, useRef, useState } from 'react';

/**
 * Text typed into a field whose committed value lives elsewhere (the URL):
 * `commit` runs once typing pauses, and a change from outside (back,
 * forward) replaces what the field shows.
 */
export function useDebouncedText(committed: string, commit: (text: string) => void, delayMs = 300): [string, (text: string) => void] {
  const [text, setText] = useState(committed);
  const last = useRef(committed);
  const latestCommit = useRef(commit);
  useEffect(() => {
    latestCommit.current = commit;
  });
  useEffect(() => {
    if (committed === last.current) return;
    last.current = committed;
    setText(committed);
  }, [committed]);
  useEffect(() => {
    if (text === last.current) return;
    const timer = setTimeout(() => {
      last.current = text;
      latestCommit.current(text);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [text, delayMs]);
  return [text, setText];
}
