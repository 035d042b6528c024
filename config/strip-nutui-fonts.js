/**
 * Webpack loader for NutUI's theme CSS: drops its two base64 number fonts (JDZH-Regular, JDZH-Bold,
 * about 17 KB, 70 % of the theme file). Only NutUI's Badge, Price and CountDown digits name them, and no
 * screen of ours uses those; text falls back to the system font either way.
 */
module.exports = function stripNutuiFonts(source) {
  return String(source).replace(/@font-face\s*\{[^}]*font-family:\s*JDZH-[^}]*\}/g, '')
}
