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
 */
export function graphqlDocuments(artifactDirectory: string): Plugin {
  return {
    name: 'tribune:graphql-documents',
    enforce: 'pre',
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
      return result?.code ? { code: result.code, map: result.map } : null;
    },
  };
}
