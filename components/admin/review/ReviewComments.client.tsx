'use client'

import { useRouter } from 'next/navigation'
import React, { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react'

import type { CommentableField } from '@/lib/comments/commentableFields'
import type { CommentView, StaffMember, ThreadView } from '@/lib/comments/threads'

import { COMMENT_MAX_LENGTH, splitMentions } from '@/lib/comments/mentions'
import { WORKFLOW_STATUS_LABELS } from '@/lib/workflow/states'

type FieldChoice = CommentableField & { isChanged: boolean }

type Props = {
  /** The signed-in person: editors and admins resolve any thread, others only threads they started. */
  currentUser: { canResolveAny: boolean; id: string }
  documentCollection: string
  documentId: string
  fields: FieldChoice[]
  staff: StaffMember[]
  threads: ThreadView[]
}

type ErrorBody = null | { errors?: { data?: { errors?: { message: string }[] }; message: string }[] }

const WHOLE_ITEM = ''

/** The hash the diff's "Comment" links use to pick the field of a new comment. */
const FIELD_HASH = '#comment-on-'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "5 Dec 2026, 21:30 UTC", spelled out by hand so the server and the browser render the same text. */
const formatWhen = (iso: string) => {
  const date = new Date(iso)
  const twoDigits = (n: number) => String(n).padStart(2, '0')
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())} UTC`
}

/** Sends a comment request to the REST API; the server's own explanation when it refuses. */
const send = async (method: 'PATCH' | 'POST', path: string, body: Record<string, unknown>): Promise<null | string> => {
  const response = await fetch(`/api/review-comments${path}?depth=0`, {
    body: JSON.stringify(body),
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    method,
  }).catch(() => null)
  if (!response) {
    return 'The server could not be reached. Check your connection and try again.'
  }
  if (response.ok) {
    return null
  }
  const answer = (await response.json().catch(() => null)) as ErrorBody
  const error = answer?.errors?.[0]
  return error?.data?.errors?.[0]?.message ?? error?.message ?? `The server answered ${response.status}.`
}

/** False until React runs in the browser: buttons rendered on the server do nothing before that. */
const noSubscription = () => () => {}

const useIsHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )

/** The `@…` being typed just before the caret, if any. */
const mentionQueryAt = (text: string, caret: number): null | { query: string; start: number } => {
  const match = /(^|[^\w.+-])@([^\s@]*)$/.exec(text.slice(0, caret))
  return match ? { query: match[2].toLowerCase(), start: caret - match[2].length - 1 } : null
}

/** A comment box that offers colleagues to mention while `@name` is typed and inserts their address. */
const CommentBox = ({
  label,
  onChange,
  staff,
  textareaRef,
  value,
}: {
  label: string
  onChange: (value: string) => void
  staff: StaffMember[]
  textareaRef?: React.RefObject<HTMLTextAreaElement | null>
  value: string
}) => {
  const ownRef = useRef<HTMLTextAreaElement>(null)
  const ref = textareaRef ?? ownRef
  const listId = useId()
  const hintId = useId()
  const [query, setQuery] = useState<null | { query: string; start: number }>(null)
  const [active, setActive] = useState(0)
  const matches = query
    ? staff.filter((person) => `${person.name} ${person.email}`.toLowerCase().includes(query.query)).slice(0, 6)
    : []

  const pick = (person: StaffMember) => {
    if (!query) {
      return
    }
    const caret = ref.current?.selectionStart ?? value.length
    const inserted = `@${person.email} `
    onChange(value.slice(0, query.start) + inserted + value.slice(caret))
    setQuery(null)
    requestAnimationFrame(() => {
      ref.current?.focus()
      ref.current?.setSelectionRange(query.start + inserted.length, query.start + inserted.length)
    })
  }

  return (
    <div className="review-comments__box">
      <label>
        {label}
        <textarea
          aria-activedescendant={matches.length > 0 ? `${listId}-${active}` : undefined}
          aria-autocomplete="list"
          aria-controls={matches.length > 0 ? listId : undefined}
          aria-describedby={hintId}
          aria-expanded={matches.length > 0}
          maxLength={COMMENT_MAX_LENGTH}
          onChange={(event) => {
            onChange(event.target.value)
            setQuery(mentionQueryAt(event.target.value, event.target.selectionStart))
            setActive(0)
          }}
          onKeyDown={(event) => {
            if (matches.length === 0) {
              return
            }
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault()
              const step = event.key === 'ArrowDown' ? 1 : -1
              setActive((active + step + matches.length) % matches.length)
            } else if (event.key === 'Enter' || event.key === 'Tab') {
              event.preventDefault()
              pick(matches[active])
            } else if (event.key === 'Escape') {
              setQuery(null)
            }
          }}
          ref={ref}
          role="combobox"
          rows={3}
          value={value}
        />
      </label>
      {matches.length > 0 ? (
        <ul aria-label="Mention a colleague" className="review-comments__suggestions" id={listId} role="listbox">
          {matches.map((person, index) => (
            <li
              aria-selected={index === active}
              id={`${listId}-${index}`}
              key={person.id}
              onMouseDown={(event) => {
                event.preventDefault()
                pick(person)
              }}
              role="option"
            >
              <strong>{person.name}</strong> <span>{person.email}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="review-comments__hint" id={hintId}>
        Type @ and a name to mention a colleague; they are emailed a link to this thread.
      </p>
    </div>
  )
}

const CommentText = ({ body }: { body: string }) => (
  <p className="review-comments__body">
    {splitMentions(body).map((part, index) =>
      part.isMention ? <mark key={index}>{part.text}</mark> : <React.Fragment key={index}>{part.text}</React.Fragment>,
    )}
  </p>
)

const Byline = ({ comment }: { comment: CommentView }) => (
  <p className="review-comments__byline">
    <strong>{comment.authorName}</strong> · <time dateTime={comment.createdAt}>{formatWhen(comment.createdAt)}</time>
    {comment.editedAt ? <span> · edited</span> : null}
  </p>
)

const Thread = ({
  currentUser,
  fieldLabel,
  staff,
  thread,
}: {
  currentUser: Props['currentUser']
  fieldLabel: string
  staff: StaffMember[]
  thread: ThreadView
}) => {
  const router = useRouter()
  const [reply, setReply] = useState('')
  const [isReplying, setIsReplying] = useState(false)
  const [error, setError] = useState<null | string>(null)
  const [isBusy, setIsBusy] = useState(false)
  const isHydrated = useIsHydrated()
  const isOpen = thread.status === 'open'
  const canResolve = currentUser.canResolveAny || thread.authorId === currentUser.id

  const act = async (request: () => Promise<null | string>, done?: () => void) => {
    setError(null)
    setIsBusy(true)
    const refusal = await request()
    setIsBusy(false)
    if (refusal) {
      setError(refusal)
      return
    }
    done?.()
    router.refresh()
  }

  const sendReply = () => {
    if (!reply.trim()) {
      setError('Write a reply first.')
      return
    }
    return act(
      () => send('POST', '', { body: reply, parent: thread.id }),
      () => {
        setReply('')
        setIsReplying(false)
      },
    )
  }

  return (
    <article
      aria-label={`Thread by ${thread.authorName} on ${fieldLabel}`}
      className={`review-comments__thread${isOpen ? '' : ' review-comments__thread--resolved'}`}
      id={`comment-${thread.id}`}
    >
      <p className="review-comments__state">
        {isOpen ? (
          <span className="review-comments__badge">Open</span>
        ) : (
          <span className="review-comments__badge review-comments__badge--resolved">
            Resolved{thread.resolvedByName ? ` by ${thread.resolvedByName}` : ''}
            {thread.resolvedAt ? `, ${formatWhen(thread.resolvedAt)}` : ''}
          </span>
        )}
        {thread.documentStatus ? (
          <span className="review-comments__context">
            written while {WORKFLOW_STATUS_LABELS[thread.documentStatus].toLowerCase()}
          </span>
        ) : null}
      </p>
      <Byline comment={thread} />
      <CommentText body={thread.body} />
      {thread.replies.length > 0 ? (
        <ol className="review-comments__replies">
          {thread.replies.map((answer) => (
            <li id={`comment-${answer.id}`} key={answer.id}>
              <Byline comment={answer} />
              <CommentText body={answer.body} />
            </li>
          ))}
        </ol>
      ) : null}
      {isReplying ? (
        <div className="review-comments__reply">
          <CommentBox label="Your reply" onChange={setReply} staff={staff} value={reply} />
          <div className="review__buttons">
            <button
              className="btn btn--style-primary btn--size-small"
              disabled={isBusy}
              onClick={sendReply}
              type="button"
            >
              Send reply
            </button>
            <button
              className="btn btn--style-secondary btn--size-small"
              disabled={isBusy}
              onClick={() => setIsReplying(false)}
              type="button"
            >
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      <div className="review__buttons">
        {isOpen && !isReplying ? (
          <button
            className="btn btn--style-secondary btn--size-small"
            disabled={!isHydrated}
            onClick={() => setIsReplying(true)}
            type="button"
          >
            Reply
          </button>
        ) : null}
        {canResolve ? (
          <button
            className="btn btn--style-secondary btn--size-small"
            disabled={isBusy || !isHydrated}
            onClick={() => act(() => send('PATCH', `/${thread.id}`, { status: isOpen ? 'resolved' : 'open' }))}
            type="button"
          >
            {isOpen ? 'Resolve' : 'Reopen'}
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="review__error" role="alert">
          {error}
        </p>
      ) : null}
    </article>
  )
}

/**
 * The discussion of a change on the review screen: threads on the whole item and on single fields,
 * a form to start one (with @mentions), replies and resolve/reopen, all through the REST API, which
 * decides the author, the mentions and who may resolve.
 */
export const ReviewComments = ({ currentUser, documentCollection, documentId, fields, staff, threads }: Props) => {
  const router = useRouter()
  const textareaRef = useRef<HTMLTextAreaElement>(null)
  const [field, setField] = useState(WHOLE_ITEM)
  const [body, setBody] = useState('')
  const [error, setError] = useState<null | string>(null)
  const [isBusy, setIsBusy] = useState(false)
  const isHydrated = useIsHydrated()

  useEffect(() => {
    const followHash = () => {
      if (!window.location.hash.startsWith(FIELD_HASH)) {
        return
      }
      const path = decodeURIComponent(window.location.hash.slice(FIELD_HASH.length))
      if (fields.some((choice) => choice.path === path)) {
        setField(path)
        textareaRef.current?.focus()
      }
    }
    followHash()
    window.addEventListener('hashchange', followHash)
    return () => window.removeEventListener('hashchange', followHash)
  }, [fields])

  const labelOf = (path: null | string) =>
    path ? `“${fields.find((choice) => choice.path === path)?.label ?? path}”` : 'the whole item'

  const start = async (event: React.FormEvent) => {
    event.preventDefault()
    setError(null)
    if (!body.trim()) {
      setError('Write a comment first.')
      return
    }
    setIsBusy(true)
    const refusal = await send('POST', '', { body, documentCollection, documentId, field: field || null })
    setIsBusy(false)
    if (refusal) {
      setError(refusal)
      return
    }
    setBody('')
    router.refresh()
  }

  const groups = [WHOLE_ITEM, ...fields.map((choice) => choice.path)]
    .map((path) => ({ path, threads: threads.filter((thread) => (thread.field ?? WHOLE_ITEM) === path) }))
    .concat(
      // Threads on a field the collection no longer has still belong to the item's history.
      [...new Set(threads.map((thread) => thread.field ?? WHOLE_ITEM))]
        .filter((path) => path !== WHOLE_ITEM && !fields.some((choice) => choice.path === path))
        .map((path) => ({ path, threads: threads.filter((thread) => thread.field === path) })),
    )
    .filter((group) => group.threads.length > 0)
  const openCount = threads.filter((thread) => thread.status === 'open').length
  const changed = fields.filter((choice) => choice.isChanged)
  const unchanged = fields.filter((choice) => !choice.isChanged)

  return (
    <section aria-labelledby="review-comments" className="review-comments" id="comments">
      <h2 id="review-comments">
        Comments{' '}
        <span className="review-comments__count">
          {openCount} open · {threads.length - openCount} resolved
        </span>
      </h2>
      {groups.length === 0 ? <p className="review__muted">No comments yet.</p> : null}
      {groups.map((group) => (
        <section
          aria-label={`Comments on ${labelOf(group.path || null)}`}
          className="review-comments__group"
          id={`comments-on-${group.path || 'item'}`}
          key={group.path || 'item'}
        >
          <h3>On {labelOf(group.path || null)}</h3>
          {group.threads.map((thread) => (
            <Thread
              currentUser={currentUser}
              fieldLabel={labelOf(thread.field)}
              key={thread.id}
              staff={staff}
              thread={thread}
            />
          ))}
        </section>
      ))}
      <form className="review-comments__new" onSubmit={start}>
        <h3>Start a thread</h3>
        <label className="review-comments__field">
          About
          <select onChange={(event) => setField(event.target.value)} value={field}>
            <option value={WHOLE_ITEM}>The whole item</option>
            {changed.length > 0 ? (
              <optgroup label="Changed in this review">
                {changed.map((choice) => (
                  <option key={choice.path} value={choice.path}>
                    {choice.label}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <optgroup label={changed.length > 0 ? 'Other fields' : 'Fields'}>
              {unchanged.map((choice) => (
                <option key={choice.path} value={choice.path}>
                  {choice.label}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <CommentBox label="Comment" onChange={setBody} staff={staff} textareaRef={textareaRef} value={body} />
        {error ? (
          <p className="review__error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="review__buttons">
          <button className="btn btn--style-primary btn--size-small" disabled={isBusy || !isHydrated} type="submit">
            Add comment
          </button>
        </div>
      </form>
    </section>
  )
}
