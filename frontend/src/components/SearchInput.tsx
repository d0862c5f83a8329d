import { Input } from 'antd';
import { useEffect, useRef, useState } from 'react';

const SEARCH_DELAY_MS = 350;

interface SearchInputProps {
  placeholder: string;
  /** Called with the trimmed words once the user pauses typing, or at once on Enter. */
  onSearch: (q: string) => void;
  /** The words in force (from the page's address): shown at first and when they change from outside. */
  value?: string;
  width?: number | string;
}

/** A search box for a server-side search: it waits for a pause so that every keystroke is not a request. */
export function SearchInput({ placeholder, onSearch, value = '', width = 320 }: SearchInputProps) {
  const [text, setText] = useState(value);
  const sent = useRef(value.trim());
  const send = (next: string) => {
    const q = next.trim();
    if (q !== sent.current) {
      sent.current = q;
      onSearch(q);
    }
  };

  // Back or a link changed the search: show it, without sending it again.
  useEffect(() => {
    if (value.trim() !== sent.current) {
      sent.current = value.trim();
      setText(value);
    }
  }, [value]);

  useEffect(() => {
    const timer = setTimeout(() => send(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- debounces on the typed text only; `send` reads the latest callback
  }, [text]);

  return (
    <Input.Search
      allowClear
      style={{ width, maxWidth: '100%' }}
      placeholder={placeholder}
      aria-label={placeholder}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onSearch={(next) => {
        setText(next);
        send(next);
      }}
    />
  );
}
