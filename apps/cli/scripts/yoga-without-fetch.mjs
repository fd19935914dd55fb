import { readFile } from 'node:fs/promises';

/*
 * An esbuild plugin for Ink's layout engine. yoga-layout embeds its WebAssembly as a base64 data: URL,
 * and Emscripten's loader reads it with fetch() whenever fetch exists — in Node that loads Node's whole
 * HTTP client (undici) to decode a string, about 40 ms before the wizard's first frame. This makes the
 * loader decode the data: URL directly, as it already does where there is no fetch. If a yoga upgrade
 * changes the loader, the build fails here rather than silently losing the fix.
 */
const withFetch = 'function ya(){return w||"function"!=typeof fetch?';
const withoutFetch = 'function ya(){return w||true?';

export const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(build) {
    build.onLoad(
      { filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ },
      async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes(withFetch))
          throw new Error(
            `yoga-layout's wasm loader changed (${args.path}): update apps/cli/scripts/yoga-without-fetch.mjs.`,
          );
        return { contents: source.replace(withFetch, withoutFetch), loader: 'js' };
      },
    );
  },
};
