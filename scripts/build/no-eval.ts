import type { Plugin } from 'vite';

/**
 * Third-party code in the bundles that reaches for `Function` (eval) or `innerHTML` although
 * Reqlens never needs it there. Each rewrite keeps behaviour, and makes `web-ext lint` (a store review) find no eval of
 * ours. A rewrite whose file is bundled but whose text is not found fails the build, so a library
 * update cannot silently bring eval back. pdf.js keeps its own (see README, "Store review").
 */
interface Rewrite {
  file: RegExp;
  from: string;
  to: string;
}

const REWRITES: readonly Rewrite[] = [
  {
    // zod's probe for its JIT: Reqlens runs zod jitless (lib/schema/jitless.ts), so: no eval.
    file: /\/zod\/v4\/core\/util\.js$/,
    from: 'const F = Function;\n        new F("");\n        return true;',
    to: 'return false;',
  },
  {
    // underscore (mammoth's) finds the global object through eval where `globalThis` exists.
    file: /\/underscore\/modules\/_setup\.js$/,
    from: "Function('return this')()",
    to: 'globalThis',
  },
  {
    // underscore's `_.template` compiles text with eval; mammoth never calls it.
    file: /\/underscore\/modules\/template\.js$/,
    from: "render = new Function(argument, '_', source);",
    to: "throw new Error('_.template is not available in Reqlens');",
  },
  {
    // decimal.js-light (recharts') finds the global object the same way.
    file: /\/decimal\.js-light\/decimal\.js$/,
    from: "Function('return this')()",
    to: 'globalThis',
  },
  {
    // jszip (mammoth's), as built for browsers, bundles a setImmediate that compiles a string
    // callback; it is only ever given functions.
    file: /\/jszip\/dist\/jszip\.min\.js$/,
    from: 'e.setImmediate=function(e){"function"!=typeof e&&(e=new Function(""+e));',
    to: 'e.setImmediate=function(e){if("function"!=typeof e)throw new TypeError("setImmediate takes a function");',
  },
  {
    // React's `dangerouslySetInnerHTML`, the one place React writes `innerHTML`: Reqlens never
    // renders text as HTML, so the build makes that a thrown error instead of a latent sink.
    file: /\/react-dom\/cjs\/react-dom-client\.production\.js$/,
    from: '(domElement.innerHTML = key)',
    to: '(() => {\n throw new Error("dangerouslySetInnerHTML is disabled in Reqlens");\n })()',
  },
];

export function noEval(): Plugin {
  return {
    name: 'reqlens-no-eval',
    enforce: 'pre',
    transform(code, id) {
      const path = id.replace(/\\/g, '/').split('?')[0] ?? id;
      const rewrites = REWRITES.filter((r) => r.file.test(path));
      if (rewrites.length === 0) return null;
      let out = code;
      for (const r of rewrites) {
        if (!out.includes(r.from)) this.error(`no-eval: "${r.from}" not found in ${id}`);
        out = out.split(r.from).join(r.to);
      }
      return { code: out, map: null };
    },
  };
}
