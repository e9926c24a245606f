"use client";

import { ArrowUpIcon, SquareIcon } from "lucide-react";
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";

type Props = {
  isGenerating: boolean;
  onSend: (text: string) => void;
  onStop: () => void;
  placeholder?: string;
};

/** The message box: Enter sends, Shift+Enter starts a new line; Stop replaces Send while generating. */
export function Composer({ isGenerating, onSend, onStop, placeholder }: Props) {
  const [text, setText] = useState("");
  const box = useRef<HTMLTextAreaElement>(null);

  // Text typed before hydration lives only in the DOM: adopt it so Send works at once.
  useEffect(() => {
    const typed = box.current?.value;
    if (typed) setText(typed);
  }, []);

  // The box has the focus on load and again after every answer, so the next question is one keystroke away.
  useEffect(() => {
    if (!isGenerating) box.current?.focus({ preventScroll: true });
  }, [isGenerating]);

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (isGenerating || !text.trim()) return;
    onSend(text);
    setText("");
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  };

  return (
    <form onSubmit={submit} className="relative">
      <Textarea
        ref={box}
        aria-label="Ask a question"
        placeholder={placeholder ?? "Ask a question about your data…"}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        rows={1}
        // Grows with multi-line text (Shift+Enter) up to a limit, then scrolls.
        className="field-sizing-content max-h-48 min-h-[3.5rem] resize-none pr-14"
      />
      <div className="absolute right-2 bottom-2">
        {isGenerating ? (
          <Button
            type="button"
            size="icon-sm"
            variant="secondary"
            aria-label="Stop"
            title="Stop"
            onClick={onStop}
          >
            <SquareIcon className="fill-current" />
          </Button>
        ) : (
          <Button type="submit" size="icon-sm" aria-label="Send" title="Send (Enter)" disabled={!text.trim()}>
            <ArrowUpIcon />
          </Button>
        )}
      </div>
    </form>
  );
}
