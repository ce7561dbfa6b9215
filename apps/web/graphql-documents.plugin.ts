import fs from 'node:fs';
import path from 'node:path';
import { transformAsync } from '@babel/core';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import type { Plugin } from 'vite';

/**
 * `graphql(\`query X ...\`)` becomes a direct import of `XDocument` from the generated
 * `gql/graphql.ts` (GraphQL Code Generator's own Babel plugin), so the bundle no longer carries
 * `gql/gql.ts`, the map from every document's source text to its document: about 120 kB of
 * strings in the first download that no page needs. Types are unchanged (the editor and `tsc`
 * still read `graphql()`'s overloads).
 *
 * Each document is then its own module (`\0tribune-gql/<Name>`, its JSON taken from the generated
 * file): a page loaded later brings its documents with it, instead of every document used
 * anywhere sitting in one shared chunk of the first download (issue 16).
 */
const VIRTUAL = '\0tribune-gql/';

export function graphqlDocuments(artifactDirectory: string): Plugin {
  const generated = path.join(artifactDirectory, 'graphql.ts');
  let documents: { mtimeMs: number; byName: Map<string, string> } | null = null;
  const documentJson = (name: string): string | undefined => {
    const { mtimeMs } = fs.statSync(generated);
    if (documents?.mtimeMs !== mtimeMs) {
      const byName = new Map<string, string>();
      for (const m of fs.readFileSync(generated, 'utf8').matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm))
        byName.set(m[1], m[2]);
      documents = { mtimeMs, byName };
    }
    return documents.byName.get(name);
  };
  // Only in the production build: tests and the dev server load the one generated file, faster than hundreds of modules.
  let ownModules = false;
  return {
    name: 'tribune:graphql-documents',
    enforce: 'pre',
    configResolved(config) {
      ownModules = config.command === 'build' && !process.env.VITEST;
    },
    resolveId: (id) => (id.startsWith(VIRTUAL) ? id : null),
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      const name = id.slice(VIRTUAL.length);
      const json = documentJson(name);
      if (!json) this.error(`${name} is not a document of ${generated} (npm run codegen?)`);
      return `export const ${name} = ${json};`;
    },
    async transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes(`${path.sep}gql${path.sep}`) || !code.includes('graphql(`')) return null;
      const result = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [[babelOptimizerPlugin, { artifactDirectory, gqlTagName: 'graphql' }]],
      });
      if (!result?.code) return null;
      if (!ownModules) return { code: result.code, map: result.map };
      // import { XDocument } from "../gql/graphql"  ->  import { XDocument } from "\0tribune-gql/XDocument"
      const own = result.code.replace(/^import \{ (\w+) \} from "([^"]+)";$/gm, (line, name: string, from: string) =>
        path.resolve(path.dirname(id), from) === generated.replace(/\.ts$/, '') ? `import { ${name} } from "${VIRTUAL}${name}";` : line,
      );
      return { code: own, map: result.map };
    },
  };
}
