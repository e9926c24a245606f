"use client";

import { useId } from "react";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { type Fields, fieldOptions, validateFields } from "@/lib/chart-fields";
import type { Row } from "@/lib/sandbox-protocol";
import type { DataColumn } from "@/lib/schemas";
import { humanize } from "@/sandbox-src/kit/format";

const NONE = "__none__";

type Props = {
  fields: Fields;
  columns: DataColumn[];
  rows: Row[];
  disabled: boolean;
  onChange: (fields: Fields) => void;
};

/**
 * X, Y (one or more) and series, chosen from the result's columns: Y offers numeric columns, series
 * text and date ones; a combination that cannot be drawn is named, not applied.
 */
export function FieldPickers({ fields, columns, rows, disabled, onChange }: Props) {
  const id = useId();
  const options = fieldOptions(columns, rows);
  const problems = validateFields(fields, columns, rows);
  const set = (next: Fields) => {
    if (validateFields(next, columns, rows).length === 0) onChange(next);
  };
  const toggleY = (column: string, on: boolean) => {
    const y = on ? [...fields.y, column] : fields.y.filter((c) => c !== column);
    // Several measures cannot also be split by a series: picking a second Y drops the series.
    set({ ...fields, y, series: y.length > 1 ? null : fields.series });
  };

  return (
    <fieldset className="flex flex-col gap-3" disabled={disabled} aria-label="Chart fields">
      <legend className="mb-1 text-sm font-semibold">Fields</legend>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${id}-x`}>X</Label>
        <Select
          value={fields.x ?? NONE}
          onValueChange={(v) => {
            const y = fields.y.filter((c) => c !== v);
            const series = fields.series === v ? null : fields.series;
            set({ x: v, y: y.length ? y : options.y.filter((c) => c !== v).slice(0, 1), series });
          }}
          disabled={disabled}
        >
          <SelectTrigger id={`${id}-x`} aria-label="X" className="h-8">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {options.x.map((c) => (
              <SelectItem key={c} value={c}>
                {humanize(c)}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <fieldset aria-label="Y" className="flex flex-col gap-1">
        <legend className="text-sm font-medium">Y</legend>
        {options.y.length === 0 ? (
          <span className="text-xs text-muted-foreground">No numeric columns.</span>
        ) : null}
        {options.y.map((c) => {
          const checked = fields.y.includes(c);
          return (
            <label key={c} className="flex items-center gap-2 text-sm" title={c}>
              <input
                type="checkbox"
                className="size-4 accent-primary focus-visible:outline-2 focus-visible:outline-ring"
                checked={checked}
                disabled={disabled || c === fields.x || (checked && fields.y.length === 1)}
                onChange={(e) => toggleY(c, e.target.checked)}
              />
              <span className="truncate">{humanize(c)}</span>
            </label>
          );
        })}
      </fieldset>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${id}-series`}>Series</Label>
        <Select
          value={fields.series ?? NONE}
          onValueChange={(v) => set({ ...fields, series: v === NONE ? null : v })}
          disabled={disabled || fields.y.length > 1}
        >
          <SelectTrigger id={`${id}-series`} aria-label="Series" className="h-8">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={NONE}>None</SelectItem>
            {options.series
              .filter((c) => c !== fields.x)
              .map((c) => (
                <SelectItem key={c} value={c}>
                  {humanize(c)}
                </SelectItem>
              ))}
          </SelectContent>
        </Select>
      </div>
      {problems.length > 0 ? (
        <ul role="alert" className="text-xs text-destructive">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
