/**
 * Webpack loader for the CSS of Taro's H5 components: drops its base64 weui icon font (~6 KB that gzip
 * hardly shrinks, in the first load). Only Taro's <Icon>, <Checkbox> and <Radio> draw with it, and no
 * screen of ours uses those (NutUI brings its own); src/ imports no other Taro component that needs it.
 */
module.exports = function stripWeuiFont(source) {
  return String(source).replace(/@font-face\s*\{[^}]*font-family:\s*weui[^}]*\}/g, '')
}
