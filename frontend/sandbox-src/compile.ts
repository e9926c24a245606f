/** Compiles a generated TSX module (sucrase) and returns its default export; imports resolve only to `modules`. */
import { transform } from "sucrase";

export function compileWith(code: string, modules: Record<string, unknown>): unknown {
  const js = transform(code, {
    transforms: ["typescript", "jsx", "imports"],
    jsxRuntime: "automatic",
    production: true,
    filePath: "viz.tsx",
  }).code;
  const module: { exports: Record<string, unknown> } = { exports: {} };
  const require = (name: string): unknown => {
    if (Object.hasOwn(modules, name)) return modules[name];
    throw new Error(
      `Import "${name}" is not available in the chart sandbox (allowed: ${Object.keys(modules).join(", ")})`,
    );
  };
  // The frame's CSP allows eval on purpose: this document has an opaque origin and no network.
  new Function("require", "module", "exports", js)(require, module, module.exports);
  const Viz = module.exports.default;
  if (typeof Viz !== "function")
    throw new Error("The component must `export default function Viz({ data, params })`.");
  return Viz;
}
