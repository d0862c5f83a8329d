import { Input } from 'antd';
import { useEffect, useRef, useState } from 'react';

const SEARCH_DELAY_MS = 350;

interface SearchInputProps {
  placeholder: string;
  /** Called with the trimmed words once the user pauses typing, or at once on Enter. */
  onSearch: (q: string) => void;
  width?: number;
}

/** A search box for a server-side search: it waits for a pause so that every keystroke is not a request. */
export function SearchInput({ placeholder, onSearch, width = 320 }: SearchInputProps) {
  const [text, setText] = useState('');
  const sent = useRef('');
  const send = (value: string) => {
    const q = value.trim();
    if (q !== sent.current) {
      sent.current = q;
      onSearch(q);
    }
  };

  useEffect(() => {
    const timer = setTimeout(() => send(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- debounces on the typed text only; `send` reads the latest callback
  }, [text]);

  return (
    <Input.Search
      allowClear
      style={{ width }}
      placeholder={placeholder}
      aria-label={placeholder}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onSearch={(value) => {
        setText(value);
        send(value);
      }}
    />
  );
}
