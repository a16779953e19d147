/**
 * Type-ahead search over the API, as an ARIA combobox: arrows move, Enter chooses, Escape closes. Nothing is
 * pre-selected until the user moves (so ArrowDown lands on the first hit); Enter with nothing chosen takes the first.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { SearchHit } from '../../../shared/api.ts';
import { api, describeError } from '../api/client.ts';
import { TypeDot } from './NodeBadge.tsx';
import { Icon } from './Icon.tsx';

interface Props {
  label: string;
  placeholder?: string;
  onChoose(hit: SearchHit): void;
  inputRef?: React.RefObject<HTMLInputElement | null>;
  testId?: string;
  /** Shown in the box when nothing is typed (e.g. the node already picked). */
  initialText?: string;
}

type Status = { kind: 'idle' } | { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'done' };

export function SearchBox({ label, placeholder, onChoose, inputRef, testId, initialText = '' }: Props) {
  const [text, setText] = useState(initialText);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const listId = useId();
  const ownRef = useRef<HTMLInputElement>(null);
  const ref = inputRef ?? ownRef;
  const dirty = useRef(false);

  useEffect(() => {
    if (!dirty.current) setText(initialText);
  }, [initialText]);

  useEffect(() => {
    const query = text.trim();
    if (!dirty.current || query.length === 0) {
      setHits([]);
      setStatus({ kind: 'idle' });
      return;
    }
    const controller = new AbortController();
    setStatus({ kind: 'loading' });
    const timer = window.setTimeout(() => {
      api.search(query, { limit: 12, signal: controller.signal }).then(
        (response) => {
          setHits(response.hits);
          setActive(-1);
          setStatus({ kind: 'done' });
        },
        (error: unknown) => {
          if ((error as Error).name !== 'AbortError') setStatus({ kind: 'error', message: describeError(error) });
        },
      );
    }, 140);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text]);

  const choose = (hit: SearchHit) => {
    dirty.current = false;
    setOpen(false);
    setText(hit.name);
    onChoose(hit);
  };

  const showList = open && text.trim().length > 0;
  useEffect(() => {
    if (showList && active >= 0) document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [showList, active, listId]);

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      // A closed list reopens where it was; an open one moves down.
      if (showList) setActive((i) => Math.min(i + 1, Math.max(hits.length - 1, 0)));
      else setOpen(true);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      const chosen = hits[active] ?? hits[0];
      if (open && chosen) {
        event.preventDefault();
        choose(chosen);
      }
    } else if (event.key === 'Escape' && showList) {
      // First Escape only closes the list; a search input would also clear the text (the next Escape may).
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className="search-box" data-testid={testId}>
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        {label}
      </label>
      <Icon name="search" />
      <input
        id={`${listId}-input`}
        ref={ref}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          dirty.current = true;
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => dirty.current && setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <ul className="search-results" id={listId} role="listbox" aria-label={`${label} results`}>
          {status.kind === 'loading' && hits.length === 0 && <li className="search-note">Searching…</li>}
          {status.kind === 'error' && <li className="search-note error">{status.message}</li>}
          {status.kind === 'done' && hits.length === 0 && <li className="search-note">No matches for “{text.trim()}”</li>}
          {hits.map((hit, index) => (
            <li
              key={hit.id}
              id={`${listId}-${index}`}
              role="option"
              data-id={hit.id}
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(hit);
              }}
              onMouseEnter={() => setActive(index)}
            >
              <TypeDot label={hit.label} />
              <span className="hit-name">{hit.name}</span>
              {hit.matched && hit.matched !== hit.name && <span className="hit-matched">“{hit.matched}”</span>}
              <span className="hit-meta" data-testid="hit-meta">
                {hit.label}
                {hit.paperCount !== null && hit.label !== 'Paper'
                  ? ` · ${hit.paperCount} ${hit.paperCount === 1 ? 'paper' : 'papers'}`
                  : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
