// Stands in for jsonp-retry, which Taro's H5 request bundles for its `jsonp` option: the app never asks
// for JSONP (every call goes through axios to our own API), so the first load doesn't carry it.
module.exports = function jsonpRetry() {
  return Promise.reject(new Error('JSONP is not supported in this app'))
}
