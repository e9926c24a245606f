"use client";

import { RotateCcwIcon } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Slider } from "@/components/ui/slider";
import { Switch } from "@/components/ui/switch";
import { buildControls, type ControlSpec, coerceParam } from "@/lib/param-controls";
import type { ParamValues } from "@/lib/sandbox-protocol";
import type { ParamSpec } from "@/lib/schemas";

type Props = {
  schema: ParamSpec[];
  values: ParamValues;
  disabled: boolean;
  onChange: (name: string, value: ParamValues[string]) => void;
  onReset: () => void;
};

function optionLabel(option: string): string {
  const words = option.replace(/[_-]+/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One control per schema entry; every control's accessible name is the schema's `label`. */
function Control({
  control,
  spec,
  value,
  disabled,
  onChange,
}: {
  control: ControlSpec;
  spec: ParamSpec;
  value: ParamValues[string] | undefined;
  disabled: boolean;
  onChange: (value: ParamValues[string]) => void;
}) {
  const id = useId();
  const current = value ?? spec.default;
  const set = (raw: string | number | boolean) => onChange(coerceParam(spec, raw));
  const label = (
    <Label htmlFor={id} className="min-w-0 truncate">
      {control.label}
    </Label>
  );

  switch (control.control) {
    case "select":
      return (
        <div className="flex flex-col gap-1.5">
          {label}
          <Select value={String(current)} onValueChange={set} disabled={disabled}>
            <SelectTrigger id={id} aria-label={control.label} className="h-8">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {control.options.map((o) => (
                <SelectItem key={o} value={o}>
                  {optionLabel(o)}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
      );
    case "switch":
      return (
        <div className="flex items-center justify-between gap-2 py-1">
          {label}
          <Switch
            id={id}
            aria-label={control.label}
            checked={current === true}
            onCheckedChange={set}
            disabled={disabled}
          />
        </div>
      );
    case "slider":
      return (
        <div className="flex flex-col gap-1.5">
          <div className="flex items-center justify-between gap-2">
            {label}
            <span className="text-xs tabular-nums text-muted-foreground" aria-hidden>
              {String(current)}
            </span>
          </div>
          <Slider
            id={id}
            aria-label={control.label}
            min={control.min}
            max={control.max}
            step={control.step}
            value={[Number(current)]}
            onValueChange={(v) => set(v[0] ?? control.min)}
            disabled={disabled}
            className="h-8"
          />
        </div>
      );
    case "number":
      return (
        <div className="flex flex-col gap-1.5">
          {label}
          <Input
            id={id}
            type="number"
            aria-label={control.label}
            className="h-8"
            min={control.min}
            max={control.max}
            step={control.step}
            value={Number(current)}
            onChange={(e) => e.target.value !== "" && set(e.target.valueAsNumber)}
            disabled={disabled}
          />
        </div>
      );
    case "color":
      return (
        <div className="flex flex-col gap-1.5">
          {label}
          <div className="flex items-center gap-2">
            <input
              id={id}
              type="color"
              aria-label={control.label}
              value={String(current)}
              onChange={(e) => set(e.target.value)}
              disabled={disabled}
              className="h-8 w-10 cursor-pointer rounded-md border border-input bg-card p-0.5 disabled:cursor-not-allowed disabled:opacity-50"
            />
            <span className="font-mono text-xs text-muted-foreground">{String(current)}</span>
          </div>
        </div>
      );
    case "text":
      return (
        <div className="flex flex-col gap-1.5">
          {label}
          <Input
            id={id}
            aria-label={control.label}
            className="h-8"
            value={String(current)}
            onChange={(e) => set(e.target.value)}
            disabled={disabled}
          />
        </div>
      );
  }
}

/** The params panel, generated from the `params` schema (no parameter names are hard-coded). */
export function ParamControls({ schema, values, disabled, onChange, onReset }: Props) {
  const byName = new Map(schema.map((s) => [s.name, s]));
  const controls = buildControls(schema);
  if (controls.length === 0) return null;
  return (
    <fieldset className="flex flex-col gap-3" disabled={disabled} aria-label="Chart parameters">
      <div className="flex items-center justify-between">
        <legend className="text-sm font-semibold">Customize</legend>
        <Button variant="ghost" size="sm" onClick={onReset} disabled={disabled} title="Reset to the defaults">
          <RotateCcwIcon />
          Reset
        </Button>
      </div>
      {controls.map((control) => {
        const spec = byName.get(control.name);
        if (!spec) return null;
        return (
          <Control
            key={control.name}
            control={control}
            spec={spec}
            value={values[control.name]}
            disabled={disabled}
            onChange={(v) => onChange(control.name, v)}
          />
        );
      })}
    </fieldset>
  );
}
