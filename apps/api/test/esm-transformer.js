// NestJS 12 and several of its dependencies ship only ES modules. Node 20.19+ loads them from
// CommonJS natively (require(esm)), but Jest's module runtime cannot before Node 24.9, so the
// tests compile those packages to CommonJS with SWC, like our own code.
const { createTransformer } = require('@swc/jest');

const base = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs', ignoreDynamic: false },
};

const ts = createTransformer(base);
const js = createTransformer({ ...base, jsc: { ...base.jsc, parser: { syntax: 'ecmascript' } } });

function rewriteImportMeta(source) {
  return source.includes('import.meta') ? source.replace(/import\.meta\.url/g, "('file://' + __filename)") : source;
}

module.exports = {
  canInstrument: false,
  process(source, filename, options) {
    const t = /\.tsx?$/.test(filename) ? ts : js;
    return t.process(rewriteImportMeta(source), filename, options);
  },
  getCacheKey(source, filename, options) {
    const t = /\.tsx?$/.test(filename) ? ts : js;
    return 'esm-v2' + t.getCacheKey(source, filename, options);
  },
};
