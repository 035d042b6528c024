// Stands in for polyfills every browser of the compile target already has (see prod.ts).
module.exports = {}
